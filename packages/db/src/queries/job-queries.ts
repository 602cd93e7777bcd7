import { sql } from 'drizzle-orm';
import type { generationJobKinds, JobStatus } from '@storecraft/core';

type GenerationJobKind = (typeof generationJobKinds)[number];
import { rowsOf } from '../migrate.ts';
import type { TenantTx } from '../database.ts';

/**
 * Reads and the two user actions (retry, cancel) on `generation_jobs`. The queue's own writes
 * (claim, complete, fail) live in @storecraft/jobs; these never touch a delivery, so a cancelled
 * row is simply not claimed (claims need `pending`/`running`) and a retried row is sent again by
 * the queue's `recover()`.
 */
export interface GenerationJobRecord {
  id: string;
  brandId: string;
  kind: GenerationJobKind;
  status: JobStatus;
  progress: number;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** What the AI provider did for the job, as recorded (`setGenerationJobAiUsage`); unchecked. */
  aiUsage: Record<string, unknown> | null;
}

interface RawRow {
  id: string;
  brand_id: string;
  kind: GenerationJobKind;
  status: JobStatus;
  progress: number | string;
  attempts: number | string;
  max_attempts: number | string;
  last_error: string | null;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  ai_usage: Record<string, unknown> | string | null;
}

const columns = sql.raw(
  'id, brand_id, kind, status, progress, attempts, max_attempts, last_error, created_at, started_at, finished_at, ai_usage',
);

/** The same NOTIFY the queue sends (channel `storecraft_jobs`), so live progress hears user actions. */
const notifyChange = sql.raw(
  `pg_notify('storecraft_jobs', json_build_object('jobId', r.id, 'workspaceId', r.workspace_id, 'brandId', r.brand_id, 'status', r.status, 'progress', r.progress)::text)`,
);

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function toRecord(row: RawRow): GenerationJobRecord {
  return {
    id: row.id,
    brandId: row.brand_id,
    kind: row.kind,
    status: row.status,
    progress: Number(row.progress),
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    lastError: row.last_error,
    createdAt: toDate(row.created_at),
    startedAt: row.started_at === null ? null : toDate(row.started_at),
    finishedAt: row.finished_at === null ? null : toDate(row.finished_at),
    aiUsage:
      typeof row.ai_usage === 'string'
        ? (JSON.parse(row.ai_usage) as Record<string, unknown>)
        : row.ai_usage,
  };
}

export async function findGenerationJob(
  tx: TenantTx,
  id: string,
): Promise<GenerationJobRecord | undefined> {
  const [row] = rowsOf<RawRow>(
    await tx.execute(sql`select ${columns} from generation_jobs where id = ${id}`),
  );
  return row ? toRecord(row) : undefined;
}

/** A brand's catalog builds, newest first. */
export async function listCatalogJobs(
  tx: TenantTx,
  brandId: string,
  limit: number,
): Promise<GenerationJobRecord[]> {
  return rowsOf<RawRow>(
    await tx.execute(sql`
      select ${columns} from generation_jobs
      where brand_id = ${brandId} and kind = 'catalog'
      order by created_at desc, id desc limit ${limit}`),
  ).map(toRecord);
}

export interface JobKindCounts {
  pending: number;
  running: number;
  done: number;
  failed: number;
  total: number;
}

/** A brand's jobs of one kind by status (optionally only those created since a moment). */
export async function countGenerationJobs(
  tx: TenantTx,
  params: { brandId: string; kind: 'catalog' | 'image'; since?: Date },
): Promise<JobKindCounts> {
  const since = params.since ? sql`and created_at >= ${params.since.toISOString()}` : sql``;
  const rows = rowsOf<{ status: JobStatus; n: number | string }>(
    await tx.execute(sql`
      select status, count(*)::int as n from generation_jobs
      where brand_id = ${params.brandId} and kind = ${params.kind} ${since}
      group by status`),
  );
  const counts: JobKindCounts = { pending: 0, running: 0, done: 0, failed: 0, total: 0 };
  for (const row of rows) {
    counts[row.status] = Number(row.n);
    counts.total += Number(row.n);
  }
  return counts;
}

/**
 * Gives a failed job a fresh set of attempts (back to pending). Returns the row, or undefined when
 * it is not failed (only failed jobs can be retried).
 */
