import type { generationJobKinds } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { generationJobs } from '../schema/index.ts';

export interface NewGenerationJob {
  id: string;
  workspaceId: string;
  brandId: string;
  kind: (typeof generationJobKinds)[number];
  payload: Record<string, unknown>;
  /** Defaults to the column default (3). */
  maxAttempts?: number;
}

/**
 * Inserts pending generation jobs in one statement (the caller keeps batches to a sensible size)
 * and returns what the queue needs of each.
 */
export async function insertGenerationJobs(
  tx: TenantTx,
  jobs: readonly NewGenerationJob[],
): Promise<{ id: string; attempts: number; maxAttempts: number }[]> {
  if (jobs.length === 0) return [];
  return tx
    .insert(generationJobs)
    .values([...jobs])
    .returning({
      id: generationJobs.id,
      attempts: generationJobs.attempts,
      maxAttempts: generationJobs.maxAttempts,
    });
}
