import { sql } from 'drizzle-orm';
import type { JobStatus } from '@storecraft/core';
import { rowsOf, type TenantTx } from '@storecraft/db';

export interface JobCounts {
  pending: number;
  running: number;
  done: number;
  failed: number;
  total: number;
}

/** Generation jobs of a brand by status (optionally only those created since a moment). */
export async function countJobRows(
  tx: TenantTx,
  brandId: string,
  options: { since?: Date } = {},
): Promise<JobCounts> {
  const since = options.since ? sql`and created_at >= ${options.since.toISOString()}` : sql``;
  const rows = rowsOf<{ status: JobStatus; n: number }>(
    await tx.execute(sql`
      select status, count(*)::int as n from generation_jobs
      where brand_id = ${brandId} ${since}
      group by status`),
  );
  const counts: JobCounts = { pending: 0, running: 0, done: 0, failed: 0, total: 0 };
  for (const row of rows) {
    counts[row.status] = Number(row.n);
    counts.total += Number(row.n);
  }
  return counts;
}
