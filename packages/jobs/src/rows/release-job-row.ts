import { sql } from 'drizzle-orm';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR, toJobRowRef, type JobRowRef, type RawJobRow } from './job-row.ts';

/**
 * Puts an attempt the worker interrupted (graceful stop) back to pending without counting it: the
 * job did not fail, the worker left. Fenced on the attempt.
 */
export async function releaseJobRow(
  tx: TenantTx,
  id: string,
  attempt: number,
): Promise<JobRowRef | undefined> {
  const row = rowsOf<RawJobRow>(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'pending', attempts = attempts - 1, progress = 0, lease_expires_at = null,
            updated_at = now()
        where id = ${id} and status = 'running' and attempts = ${attempt}
        returning *
      )
      select r.id, r.workspace_id, r.brand_id, r.kind, r.status, r.attempts, r.max_attempts,
             ${notifyChangeOfR} as notified
      from r`),
  )[0];
  return row ? toJobRowRef(row) : undefined;
}

/**
 * A running row whose delivery is gone (no live pg-boss job) goes back to pending to be sent again.
 * The lost attempt still counts: it may have been the job's own fault (it crashed the worker).
 */
export async function requeueLostJobRow(
  tx: TenantTx,
  id: string,
  attempts: number,
): Promise<boolean> {
  const rows = rowsOf(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'pending', progress = 0, lease_expires_at = null, updated_at = now(),
            last_error = coalesce(last_error, 'The worker running this job stopped responding')
        where id = ${id} and status = 'running' and attempts = ${attempts}
        returning *
      )
      select r.id, ${notifyChangeOfR} as notified from r`),
  );
  return rows.length > 0;
}
