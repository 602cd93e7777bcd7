import { AppError, newId, type ExportFormat, type ExportJob } from '@storecraft/core';
import {
  failExportJob,
  findBrand,
  findExportJob,
  insertExportJob,
  listExportJobs,
  withWorkspace,
  type Database,
  type TenantTx,
} from '@storecraft/db';
import type { JobDefinition, JobQueue } from '@storecraft/jobs';
import type { FileStorage } from '@storecraft/storage';
import { brandNotFound } from './brands.ts';
import type { ExportJobPayload } from './export-job.ts';
import { exportThumbnails, exportToStorage, type QueuedExport } from './export-to-storage.ts';

/** How long a download link works. */
export const DOWNLOAD_URL_SECONDS = 24 * 60 * 60;

/** What people see of an export: never the storage key. */
export interface ExportSummary {
  id: string;
  brandId: string;
  format: ExportFormat;
  status: ExportJob['status'];
  /** Data rows written (CSV formats) or thumbnails zipped. */
  rowCount: number | null;
  /** Bytes of the file "Download" gives; null until it is written (or when it is gone). */
  byteSize: number | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

function summaryOf(job: ExportJob, sizes: ReadonlyMap<string, number>): ExportSummary {
  return {
    id: job.id,
    brandId: job.brandId,
    format: job.format,
    status: job.status,
    rowCount: job.rowCount,
    byteSize: job.outputKey === null ? null : (sizes.get(job.outputKey) ?? null),
    lastError: job.lastError,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/**
 * Sizes of the stored files under `prefix`, by key. Storage already knows every file's size, so
 * the export rows need no column for it: one listing answers a whole brand's exports.
 */
async function fileSizes(storage: FileStorage, prefix: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for await (const file of storage.list(prefix)) sizes.set(file.key, file.size);
  return sizes;
}

/** Sizes of the export's files (only its main file matters), or none when it has no file. */
function sizesOfExport(storage: FileStorage, job: ExportJob): Promise<Map<string, number>> {
  return job.outputKey === null
    ? Promise.resolve(new Map<string, number>())
    : fileSizes(storage, job.outputKey);
}

/** The job definition that runs queued exports (see `exportJob`). */
export interface QueueExportDeps {
  db: Database;
  storage: FileStorage;
  queue: Pick<JobQueue, 'enqueue'>;
  exportJob: JobDefinition<ExportJobPayload>;
}

/**
 * Queues an export of a brand's catalog in one format (or its thumbnails as a ZIP) and answers at
 * once with the export, `pending`, and the job that writes it: a large catalog takes minutes, and
 * its progress streams like a build's (`/api/jobs/:jobId/events`). If the job cannot be queued,
 * the export is recorded failed, not left pending for ever.
 */
export async function createExport(
  deps: QueueExportDeps,
  workspaceId: string,
  input: { brandId: string; format: ExportFormat; imageBaseUrl?: string },
): Promise<ExportSummary & { jobId: string }> {
  const exportId = newId('exportJob');
  await withWorkspace(deps.db, workspaceId, async (tx) => {
    if (!(await findBrand(tx, input.brandId))) throw brandNotFound(input.brandId);
    await insertExportJob(
      tx,
      { id: exportId, workspaceId, brandId: input.brandId, format: input.format },
      'pending',
    );
  });
  let jobId: string | undefined;
  try {
    [jobId] = await deps.queue.enqueue(workspaceId, input.brandId, deps.exportJob, [
      {
        exportId,
        format: input.format,
        ...(input.imageBaseUrl === undefined ? {} : { imageBaseUrl: input.imageBaseUrl }),
      },
    ]);
  } catch (error) {
    await withWorkspace(deps.db, workspaceId, (tx) =>
      failExportJob(tx, exportId, 'The export could not be queued; try again.'),
    );
    throw error;
  }
  if (!jobId) throw new AppError('INTERNAL', `No job was queued for export ${exportId}`);
  const job = await withWorkspace(deps.db, workspaceId, (tx) => exportJobOf(tx, exportId));
  return { ...summaryOf(job, new Map()), jobId };
}

/**
 * Writes an export now, in this process, and answers with it once its file is stored (or it
 * failed). The export job and a catalog build's own exports run this; `queued` is the row the
 * job writes, absent for a new one.
 */
export async function writeExport(
  deps: { db: Database; storage: FileStorage; clock?: () => Date },
  workspaceId: string,
  input: { brandId: string; format: ExportFormat; imageBaseUrl?: string; queued?: QueuedExport },
): Promise<ExportSummary> {
  const exists = await withWorkspace(deps.db, workspaceId, (tx) => findBrand(tx, input.brandId));
  if (!exists) throw brandNotFound(input.brandId);
  const queued = input.queued === undefined ? {} : { queued: input.queued };
  const result =
    input.format === 'thumbnails'
      ? await exportThumbnails(deps, workspaceId, input.brandId, queued)
      : await exportToStorage(deps, workspaceId, input.brandId, input.format, {
          ...queued,
          ...(input.imageBaseUrl === undefined ? {} : { imageBaseUrl: input.imageBaseUrl }),
        });
  const job = await withWorkspace(deps.db, workspaceId, (tx) =>
    findExportJob(tx, result.exportJobId),
  );
  if (!job) throw new AppError('INTERNAL', `Export ${result.exportJobId} vanished`);
  return summaryOf(job, await sizesOfExport(deps.storage, job));
}

/** A brand's exports, newest first, each with the size of its file. */
export async function listExports(
  tx: TenantTx,
  storage: FileStorage,
  brandId: string,
): Promise<ExportSummary[]> {
  if (!(await findBrand(tx, brandId))) throw brandNotFound(brandId);
  const jobs = await listExportJobs(tx, brandId);
  const sizes = jobs.some((job) => job.outputKey !== null)
    ? await fileSizes(storage, `exports/${brandId}/`)
    : new Map<string, number>();
  return jobs.map((job) => summaryOf(job, sizes));
}

export async function getExport(
  tx: TenantTx,
  storage: FileStorage,
  exportId: string,
): Promise<ExportSummary> {
  const job = await exportJobOf(tx, exportId);
  return summaryOf(job, await sizesOfExport(storage, job));
}

async function exportJobOf(tx: TenantTx, exportId: string): Promise<ExportJob> {
  const job = await findExportJob(tx, exportId);
  if (!job) {
    throw new AppError('NOT_FOUND', `Export ${exportId} not found`, {
      userMessage: 'That export does not exist.',
    });
  }
  return job;
}

/**
 * A link that downloads the export's main file for 24 h. Only finished exports have one. The
 * caller's transaction is the proof of membership: another workspace's export is not found.
 */
export async function exportDownloadUrl(
  tx: TenantTx,
  storage: FileStorage,
  exportId: string,
): Promise<{ url: string; expiresAt: Date }> {
  const job = await exportJobOf(tx, exportId);
  if (job.status !== 'done' || !job.outputKey) {
    throw new AppError('CONFLICT', `Export ${exportId} is ${job.status}`, {
      userMessage: 'That export has no file to download (it is not finished or it failed).',
    });
  }
  const brand = await findBrand(tx, job.brandId);
  const extension = job.outputKey.slice(job.outputKey.lastIndexOf('.'));
  const name = `${brand?.handle ?? 'catalog'}-${job.format}${extension}`;
  const expiresAt = new Date(Date.now() + DOWNLOAD_URL_SECONDS * 1000);
  const url = await storage.signedUrl(job.outputKey, {
    expiresInSeconds: DOWNLOAD_URL_SECONDS,
    downloadName: name,
  });
  return { url, expiresAt };
}
