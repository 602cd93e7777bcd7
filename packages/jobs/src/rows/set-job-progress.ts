import { sql } from 'drizzle-orm';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR } from './job-row.ts';

/** Records progress (0..1) of a running attempt; fenced on the attempt. */
export async function setJobProgress(
  tx: TenantTx,
  id: string,
  attempt: number,
  fraction: number,
): Promise<boolean> {
  const rows = rowsOf(
    await tx.execute(sql`
      with r as (
        update generation_jobs set progress = ${fraction}, updated_at = now()
        where id = ${id} and status = 'running' and attempts = ${attempt}
        returning *
      )
      select r.id, ${notifyChangeOfR} as notified from r`),
  );
  return rows.length > 0;
}
