import { sql } from 'drizzle-orm';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR } from './job-row.ts';

const MAX_ERROR_LENGTH = 2_000;

/**
 * Records a failed attempt: back to pending while another attempt will follow, failed when it is
 * `final`. Fenced on the attempt like `completeJobRow`.
 */
export async function failJobRow(
  tx: TenantTx,
  id: string,
  attempt: number,
  failure: { error: string; final: boolean },
): Promise<boolean> {
  const status = failure.final ? 'failed' : 'pending';
  const rows = rowsOf(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = ${status}::job_status, last_error = ${failure.error.slice(0, MAX_ERROR_LENGTH)},
            lease_expires_at = null, updated_at = now(),
            finished_at = ${failure.final ? sql`now()` : sql`null`},
            progress = ${failure.final ? sql`progress` : sql`0`}
        where id = ${id} and status = 'running' and attempts = ${attempt}
        returning *
      )
      select r.id, ${notifyChangeOfR} as notified from r`),
  );
  return rows.length > 0;
}

/**
 * Fails a row whose delivery was lost with no attempts left (its worker died on the last one).
 * Fenced on the attempts count the caller saw.
 */
export async function failLostJobRow(
  tx: TenantTx,
  id: string,
  attempts: number,
  error: string,
): Promise<boolean> {
  const rows = rowsOf(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'failed', last_error = ${error.slice(0, MAX_ERROR_LENGTH)},
            lease_expires_at = null, finished_at = now(), updated_at = now()
        where id = ${id} and status in ('pending', 'running') and attempts = ${attempts}
        returning *
      )
      select r.id, ${notifyChangeOfR} as notified from r`),
  );
  return rows.length > 0;
}
