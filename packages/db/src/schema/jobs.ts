import { sql } from 'drizzle-orm';
import { exportFormats, generationJobKinds, jobStatuses } from '@storecraft/core';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantPolicy, updatedAt, workspaceIdColumn } from './_shared.ts';
import { brands } from './brands.ts';

export const jobStatus = pgEnum('job_status', jobStatuses);
export const generationJobKind = pgEnum('generation_job_kind', generationJobKinds);
export const exportFormat = pgEnum('export_format', exportFormats);

/** Item-level work (one image, one catalog plan): the truth users see for progress. */
export const generationJobs = pgTable(
  'generation_jobs',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn(),
    brandId: text('brand_id').notNull(),
    kind: generationJobKind('kind').notNull(),
    status: jobStatus('status').notNull().default('pending'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    lastError: text('last_error'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    progress: real('progress').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * What the AI provider did for this job, when one was asked: a catalog build's copy (products,
     * fallbacks, tokens, cost), an image job's picture (source, fallback reason, cost).
     */
    aiUsage: jsonb('ai_usage').$type<Record<string, unknown>>(),
  },
  (t) => [
    foreignKey({
      name: 'generation_jobs_brand_fk',
      columns: [t.workspaceId, t.brandId],
      foreignColumns: [brands.workspaceId, brands.id],
    }).onDelete('cascade'),
    index('generation_jobs_status_created_idx').on(t.status, t.createdAt),
    index('generation_jobs_workspace_status_idx').on(t.workspaceId, t.status),
    index('generation_jobs_brand_idx').on(t.brandId),
    check(
      'generation_jobs_attempts_check',
      sql`${t.attempts} >= 0 and ${t.attempts} <= ${t.maxAttempts}`,
    ),
    check('generation_jobs_progress_check', sql`${t.progress} between 0 and 1`),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();

/** Catalog-level exports; `output_key` names the file in storage. */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn(),
    brandId: text('brand_id').notNull(),
    format: exportFormat('format').notNull(),
    status: jobStatus('status').notNull().default('pending'),
    outputKey: text('output_key'),
    rowCount: integer('row_count'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: 'export_jobs_brand_fk',
      columns: [t.workspaceId, t.brandId],
      foreignColumns: [brands.workspaceId, brands.id],
    }).onDelete('cascade'),
    index('export_jobs_brand_created_idx').on(t.brandId, t.createdAt),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();
