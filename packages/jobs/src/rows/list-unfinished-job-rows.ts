import { sql } from 'drizzle-orm';
import type { JobStatus } from '@storecraft/core';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { toJobRowRef, type JobRowRef, type RawJobRow } from './job-row.ts';

export interface UnfinishedJobRow extends JobRowRef {
  status: Extract<JobStatus, 'pending' | 'running'>;
}

/** Pending and running rows of the transaction's workspace untouched for `quietSeconds`. */
export async function listUnfinishedJobRows(
  tx: TenantTx,
  options: { quietSeconds: number },
): Promise<UnfinishedJobRow[]> {
  const rows = rowsOf<RawJobRow>(
    await tx.execute(sql`
      select id, workspace_id, brand_id, kind, status, attempts, max_attempts
      from generation_jobs
      where status in ('pending', 'running')
        and updated_at <= now() - make_interval(secs => ${options.quietSeconds})
      order by created_at`),
  );
  return rows.map((row) => ({
    ...toJobRowRef(row),
    status: row.status === 'running' ? 'running' : 'pending',
  }));
}