export async function resetFailedGenerationJob(
  tx: TenantTx,
  id: string,
): Promise<GenerationJobRecord | undefined> {
  const [row] = rowsOf<RawRow & { notified: unknown }>(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'pending', attempts = 0, progress = 0, last_error = null,
            started_at = null, finished_at = null, lease_expires_at = null, ai_usage = null,
            updated_at = now()
        where id = ${id} and status = 'failed'
        returning *
      )
      select ${columns}, ${notifyChange} as notified from r`),
  );
  return row ? toRecord(row) : undefined;
}

/**
 * Fails unfinished jobs with `reason`: the job itself, and with `brandKind` every unfinished job of
 * that kind in the same brand (a cancelled catalog build takes its image jobs with it). Returns
 * how many rows changed.
 */
export async function cancelGenerationJobs(
  tx: TenantTx,
  params: { id: string; reason: string; alsoKindOfBrand?: 'image' },
): Promise<number> {
  const alsoKind = params.alsoKindOfBrand;
  const rows = rowsOf(
    await tx.execute(sql`
      with target as (select brand_id from generation_jobs where id = ${params.id}),
      r as (
        update generation_jobs
        set status = 'failed', last_error = ${params.reason}, lease_expires_at = null,
            finished_at = now(), updated_at = now()
        where status in ('pending', 'running')
          and (id = ${params.id} ${
            alsoKind === undefined
              ? sql``
              : sql`or (kind = ${alsoKind} and brand_id = (select brand_id from target))`
          })
        returning *
      )
      select r.id, ${notifyChange} as notified from r`),
  );
  return rows.length;
}

/**
 * Deletes a brand's jobs of one kind that are not running (a rebuilt catalog replaces the image
 * jobs of the one before). A running attempt finds its row gone and stops there; pg-boss
 * deliveries of deleted rows are skipped at claim.
 */
export async function deleteGenerationJobsOfBrand(
  tx: TenantTx,
  params: { brandId: string; kind: 'catalog' | 'image'; exceptId?: string },
): Promise<number> {
  const rows = rowsOf(
    await tx.execute(sql`
      delete from generation_jobs
      where brand_id = ${params.brandId} and kind = ${params.kind}
        ${params.exceptId === undefined ? sql`` : sql`and id <> ${params.exceptId}`}
      returning id`),
  );
  return rows.length;
}

/** Fails a brand's unfinished image jobs with `reason` (a cancelled build's). */
export async function cancelImageJobsOfBrand(
  tx: TenantTx,
  params: { brandId: string; reason: string },
): Promise<number> {
  const rows = rowsOf(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'failed', last_error = ${params.reason}, lease_expires_at = null,
            finished_at = now(), updated_at = now()
        where brand_id = ${params.brandId} and kind = 'image' and status in ('pending', 'running')
        returning *
      )
      select r.id, ${notifyChange} as notified from r`),
  );
  return rows.length;
}

/** The workspace's catalog builds: unfinished first, then newest first. */
export async function listWorkspaceCatalogJobs(
  tx: TenantTx,
  params: { limit: number },
): Promise<GenerationJobRecord[]> {
  return rowsOf<RawRow>(
    await tx.execute(sql`
      select ${columns} from generation_jobs
      where kind = 'catalog'
      order by (status in ('pending', 'running')) desc, created_at desc, id desc
      limit ${params.limit}`),
  ).map(toRecord);
}

/** A generation job's payload as stored (what the job was asked to do). */
export async function findGenerationJobPayload(
  tx: TenantTx,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = rowsOf<{ payload: Record<string, unknown> | string }>(
    await tx.execute(sql`select payload from generation_jobs where id = ${id}`),
  );
  if (!row) return undefined;
  return typeof row.payload === 'string'
    ? (JSON.parse(row.payload) as Record<string, unknown>)
    : row.payload;
}

/**
 * Records what the AI provider did for a job (a build's copy, an image job's picture) on its row.
 * Keyed by the job: a redelivered attempt replaces its earlier record, never adds to it.
 */
export async function setGenerationJobAiUsage(
  tx: TenantTx,
  id: string,
  aiUsage: Record<string, unknown> | null,
): Promise<void> {
  await tx.execute(sql`
    update generation_jobs
    set ai_usage = ${aiUsage === null ? null : JSON.stringify(aiUsage)}::jsonb
    where id = ${id}`);
}

/** The AI pictures of one outcome (`source`, and `reason` when procedural) and what they cost. */
export interface ImageAiUsageGroup {
  source: string;
  reason: string | null;
  pictures: number;
  calls: number;
  cachedAnswers: number;
  images: number;
  estimatedCostUsd: number;
}

