import { sql } from 'drizzle-orm';
import { newId } from '@storecraft/core';
import { insertBrand, insertWorkspace, withWorkspace, type Database } from '@storecraft/db';
import { makeBrand, type TestDatabase } from '@storecraft/db/testing';
import { z } from 'zod';
import {
  createJobQueue,
  defineJob,
  jobBackendOf,
  type JobQueue,
  type JobQueueSettings,
} from '@storecraft/jobs';

/**
 * Short timings for tests (production defaults: see defaultJobQueueSettings). Heartbeat 10 s is
 * pg-boss's minimum; the monitor runs every second so lost jobs come back quickly.
 */
export const testSettings: Partial<JobQueueSettings> = {
  heartbeatSeconds: 10,
  monitorIntervalSeconds: 1,
  pollIntervalMs: 200,
  retryDelaySeconds: 1,
  fairnessRecheckMs: 200,
  sweepIntervalMs: 0,
  stopTimeoutMs: 5_000,
};

export async function seedBrand(db: Database): Promise<{ workspaceId: string; brandId: string }> {
  const workspaceId = newId('workspace');
  const brandId = newId('brand');
  await withWorkspace(db, workspaceId, async (tx) => {
    await insertWorkspace(tx, { id: workspaceId, name: 'Jobs', slug: `ws-${workspaceId}` });
    await insertBrand(tx, { id: brandId, workspaceId, brand: makeBrand() });
  });
  return { workspaceId, brandId };
}

export interface QueueUnderTest {
  queue: JobQueue;
  errors: unknown[];
}

export async function openQueue(
  t: TestDatabase,
  settings: Partial<JobQueueSettings> = {},
): Promise<QueueUnderTest> {
  const errors: unknown[] = [];
  const queue = await createJobQueue(
    { db: t.db, backend: jobBackendOf(t) },
    { settings: { ...testSettings, ...settings }, onError: (error) => errors.push(error) },
  );
  return { queue, errors };
}

/** Where the test handler "stores" its output: one row per job, counting writes. */
export async function createOutputTable(db: Database): Promise<void> {
  await db.execute(
    sql`create table if not exists job_outputs (job_id text primary key, content text not null, writes int not null, worker text not null)`,
  );
}

/** An idempotent put keyed by the job id (what the handler contract asks for). */
export async function putOutput(
  db: Database,
  jobId: string,
  content: string,
  worker = `pid ${process.pid}`,
): Promise<void> {
  await db.execute(sql`
    insert into job_outputs (job_id, content, writes, worker) values (${jobId}, ${content}, 1, ${worker})
    on conflict (job_id) do update
    set content = excluded.content, writes = job_outputs.writes + 1, worker = excluded.worker`);
}

export const imagePayloadSchema = z.object({ n: z.number().int(), sleepMs: z.number().optional() });

/** An image job that sleeps, then stores `image <n>` under its job id. */
export function storingJob(db: Database, options: { sleepMs?: number; worker?: string } = {}) {
  return defineJob({
    name: 'image',
    payloadSchema: imagePayloadSchema,
    async handler(payload, ctx) {
      await sleep(options.sleepMs ?? payload.sleepMs ?? 0, ctx.signal);
      await putOutput(db, ctx.jobId, `image ${payload.n}`, options.worker);
    },
  });
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      },
      { once: true },
    );
  });
}

export interface JobRowView {
  id: string;
  workspace_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  progress: number;
  started_at: Date | null;
  finished_at: Date | null;
  payload: { n?: number };
}

/** Owner-level read of every job row (test inspection only). */
export async function jobRows(t: TestDatabase): Promise<JobRowView[]> {
  return (await t.raw(
    'select id, workspace_id, status, attempts, last_error, progress, started_at, finished_at, payload from generation_jobs order by created_at, id',
  )) as unknown as JobRowView[];
}

export async function outputs(
  t: TestDatabase,
): Promise<{ job_id: string; content: string; writes: number; worker: string }[]> {
  return (await t.raw('select job_id, content, writes, worker from job_outputs')) as unknown as {
    job_id: string;
    content: string;
    writes: number;
    worker: string;
  }[];
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  { timeoutMs = 20_000, everyMs = 50 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}
