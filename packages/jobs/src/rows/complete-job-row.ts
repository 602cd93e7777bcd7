import { sql } from 'drizzle-orm';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { notifyChangeOfR } from './job-row.ts';

/**
 * Marks attempts done, a batch in one statement. Fenced on the attempt: a row another attempt has
 * taken over (this one had lost its claim) is left alone. Returns the ids of the rows marked done.
 */
export async function completeJobRows(
  tx: TenantTx,
  attempts: readonly { id: string; attempt: number }[],
): Promise<Set<string>> {
  if (attempts.length === 0) return new Set();
  const ids = attempts.map((a) => a.id);
  const numbers = attempts.map((a) => a.attempt);
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`
      with done as (
        select * from unnest(${sql.param(ids)}::text[], ${sql.param(numbers)}::int[])
          as d(id, attempt)
      ),
      r as (
        update generation_jobs g
        set status = 'done', progress = 1, finished_at = now(), lease_expires_at = null,
            updated_at = now()
        from done d
        where g.id = d.id and g.status = 'running' and g.attempts = d.attempt
        returning g.*
      )
      select r.id, ${notifyChangeOfR} as notified from r`),
  );
  return new Set(rows.map((row) => row.id));
}
