import { sql } from 'drizzle-orm';
import type { JobStatus } from '@storecraft/core';
import { rowsOf, withWorkspace, type Database, type TenantTx } from '@storecraft/db';
import { JOB_CHANGES_CHANNEL, type JobChange } from './rows/job-row.ts';
import { delay, WakeSignal } from './wake-signal.ts';

/**
 * Live progress of one job, for Server-Sent Events and polling alike. A job id is a
 * `generation_jobs` row (a catalog build — with its brand's products and images — or a single
 * image) or an `export_jobs` row. The snapshot is read from the rows themselves, so it is the same
 * whichever process did the work; NOTIFY (or PGlite's in-process notifications) only says when to
 * read again, and a slow poll covers exports (which do not notify) and a missed notification.
 */
export type JobProgressKind = 'catalog' | 'image' | 'export';

export interface JobProgress {
  jobId: string;
  kind: JobProgressKind;
  brandId: string;
  status: JobStatus;
  /** Catalog builds: product rows written so far, and how many were planned (when the job says). */
  catalog?: { rows: number; total: number | null };
  /** Catalog builds and image jobs: pictures done, failed and in all. */
  images?: { done: number; failed: number; total: number };
  /** Exports: the format and the data rows written (known once done). */
  export?: { format: string; rows: number | null };
  /** The reason of a failed job, as stored. */
  error: string | null;
  /** Nothing more will change: the job (and, for a build, every picture) is done or failed. */
  finished: boolean;
}

/**
 * A stable id for a snapshot: two reads of the same state give the same id, so a client resuming
 * with `Last-Event-ID` is not sent the state it already has, even from another server process.
 */
export function progressEventId(progress: JobProgress): string {
  const parts: string[] = [progress.status];
  if (progress.catalog) parts.push(`c${progress.catalog.rows}`);
  if (progress.images)
    parts.push(`i${progress.images.done}-${progress.images.failed}-${progress.images.total}`);
  if (progress.export) parts.push(`e${progress.export.rows ?? ''}`);
  // A queued export's row can say done before its job has settled: the same counts, not finished.
  if (progress.finished) parts.push('end');
  return parts.join('.');
}

/** Reads a job's progress inside the workspace; undefined when no such job is visible there. */
export async function findJobProgress(
  db: Database,
  workspaceId: string,
  jobId: string,
): Promise<JobProgress | undefined> {
  return withWorkspace(db, workspaceId, (tx) => readJobProgress(tx, jobId));
}

interface GenerationRow {
  id: string;
  brand_id: string;
  kind: 'catalog' | 'image' | 'export';
  status: JobStatus;
  payload: unknown;
  last_error: string | null;
}

interface ExportRow {
  id: string;
  brand_id: string;
  format: string;
  status: JobStatus;
  row_count: number | null;
  last_error: string | null;
}

async function readJobProgress(tx: TenantTx, jobId: string): Promise<JobProgress | undefined> {
  const [job] = rowsOf<GenerationRow>(
    await tx.execute(sql`
      select id, brand_id, kind, status, payload, last_error
      from generation_jobs where id = ${jobId}`),
  );
  if (job) {
    if (job.kind === 'catalog') return readBuild(tx, job);
    return job.kind === 'export' ? readQueuedExport(tx, job) : readImage(job);
  }
  const exp = await readExportRow(tx, jobId);
  return exp && exportProgress(exp);
}

async function readExportRow(tx: TenantTx, exportId: string): Promise<ExportRow | undefined> {
  const [exp] = rowsOf<ExportRow>(
    await tx.execute(sql`
      select id, brand_id, format, status, row_count, last_error
      from export_jobs where id = ${exportId}`),
  );
  return exp;
}

function exportProgress(exp: ExportRow): JobProgress {
  return {
    jobId: exp.id,
    kind: 'export',
    brandId: exp.brand_id,
    status: exp.status,
    export: { format: exp.format, rows: exp.row_count === null ? null : Number(exp.row_count) },
    error: exp.last_error,
    finished: isSettled(exp.status),
  };
}

/**
 * The job that writes a queued export: the export row says how far the file is; the job's own row
 * says whether more attempts will come (it ends only when both have settled).
 */
async function readQueuedExport(tx: TenantTx, job: GenerationRow): Promise<JobProgress> {
  const payload = (typeof job.payload === 'string' ? JSON.parse(job.payload) : job.payload) as {
    exportId?: unknown;
  } | null;
  const exp =
    typeof payload?.exportId === 'string' ? await readExportRow(tx, payload.exportId) : undefined;
  if (!exp) {
    return {
      jobId: job.id,
      kind: 'export',
      brandId: job.brand_id,
      status: job.status,
      error: job.last_error,
      finished: isSettled(job.status),
    };
  }
  const progress = exportProgress(exp);
  return {
    ...progress,
    jobId: job.id,
    error: progress.error ?? job.last_error,
    finished: progress.finished && isSettled(job.status),
  };
}

