import { sql } from 'drizzle-orm';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR } from './job-row.ts';

/**
 * Marks the attempt done. Fenced on the attempt: false when another attempt has taken the row over
 * (this one had lost its claim), and the row is left alone.
 */
export async function completeJobRow(tx: TenantTx, id: string, attempt: number): Promise<boolean> {
  const rows = rowsOf(
    await tx.execute(sql`
      with r as (
        update generation_jobs
        set status = 'done', progress = 1, finished_at = now(), lease_expires_at = null,
            updated_at = now()
        where id = ${id} and status = 'running' and attempts = ${attempt}
        returning *
      )
      select r.id, ${notifyChangeOfR} as notified from r`),
  );
  return rows.length > 0;
}
