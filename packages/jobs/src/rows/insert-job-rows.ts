import { inArray, sql } from 'drizzle-orm';
import type { GenerationJobKind } from '../job-kind.ts';
import { newId } from '@storecraft/core';
import { insertGenerationJobs, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR, type JobRowRef } from './job-row.ts';

const CHUNK = 1_000;

/** Inserts pending rows (one per payload, in order) and notifies their creation. */
export async function insertJobRows(
  tx: TenantTx,
  input: {
    workspaceId: string;
    brandId: string;
    kind: GenerationJobKind;
    payloads: readonly Record<string, unknown>[];
    maxAttempts?: number;
  },
): Promise<JobRowRef[]> {
  const refs: JobRowRef[] = [];
  for (let start = 0; start < input.payloads.length; start += CHUNK) {
    const jobs = input.payloads.slice(start, start + CHUNK).map((payload) => ({
      id: newId('generationJob'),
      workspaceId: input.workspaceId,
      brandId: input.brandId,
      kind: input.kind,
      payload,
      ...(input.maxAttempts === undefined ? {} : { maxAttempts: input.maxAttempts }),
    }));
    const inserted = await insertGenerationJobs(tx, jobs);
    await tx.execute(
      sql`select ${notifyChangeOfR} from generation_jobs r where ${inArray(
        sql`r.id`,
        jobs.map((job) => job.id),
      )}`,
    );
    for (const row of inserted) {
      refs.push({
        id: row.id,
        workspaceId: input.workspaceId,
        brandId: input.brandId,
        kind: input.kind,
        attempts: row.attempts,
        maxAttempts: row.maxAttempts,
      });
    }
  }
  return refs;
}