export interface ImageAiUsage {
  /** Image jobs that ask the AI for their picture (the showcase products' pictures). */
  requested: number;
  groups: ImageAiUsageGroup[];
  /** The first few pictures drawn procedurally after all, with why. */
  examples: { handle: string; position: number; reason: string | null; detail: string | null }[];
  unpricedModels: string[];
}

const usageNumber = (field: string, type: 'int' | 'float8') =>
  sql.raw(`coalesce(sum((ai_usage->'usage'->>'${field}')::${type}), 0)::${type}`);

/**
 * The AI pictures of a brand's image jobs (those created since `since`: one build's), summed in the
 * database: each image job records its own picture, so workers never contend for one row.
 */
export async function summarizeImageAiUsage(
  tx: TenantTx,
  params: { brandId: string; since?: Date; examples?: number },
): Promise<ImageAiUsage> {
  const scope = sql`brand_id = ${params.brandId} and kind = 'image' ${
    params.since ? sql`and created_at >= ${params.since.toISOString()}` : sql``
  }`;
  // In turn: the transaction is one connection.
  const [requested] = rowsOf<{ n: number | string }>(
    await tx.execute(
      sql`select count(*)::int as n from generation_jobs where ${scope} and payload -> 'ai' is not null`,
    ),
  );
  const groups = rowsOf<{
    source: string | null;
    reason: string | null;
    pictures: number | string;
    calls: number | string;
    cached: number | string;
    images: number | string;
    cost: number | string;
  }>(
    await tx.execute(sql`
      select ai_usage->'picture'->>'source' as source, ai_usage->'picture'->>'reason' as reason,
        count(*)::int as pictures, ${usageNumber('calls', 'int')} as calls,
        ${usageNumber('cachedAnswers', 'int')} as cached, ${usageNumber('images', 'int')} as images,
        ${usageNumber('estimatedCostUsd', 'float8')} as cost
      from generation_jobs where ${scope} and ai_usage is not null
      group by 1, 2 order by 1, 2`),
  );
  const examples = rowsOf<{
    handle: string;
    position: number | string;
    reason: string | null;
    detail: string | null;
  }>(
    await tx.execute(sql`
      select payload->>'handle' as handle, (payload->>'position')::int as position,
        ai_usage->'picture'->>'reason' as reason, ai_usage->'picture'->>'detail' as detail
      from generation_jobs
      where ${scope} and ai_usage->'picture'->>'source' = 'procedural'
      order by created_at, id limit ${params.examples ?? 3}`),
  );
  const unpriced = rowsOf<{ model: string }>(
    await tx.execute(sql`
      select distinct jsonb_array_elements_text(ai_usage->'usage'->'unpricedModels') as model
      from generation_jobs
      where ${scope} and jsonb_typeof(ai_usage->'usage'->'unpricedModels') = 'array'
      order by 1`),
  );
  return {
    requested: Number(requested?.n ?? 0),
    groups: groups.map((g) => ({
      source: g.source ?? 'procedural',
      reason: g.reason,
      pictures: Number(g.pictures),
      calls: Number(g.calls),
      cachedAnswers: Number(g.cached),
      images: Number(g.images),
      estimatedCostUsd: Number(g.cost),
    })),
    examples: examples.map((e) => ({
      handle: e.handle,
      position: Number(e.position),
      reason: e.reason,
      detail: e.detail,
    })),
    unpricedModels: unpriced.map((u) => u.model),
  };
}

/**
 * What the brand's latest build has spent on AI so far (USD, estimated): its copy, recorded on the
 * build's row, plus the pictures its image jobs recorded. Image jobs read it before asking for a
 * picture, so `AI_MAX_COST_USD` holds across worker processes.
 */
export async function findBuildAiSpend(tx: TenantTx, brandId: string): Promise<number> {
  const [row] = rowsOf<{ spent: number | string | null }>(
    await tx.execute(sql`
      with build as (
        select ai_usage, coalesce(started_at, created_at) as since from generation_jobs
        where brand_id = ${brandId} and kind = 'catalog'
        order by created_at desc, id desc limit 1
      )
      select coalesce((select (ai_usage->'usage'->>'estimatedCostUsd')::float8 from build), 0)
        + coalesce((
            select sum((g.ai_usage->'usage'->>'estimatedCostUsd')::float8)
            from generation_jobs g, build
            where g.brand_id = ${brandId} and g.kind = 'image' and g.created_at >= build.since
              and g.ai_usage is not null
          ), 0) as spent`),
  );
  return Number(row?.spent ?? 0);
}
