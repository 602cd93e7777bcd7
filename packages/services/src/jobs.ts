import { AppError } from '@storecraft/core';
import {
  cancelGenerationJobs,
  failExportJob,
  findExportJob,
  findGenerationJob,
  findGenerationJobPayload,
  requeueExportJob,
  resetFailedGenerationJob,
  withWorkspace,
  type Database,
  type GenerationJobRecord,
  type TenantTx,
} from '@storecraft/db';
import type { JobQueue } from '@storecraft/jobs';
import { buildStatusOf, type BuildStatus } from './catalogs.ts';
import { exportJobPayloadSchema } from './export-job.ts';

/** JobSvc: what people may see and do with a generation job of their workspace. */
export interface JobStatusView {
  id: string;
  brandId: string;
  kind: GenerationJobRecord['kind'];
  status: GenerationJobRecord['status'];
  progress: number;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** For a catalog build: its image jobs and whether everything is finished. */
  build: BuildStatus | null;
}

/** The export an `export` job writes (its payload names it). */
async function exportOf(tx: TenantTx, job: GenerationJobRecord): Promise<string | undefined> {
  if (job.kind !== 'export') return undefined;
  const parsed = exportJobPayloadSchema.safeParse(await findGenerationJobPayload(tx, job.id));
  return parsed.success ? parsed.data.exportId : undefined;
}

function jobNotFound(jobId: string): AppError {
  return new AppError('NOT_FOUND', `Job ${jobId} not found`, {
    userMessage: 'That job does not exist.',
  });
}

export async function getJobStatus(tx: TenantTx, jobId: string): Promise<JobStatusView> {
  const job = await findGenerationJob(tx, jobId);
  if (!job) throw jobNotFound(jobId);
  // The raw AI record stays inside: a build's status carries it checked and summed (`build.ai`).
  const { aiUsage: _aiUsage, ...view } = job;
  return { ...view, build: job.kind === 'catalog' ? await buildStatusOf(tx, job) : null };
}

/** Gives a failed job fresh attempts and hands it to the queue again. */
export async function retryJob(
  deps: { db: Database; queue: JobQueue },
  workspaceId: string,
  jobId: string,
): Promise<JobStatusView> {
  await withWorkspace(deps.db, workspaceId, async (tx) => {
    const job = await findGenerationJob(tx, jobId);
    if (!job) throw jobNotFound(jobId);
    if (!(await resetFailedGenerationJob(tx, jobId))) {
      throw new AppError('CONFLICT', `Job ${jobId} is ${job.status}, not failed`, {
        userMessage: 'Only a failed job can be retried.',
      });
    }
    // The export it writes waits again too (it said failed).
    const exported = await exportOf(tx, job);
    if (exported) {
      const row = await findExportJob(tx, exported);
      if (row) await requeueExportJob(tx, exported, row.lastError ?? 'Retried');
    }
  });
  await sendAgain(deps, workspaceId, jobId);
  return withWorkspace(deps.db, workspaceId, (tx) => getJobStatus(tx, jobId));
}

/** How long a retry waits for a cancelled attempt that is still winding down. */
const RESEND_WAIT_MS = 15_000;
const RESEND_EVERY_MS = 500;

/**
 * Sends the pending row (and any other of this workspace that lost its delivery). The queue skips
 * a row whose delivery is still live: a build cancelled a moment ago may still be finishing its
 * batch, so the send is repeated until it goes out or the row is claimed (bounded; past that the
 * runners' periodic sweep sends it).
 */
async function sendAgain(
  deps: { db: Database; queue: JobQueue },
  workspaceId: string,
  jobId: string,
): Promise<void> {
  const deadline = Date.now() + RESEND_WAIT_MS;
  for (;;) {
    const report = await deps.queue.recover({ workspaceIds: [workspaceId] });
    if (report.resent > 0 || Date.now() >= deadline) return;
    const job = await withWorkspace(deps.db, workspaceId, (tx) => findGenerationJob(tx, jobId));
    if (job?.status !== 'pending') return;
    await new Promise((resolve) => setTimeout(resolve, RESEND_EVERY_MS));
  }
}

/**
 * Stops a pending or running job (it ends `failed`, "Cancelled"); a catalog build takes its
 * unfinished image jobs with it. A finished job cannot be cancelled.
 */
export async function cancelJob(tx: TenantTx, jobId: string): Promise<JobStatusView> {
  const job = await findGenerationJob(tx, jobId);
  if (!job) throw jobNotFound(jobId);
  if (job.status === 'done' || job.status === 'failed') {
    throw new AppError('CONFLICT', `Job ${jobId} is ${job.status}`, {
      userMessage: 'That job has finished already.',
    });
  }
  await cancelGenerationJobs(tx, {
    id: jobId,
    reason: 'Cancelled',
    ...(job.kind === 'catalog' ? { alsoKindOfBrand: 'image' as const } : {}),
  });
  const exported = await exportOf(tx, job);
  if (exported) await failExportJob(tx, exported, 'Cancelled');
  return getJobStatus(tx, jobId);
}
