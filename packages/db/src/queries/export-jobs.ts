import { desc, eq } from 'drizzle-orm';
import type { ExportFormat, ExportJob } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { exportJobs } from '../schema/index.ts';

const exportJobColumns = {
  id: exportJobs.id,
  workspaceId: exportJobs.workspaceId,
  brandId: exportJobs.brandId,
  format: exportJobs.format,
  status: exportJobs.status,
  outputKey: exportJobs.outputKey,
  rowCount: exportJobs.rowCount,
  lastError: exportJobs.lastError,
  createdAt: exportJobs.createdAt,
  finishedAt: exportJobs.finishedAt,
};

/** Records an export that starts now (`running`) or waits in the queue (`pending`). */
export async function insertExportJob(
  tx: TenantTx,
  job: { id: string; workspaceId: string; brandId: string; format: ExportFormat },
  status: 'running' | 'pending' = 'running',
): Promise<void> {
  await tx.insert(exportJobs).values({ ...job, status });
}

/**
 * Puts a queued export (back) into `running` for an attempt, clearing what an earlier attempt
 * left. False when the row is gone (its brand was deleted).
 */
export async function startExportJob(tx: TenantTx, id: string): Promise<boolean> {
  const started = await tx
    .update(exportJobs)
    .set({ status: 'running', lastError: null, outputKey: null, rowCount: null, finishedAt: null })
    .where(eq(exportJobs.id, id))
    .returning({ id: exportJobs.id });
  return started.length > 0;
}

/** An attempt failed and another will follow: `pending` again, with the reason meanwhile. */
export async function requeueExportJob(tx: TenantTx, id: string, lastError: string): Promise<void> {
  await tx
    .update(exportJobs)
    .set({ status: 'pending', lastError, finishedAt: null })
    .where(eq(exportJobs.id, id));
}

/** Marks an export done, naming its main file and how many data rows it wrote. */
export async function completeExportJob(
  tx: TenantTx,
  id: string,
  result: { outputKey: string | null; rowCount: number | null },
): Promise<void> {
  await finishExportJob(tx, id, { status: 'done', ...result });
}

/** Marks an export failed with the reason. */
export async function failExportJob(tx: TenantTx, id: string, lastError: string): Promise<void> {
  await finishExportJob(tx, id, { status: 'failed', lastError });
}

async function finishExportJob(
  tx: TenantTx,
  id: string,
  values: Pick<typeof exportJobs.$inferInsert, 'status' | 'outputKey' | 'rowCount' | 'lastError'>,
): Promise<void> {
  await tx
    .update(exportJobs)
    .set({ ...values, finishedAt: new Date() })
    .where(eq(exportJobs.id, id));
}

export async function findExportJob(tx: TenantTx, id: string): Promise<ExportJob | undefined> {
  const [row] = await tx.select(exportJobColumns).from(exportJobs).where(eq(exportJobs.id, id));
  return row;
}

/** A brand's exports, newest first. */
export async function listExportJobs(tx: TenantTx, brandId: string): Promise<ExportJob[]> {
  return tx
    .select(exportJobColumns)
    .from(exportJobs)
    .where(eq(exportJobs.brandId, brandId))
    .orderBy(desc(exportJobs.createdAt), desc(exportJobs.id));
}
