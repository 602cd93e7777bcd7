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
 * Starts an attempt on each row: running, attempts + 1, started now, leased for its
 * `leaseSeconds`. A row already `running` is claimed too: the queue holds at most one live delivery
 * per row, so a running row being delivered again means the previous attempt lost its claim
 * (crash, stall). One statement for the whole batch (plus one to explain the rows it could not
 * claim), so a batch of claims costs the database two round trips, not two per job.
 */
export async function claimJobRows(
  tx: TenantTx,
  claims: readonly { id: string; leaseSeconds: number }[],
): Promise<Map<string, ClaimOutcome>> {
  const outcomes = new Map<string, ClaimOutcome>();
  if (claims.length === 0) return outcomes;
  const ids = claims.map((claim) => claim.id);
  const leases = claims.map((claim) => claim.leaseSeconds);
  const claimed = rowsOf<RawJobRow>(
    await tx.execute(sql`
      with wanted as (
        select * from unnest(${sql.param(ids)}::text[], ${sql.param(leases)}::int[])
          as w(id, lease_seconds)
      ),
      r as (
        update generation_jobs g
        set status = 'running', attempts = g.attempts + 1, progress = 0, started_at = now(),
            finished_at = null, lease_expires_at = now() + make_interval(secs => w.lease_seconds),
            updated_at = now()
        from wanted w
        where g.id = w.id and g.status in ('pending', 'running') and g.attempts < g.max_attempts
        returning g.*
      )
      select r.id, r.workspace_id, r.brand_id, r.kind, r.status, r.attempts, r.max_attempts,
             r.payload, ${notifyChangeOfR} as notified
      from r`),
  );
  for (const row of claimed) {
    outcomes.set(row.id, { claimed: true, row: { ...toJobRowRef(row), payload: row.payload } });
  }
  const unclaimed = ids.filter((id) => !outcomes.has(id));
  if (unclaimed.length === 0) return outcomes;

  const current = rowsOf<{ id: string; status: JobStatus; attempts: number }>(
    await tx.execute(
      sql`select id, status, attempts from generation_jobs where id = any(${sql.param(unclaimed)}::text[])`,
    ),
  );
  const byId = new Map(current.map((row) => [row.id, row]));
  for (const id of unclaimed) {
    const row = byId.get(id);
    if (!row) {
      outcomes.set(id, { claimed: false, reason: 'missing' });
      continue;
    }
    const reason = row.status === 'done' || row.status === 'failed' ? 'finished' : 'exhausted';
    outcomes.set(id, {
      claimed: false,
      reason,
      status: row.status,
      attempts: Number(row.attempts),
    });
  }
  return outcomes;
}
