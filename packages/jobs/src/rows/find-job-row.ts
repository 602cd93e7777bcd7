import { sql } from 'drizzle-orm';
import { rowsOf, type TenantTx } from '@storecraft/db';
import { toJobRowRef, type JobRowRef, type RawJobRow } from './job-row.ts';

export async function findJobRow(tx: TenantTx, id: string): Promise<JobRowRef | undefined> {
  const row = rowsOf<RawJobRow>(
    await tx.execute(sql`
      select id, workspace_id, brand_id, kind, status, attempts, max_attempts
      from generation_jobs where id = ${id}`),
  )[0];
  return row ? toJobRowRef(row) : undefined;
}