function readImage(job: GenerationRow): JobProgress {
  return {
    jobId: job.id,
    kind: 'image',
    brandId: job.brand_id,
    status: job.status,
    images: {
      done: job.status === 'done' ? 1 : 0,
      failed: job.status === 'failed' ? 1 : 0,
      total: 1,
    },
    error: job.last_error,
    finished: isSettled(job.status),
  };
}

/** A catalog build: its own row, the brand's product rows and the brand's image jobs. */
async function readBuild(tx: TenantTx, job: GenerationRow): Promise<JobProgress> {
  const [counts] = rowsOf<{
    products: number;
    done: number;
    failed: number;
    open: number;
    total: number;
  }>(
    await tx.execute(sql`
      select
        (select count(*)::int from products where brand_id = ${job.brand_id}) as products,
        count(*) filter (where status = 'done')::int as done,
        count(*) filter (where status = 'failed')::int as failed,
        count(*) filter (where status in ('pending', 'running'))::int as open,
        count(*)::int as total
      from generation_jobs where brand_id = ${job.brand_id} and kind = 'image'`),
  );
  const images = {
    done: Number(counts?.done ?? 0),
    failed: Number(counts?.failed ?? 0),
    total: Number(counts?.total ?? 0),
  };
  return {
    jobId: job.id,
    kind: 'catalog',
    brandId: job.brand_id,
    status: job.status,
    catalog: { rows: Number(counts?.products ?? 0), total: plannedSize(job.payload) },
    images,
    error: job.last_error,
    finished: isSettled(job.status) && Number(counts?.open ?? 0) === 0,
  };
}

/** The planned product count, if the build's payload names it (`size` or `products`). */
function plannedSize(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const record = payload as Record<string, unknown>;
  const size = record.size ?? record.products;
  return typeof size === 'number' && Number.isFinite(size) ? size : null;
}

const isSettled = (status: JobStatus) => status === 'done' || status === 'failed';

/**
 * Subscribes to a notification channel; resolves to an unsubscribe. Both PGlite's `listen` and a
 * dedicated node-postgres client fit (the web server builds one per driver).
 */
export type ListenFn = (
  channel: string,
  onPayload: (payload: string) => void,
) => Promise<() => Promise<void>>;

/** Fans the job-change channel out to any number of in-process watchers. */
export interface JobChangeFeed {
  /** Called with every change (of every workspace: filter by id). Returns an unsubscribe. */
  subscribe(listener: (change: JobChange) => void): () => void;
  close(): Promise<void>;
}

/** One LISTEN for the whole process, however many SSE streams are open. */
export async function listenForJobChanges(listen: ListenFn): Promise<JobChangeFeed> {
  const listeners = new Set<(change: JobChange) => void>();
  const unlisten = await listen(JOB_CHANGES_CHANNEL, (payload) => {
    let change: JobChange;
    try {
      change = JSON.parse(payload) as JobChange;
    } catch {
      return;
    }
    for (const listener of listeners) listener(change);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      listeners.clear();
      await unlisten();
    },
  };
}

export interface WatchJobOptions {
  /** Wakes the watcher early when a job of the brand changes. Without it, it only polls. */
  feed?: JobChangeFeed;
  /** Re-read at least this often (exports do not notify; a notification may be missed). */
  pollMs?: number;
  /** Reads are coalesced: at most one per this many ms while notifications pour in. */
  minIntervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Yields the job's progress whenever it changes, starting with the current state, and returns
 * after yielding a finished one (or when `signal` aborts). Yields nothing when the job is not
 * visible in the workspace.
 */
export async function* watchJobProgress(
  db: Database,
  workspaceId: string,
  jobId: string,
  options: WatchJobOptions = {},
): AsyncGenerator<JobProgress, void, undefined> {
  const pollMs = options.pollMs ?? 1_000;
  const minIntervalMs = options.minIntervalMs ?? 100;
  const { signal } = options;
  const wake = new WakeSignal();
  let brandId: string | undefined;
  const unsubscribe = options.feed?.subscribe((change) => {
    if (
      change.workspaceId === workspaceId &&
      (change.jobId === jobId || change.brandId === brandId)
    )
      wake.wake();
  });
  const onAbort = () => wake.wake();
  signal?.addEventListener('abort', onAbort);
  try {
    let lastId: string | undefined;
    while (!signal?.aborted) {
      const progress = await findJobProgress(db, workspaceId, jobId);
      if (!progress) return;
      brandId = progress.brandId;
      const id = progressEventId(progress);
      if (id !== lastId) {
        lastId = id;
        yield progress;
      }
      if (progress.finished) return;
      await wake.sleep(pollMs);
      if (signal?.aborted) return;
      await delay(minIntervalMs, signal).catch(() => undefined);
    }
  } finally {
    unsubscribe?.();
    signal?.removeEventListener('abort', onAbort);
  }
}
