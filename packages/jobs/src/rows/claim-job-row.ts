import { sql } from 'drizzle-orm';
import type { JobStatus } from '@storecraft/core';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR, toJobRowRef, type JobRowRef, type RawJobRow } from './job-row.ts';

export interface ClaimedJobRow extends JobRowRef {
  payload: unknown;
}

export type ClaimOutcome =
  | { claimed: true; row: ClaimedJobRow }
  | {
      claimed: false;
      reason: 'missing' | 'finished' | 'exhausted';
      status?: JobStatus;
      attempts?: number;
    };

/**
 * Starts an attempt: running, attempts + 1, started now, leased for `leaseSeconds`. A row already
 * `running` is claimed too: the queue holds at most one live delivery per row, so a running row
 * being delivered again means the previous attempt lost its claim (crash, stall).
 */
export async function claimJobRow(
  tx: TenantTx,
  id: string,
  leaseSeconds: number,
): Promise<ClaimOutcome> {
  const claimed = rowsOf<RawJobRow>(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'running', attempts = attempts + 1, progress = 0, started_at = now(),
            finished_at = null, lease_expires_at = now() + make_interval(secs => ${leaseSeconds}),
            updated_at = now()
        where id = ${id} and status in ('pending', 'running') and attempts < max_attempts
        returning *
      )
      select r.id, r.workspace_id, r.brand_id, r.kind, r.status, r.attempts, r.max_attempts,
             r.payload, ${notifyChangeOfR} as notified
      from r`),
  )[0];
  if (claimed) return { claimed: true, row: { ...toJobRowRef(claimed), payload: claimed.payload } };

  const current = rowsOf<{ status: JobStatus; attempts: number }>(
    await tx.execute(sql`select status, attempts from generation_jobs where id = ${id}`),
  )[0];
  if (!current) return { claimed: false, reason: 'missing' };
  const reason =
    current.status === 'done' || current.status === 'failed' ? 'finished' : 'exhausted';
  return { claimed: false, reason, status: current.status, attempts: Number(current.attempts) };
}
