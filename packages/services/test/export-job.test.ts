import { newId } from '@storecraft/core';
import { findExportJob, withWorkspace } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf, type JobQueue, type JobRunner } from '@storecraft/jobs';
import { createMemoryStorage } from '@storecraft/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelJob,
  createBrand,
  createExport,
  createGenerationJobs,
  ensureWorkspace,
  getJobStatus,
  retryJob,
  startCatalogBuild,
  type GenerationJobs,
} from '../src/index.ts';
import { tinyRenderer } from '../src/testing/tiny-renderer.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDrivers)('queued exports on %s', (driver) => {
  let t: TestDatabase;
  let queue: JobQueue;
  let jobs: GenerationJobs;
  const runners: JobRunner[] = [];
  const workspaceId = newId('workspace');
  const storage = createMemoryStorage({
    publicUrl: 'http://127.0.0.1:1',
    signingSecret: 'x'.repeat(32),
  });
  let brandId: string;

  const inWorkspace = <T>(fn: Parameters<typeof withWorkspace<T>>[2]) =>
    withWorkspace(t.db, workspaceId, fn);

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      await sleep(100);
    }
  }

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await ensureWorkspace(t.db, {
      id: workspaceId,
      name: 'Exports',
      slug: `e-${workspaceId.slice(-10)}`,
    });
    queue = await createJobQueue(
      { db: t.db, backend: jobBackendOf(t) },
      { settings: { pollIntervalMs: 100, monitorIntervalSeconds: 1 }, onWarning: () => undefined },
    );
    jobs = createGenerationJobs({ db: t.db, storage, queue, renderer: tinyRenderer });
    // Builds run from the start; exports only once a test starts their worker.
    runners.push(queue.work([jobs.catalog, jobs.image], { concurrency: 2 }));
    const brand = await inWorkspace((tx) =>
      createBrand(tx, workspaceId, { niche: 'candles', seed: 'queued-exports' }),
    );
    brandId = brand.id;
    const { jobId } = await startCatalogBuild({ db: t.db, queue, jobs }, workspaceId, {
      brandId,
      size: 3,
      images: false,
    });
    await until(
      () => inWorkspace((tx) => getJobStatus(tx, jobId)),
      (status) => status.status === 'done' || status.status === 'failed',
    );
  }, 120_000);
  afterAll(async () => {
    for (const runner of runners) await runner.stop();
    await queue?.close();
    await t?.close();
  });

  it('answers at once with a pending export that a worker then writes; cancel and retry reach the export', async () => {
    const queued = await createExport(
      { db: t.db, storage, queue, exportJob: jobs.export },
      workspaceId,
      { brandId, format: 'shopify' },
    );
    expect(queued).toMatchObject({ status: 'pending', byteSize: null, rowCount: null });

    // Cancelled before a worker takes it: the export says so instead of waiting for ever.
    await inWorkspace((tx) => cancelJob(tx, queued.jobId));
    expect(await inWorkspace((tx) => findExportJob(tx, queued.id))).toMatchObject({
      status: 'failed',
      lastError: 'Cancelled',
    });

    // Retried: the export waits again, and the worker writes it under the same row.
    await retryJob({ db: t.db, queue }, workspaceId, queued.jobId);
    expect((await inWorkspace((tx) => findExportJob(tx, queued.id)))?.status).toBe('pending');
    runners.push(queue.work([jobs.export], { concurrency: 1 }));
    const written = await until(
      () => inWorkspace((tx) => findExportJob(tx, queued.id)),
      (row) => row?.status === 'done' || row?.status === 'failed',
    );
    expect(written).toMatchObject({ status: 'done', lastError: null });
    expect(written?.rowCount).toBeGreaterThan(3);
    const file = await storage.get(written?.outputKey ?? '?');
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).toString('utf8')).toMatch(/^Title,URL handle,/);
    await until(
      () => inWorkspace((tx) => getJobStatus(tx, queued.jobId)),
      (status) => status.status === 'done',
    );
  }, 120_000);

  it('refuses an export of another workspace’s brand, queueing nothing', async () => {
    const error = await createExport(
      { db: t.db, storage, queue, exportJob: jobs.export },
      workspaceId,
      { brandId: newId('brand'), format: 'shopify' },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
