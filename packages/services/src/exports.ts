import { AppError, type ExportFormat, type ExportJob } from '@storecraft/core';
import {
  findBrand,
  findExportJob,
  listExportJobs,
  withWorkspace,
  type Database,
  type TenantTx,
} from '@storecraft/db';
import type { FileStorage } from '@storecraft/storage';
import { brandNotFound } from './brands.ts';
import { exportThumbnails, exportToStorage } from './export-to-storage.ts';

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

/**
 * Exports a brand's catalog in one format (or its thumbnails as a ZIP) to storage and answers with
 * the export job id. The export runs to the end before answering: export jobs have no queue kind
 * yet (`generation_job_kind` is catalog | image), and a CSV streams at thousands of rows a second.
 */
export async function createExport(
  deps: { db: Database; storage: FileStorage; clock?: () => Date },
  workspaceId: string,
  input: { brandId: string; format: ExportFormat; imageBaseUrl?: string },
): Promise<ExportSummary> {
  const exists = await withWorkspace(deps.db, workspaceId, (tx) => findBrand(tx, input.brandId));
  if (!exists) throw brandNotFound(input.brandId);
  const result =
    input.format === 'thumbnails'
      ? await exportThumbnails(deps, workspaceId, input.brandId)
      : await exportToStorage(deps, workspaceId, input.brandId, input.format, {
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
