import { sql } from 'drizzle-orm';
import pg from 'pg';
import { AppError, newId } from '@storecraft/core';
import { rowsOf, withWorkspace } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import {
  defineJob,
  installSignalHandlers,
  JOB_CHANGES_CHANNEL,
  jobBackendOf,
  type JobChange,
} from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createOutputTable,
  imagePayloadSchema,
  jobRows,
  openQueue,
  outputs,
  putOutput,
  seedBrand,
  sleep,
  storingJob,
  waitUntil,
  type QueueUnderTest,
} from './helpers.ts';

/** Subscribes to the job change channel the way an SSE route would. */
async function listenToChanges(t: TestDatabase, onChange: (change: JobChange) => void) {
  const backend = jobBackendOf(t);
  const parse = (payload: string) => onChange(JSON.parse(payload) as JobChange);
  if (backend.kind === 'pglite') {
    const unlisten = await backend.client.listen?.(JOB_CHANGES_CHANNEL, parse);
    return async () => unlisten?.();
  }
  const client = new pg.Client({ connectionString: backend.url });
  await client.connect();
  client.on('notification', (message) => parse(message.payload ?? '{}'));
  await client.query(`listen ${JOB_CHANGES_CHANNEL}`);
  return () => client.end();
}

describe.each(testDrivers)('job queue on %s', (driver) => {
  let t: TestDatabase;
  let q: QueueUnderTest;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await createOutputTable(t.db);
    q = await openQueue(t);
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it('runs enqueued jobs to done, with the attempt, progress and every change notified', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const seen: { jobId: string; attempt: number; workspaceId: string; brandId: string }[] = [];
    const job = defineJob({
      name: 'image',
      payloadSchema: imagePayloadSchema,
      async handler(payload, ctx) {
        seen.push({
          jobId: ctx.jobId,
          attempt: ctx.attempt,
          workspaceId: ctx.workspaceId,
          brandId: ctx.brandId,
        });
        await ctx.progress(0.5);
        await ctx.progress(7); // clamped
      },
    });
    const changes: JobChange[] = [];
    const unlisten = await listenToChanges(t, (change) => changes.push(change));
    const ids = await q.queue.enqueue(workspaceId, brandId, job, [{ n: 1 }, { n: 2 }]);
    expect(ids).toHaveLength(2);
    const runner = q.queue.work([job], { concurrency: 2 });
    const counts = await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    await runner.stop();
    expect(counts).toEqual({ pending: 0, running: 0, done: 2, failed: 0, total: 2 });
    expect(seen.map((s) => s.jobId).sort()).toEqual([...ids].sort());
    expect(
      seen.every((s) => s.attempt === 1 && s.workspaceId === workspaceId && s.brandId === brandId),
    ).toBe(true);

    const rows = (await jobRows(t)).filter((row) => ids.includes(row.id));
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'done', attempts: 1, progress: 1, last_error: null });
      expect(row.finished_at).toBeInstanceOf(Date);
    }
    await waitUntil(() => changes.filter((c) => c.status === 'done').length === 2);
    await unlisten();
    const first = changes.filter((c) => c.jobId === ids[0]);
    expect(first.map((c) => [c.status, c.progress])).toEqual([
      ['pending', 0],
      ['running', 0],
      ['running', 0.5],
      ['running', 1],
      ['done', 1],
    ]);
    expect(first[0]).toEqual({
      jobId: ids[0],
      workspaceId,
      brandId,
      status: 'pending',
      progress: 0,
    });
  });

  it('ends waitForIdle when the last job this process runs is done, not at the next poll', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const job = defineJob({
      name: 'image',
      payloadSchema: imagePayloadSchema,
      handler: () => held,
    });
    await q.queue.enqueue(workspaceId, brandId, job, [{ n: 1 }, { n: 2 }]);
    const runner = q.queue.work([job], { concurrency: 2 });
    await waitUntil(() => runner.inFlight === 2);
    // A poll a minute away: only the runner going idle can end this wait within the test's time.
    const waiting = q.queue.waitForIdle(workspaceId, brandId, { pollMs: 60_000 });
    await sleep(50);
    release();
    const started = performance.now();
    expect(await waiting).toMatchObject({ pending: 0, running: 0, done: 2 });
    expect(performance.now() - started).toBeLessThan(5_000);
    await runner.stop();
  });

  it('runs both kinds from one runner, each with its own definition', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const ran: string[] = [];
    const catalog = defineJob({
      name: 'catalog',
      payloadSchema: z.object({ category: z.string() }),
      handler: async (payload) => {
        ran.push(`catalog ${payload.category}`);
        await Promise.resolve();
      },
    });
    const image = defineJob({
      name: 'image',
      payloadSchema: z.object({ n: z.number() }),
      handler: async (payload) => {
        ran.push(`image ${payload.n}`);
        await Promise.resolve();
      },
    });
    await q.queue.enqueue(workspaceId, brandId, catalog, [
      { category: 'mugs' },
      { category: 'bowls' },
    ]);
    await q.queue.enqueue(workspaceId, brandId, image, [{ n: 1 }, { n: 2 }]);
    expect(() => q.queue.work([image, image], { concurrency: 1 })).toThrow(AppError);
    const runner = q.queue.work([catalog, image], { concurrency: 2 });
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    await runner.stop();
    expect(ran.sort()).toEqual(['catalog bowls', 'catalog mugs', 'image 1', 'image 2']);
  });

  it('keeps the event loop responsive while a burst of quick jobs runs', async () => {
    // On PGlite queries run in this process; quick handlers must not starve timers and I/O.
    const { workspaceId, brandId } = await seedBrand(t.db);
    const job = storingJob(t.db);
    await q.queue.enqueue(
      workspaceId,
      brandId,
      job,
      Array.from({ length: 150 }, (_, n) => ({ n })),
    );
    const runner = q.queue.work([job], { concurrency: 8 });
    const lags: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 10));
      lags.push(Date.now() - start);
    }
    const counts = await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    await runner.stop();
    expect(counts.done).toBe(150);
    expect(Math.max(...lags)).toBeLessThan(250);
  });

  it('refuses invalid payloads and unknown brands before anything is queued', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const job = storingJob(t.db);
    const bad = q.queue.enqueue(workspaceId, brandId, job, [{ n: 1.5 }]);
    await expect(bad).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const unknown = q.queue.enqueue(workspaceId, newId('brand'), job, [{ n: 1 }]);
    await expect(unknown).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A brand of another workspace is just as unknown.
    const other = await seedBrand(t.db);
    await expect(q.queue.enqueue(workspaceId, other.brandId, job, [{ n: 1 }])).rejects.toThrow(
      AppError,
    );
    expect((await jobRows(t)).filter((row) => row.workspace_id === workspaceId)).toEqual([]);
  });

  it("keeps one workspace's job rows out of another's transactions", async () => {
    const a = await seedBrand(t.db);
    const b = await seedBrand(t.db);
    const [jobId] = await q.queue.enqueue(a.workspaceId, a.brandId, storingJob(t.db), [{ n: 1 }]);
    const fromB = await withWorkspace(t.db, b.workspaceId, async (tx) => {
      const seen = rowsOf(
        await tx.execute(sql`select id from generation_jobs where id = ${jobId}`),
      );
      const updated = rowsOf(
        await tx.execute(
          sql`update generation_jobs set status = 'done' where id = ${jobId} returning id`,
        ),
      );
      return { seen: seen.length, updated: updated.length };
    });
    expect(fromB).toEqual({ seen: 0, updated: 0 });
    const fromA = await withWorkspace(t.db, a.workspaceId, async (tx) =>
      rowsOf<{ status: string }>(
        await tx.execute(sql`select status from generation_jobs where id = ${jobId}`),
      ),
    );
    expect(fromA).toEqual([{ status: 'pending' }]);
    // Nothing a runner may do crosses over either: A's job runs as A.
    const runner = q.queue.work([storingJob(t.db)], { concurrency: 1 });
    await q.queue.waitForIdle(a.workspaceId, a.brandId, { pollMs: 50 });
    await runner.stop();
    expect((await jobRows(t)).find((row) => row.id === jobId)?.status).toBe('done');
  });

  it('recover() sends rows whose enqueue died before pg-boss heard of them, exactly once', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    // What a crash between the two steps of enqueue leaves: committed rows, no pg-boss jobs.
    const ids = Array.from({ length: 5 }, () => newId('generationJob'));
    for (const [n, id] of ids.entries()) {
      await t.raw(
        `insert into generation_jobs (id, workspace_id, brand_id, kind, payload) values ($1, $2, $3, 'image', $4)`,
        [id, workspaceId, brandId, JSON.stringify({ n })],
      );
    }
    expect(await q.queue.recover({ workspaceIds: [workspaceId] })).toEqual({
      resent: 5,
      requeued: 0,
      failed: 0,
    });
    // Idempotent: a second sweep (or another process's) sends nothing more.
    expect((await q.queue.recover()).resent).toBe(0);

    const runner = q.queue.work([storingJob(t.db)], { concurrency: 3 });
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    await runner.stop();
    const done = (await outputs(t)).filter((o) => ids.includes(o.job_id));
    expect(done).toHaveLength(5);
    expect(done.every((o) => o.writes === 1)).toBe(true);
  });

  it('recover() requeues running rows whose worker is gone, and fails those on their last attempt', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const lost = newId('generationJob');
    const lastAttempt = newId('generationJob');
    await t.raw(
      `insert into generation_jobs (id, workspace_id, brand_id, kind, payload, status, attempts)
       values ($1, $3, $4, 'image', '{"n":1}', 'running', 1), ($2, $3, $4, 'image', '{"n":2}', 'running', 3)`,
      [lost, lastAttempt, workspaceId, brandId],
    );
    expect(await q.queue.recover({ workspaceIds: [workspaceId] })).toEqual({
      resent: 1,
      requeued: 1,
      failed: 1,
    });
    const runner = q.queue.work([storingJob(t.db)], { concurrency: 1 });
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    await runner.stop();
    const rows = await jobRows(t);
    expect(rows.find((row) => row.id === lost)).toMatchObject({ status: 'done', attempts: 2 });
    expect(rows.find((row) => row.id === lastAttempt)).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: expect.stringContaining('stopped responding') as unknown,
    });
  });

  it('parses payloads at run time: a row an older deploy wrote with another shape fails at once', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const job = defineJob({
      name: 'catalog',
      payloadSchema: z.object({ categories: z.array(z.string()) }),
      handler: async () => {},
    });
    const id = newId('generationJob');
    await t.raw(
      `insert into generation_jobs (id, workspace_id, brand_id, kind, payload) values ($1, $2, $3, 'catalog', '{"cats":"all"}')`,
      [id, workspaceId, brandId],
    );
    await q.queue.recover({ workspaceIds: [workspaceId] });
    const progress: number[] = [];
    const runner = q.queue.work([job], { concurrency: 1 });
    const counts = await q.queue.waitForIdle(workspaceId, brandId, {
      pollMs: 50,
      onProgress: (c) => progress.push(c.failed),
    });
    await runner.stop();
    expect(counts).toMatchObject({ failed: 1, total: 1 });
    expect(progress.at(-1)).toBe(1);
    expect((await jobRows(t)).find((row) => row.id === id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: expect.stringContaining('INVALID_INPUT') as unknown,
    });
    expect(q.errors).toEqual([]);
  });
});

describe.each(testDrivers)('graceful stop on %s', (driver) => {
  let t: TestDatabase;
  let q: QueueUnderTest;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await createOutputTable(t.db);
    q = await openQueue(t);
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it('lets in-flight jobs finish or go back to pending, and claims nothing new', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    // Even n: the handler honours ctx.signal and gives up; odd n: it finishes what it started.
    const job = defineJob({
      name: 'image',
      payloadSchema: z.object({ n: z.number() }),
      async handler(payload, ctx) {
        await sleep(400, payload.n % 2 === 0 ? ctx.signal : undefined);
        await putOutput(t.db, ctx.jobId, `image ${payload.n}`);
      },
    });
    const ids = await q.queue.enqueue(
      workspaceId,
      brandId,
      job,
      Array.from({ length: 12 }, (_, n) => ({ n })),
    );
    const runner = q.queue.work([job], { concurrency: 4 });
    await waitUntil(
      async () => (await jobRows(t)).filter((r) => r.status === 'running').length === 4,
    );
    const inFlight = (await jobRows(t)).filter((row) => row.status === 'running');

    const report = await runner.stop();
    expect(report).toEqual({ finished: 2, interrupted: 2, abandoned: 0 });
    expect(runner.inFlight).toBe(0);
    await sleep(500);
    const rows = await jobRows(t);
    for (const claimed of inFlight) {
      const row = rows.find((r) => r.id === claimed.id);
      if ((claimed.payload.n ?? 0) % 2 === 1) {
        expect(row).toMatchObject({ status: 'done', attempts: 1 });
      } else {
        // Interrupted by the stop, not failed: pending again, the attempt not counted.
        expect(row).toMatchObject({ status: 'pending', attempts: 0, last_error: null });
      }
    }
    // Nothing else was claimed, during the stop or after it.
    const untouched = rows.filter((row) => !inFlight.some((c) => c.id === row.id));
    expect(untouched.map((row) => [row.status, row.attempts, row.started_at])).toEqual(
      untouched.map(() => ['pending', 0, null]),
    );

    // The interrupted jobs were handed back: the next runner finishes everything, once each.
    const next = q.queue.work([storingJob(t.db)], { concurrency: 4 });
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    await next.stop();
    const final = (await jobRows(t)).filter((row) => ids.includes(row.id));
    expect(final.every((row) => row.status === 'done' && row.attempts === 1)).toBe(true);
    const stored = (await outputs(t)).filter((output) => ids.includes(output.job_id));
    expect(stored).toHaveLength(12);
    expect(stored.every((output) => output.writes === 1)).toBe(true);
  });

  it('stops waiting after the timeout; an abandoned job still finishes and is not run twice', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const job = storingJob(t.db, { sleepMs: 0 });
    const slow = defineJob({
      name: 'image',
      payloadSchema: z.object({ n: z.number() }),
      async handler(payload, ctx) {
        await sleep(800); // ignores the signal
        await putOutput(t.db, ctx.jobId, `image ${payload.n}`);
      },
    });
    const [id] = await q.queue.enqueue(workspaceId, brandId, job, [{ n: 1 }]);
    const runner = q.queue.work([slow], { concurrency: 1 });
    await waitUntil(async () =>
      (await jobRows(t)).some((r) => r.id === id && r.status === 'running'),
    );
    const started = Date.now();
    expect(await runner.stop({ timeoutMs: 100 })).toEqual({
      finished: 0,
      interrupted: 0,
      abandoned: 1,
    });
    expect(Date.now() - started).toBeLessThan(600);
    await waitUntil(async () => (await jobRows(t)).some((r) => r.id === id && r.status === 'done'));
    expect((await outputs(t)).find((output) => output.job_id === id)?.writes).toBe(1);
  });

  it('stops the target on a signal through installSignalHandlers', async () => {
    const runner = q.queue.work([storingJob(t.db)], { concurrency: 1 });
    let stopped = false;
    const stop = async () => {
      await runner.stop();
      stopped = true;
    };
    // SIGTERM and SIGINT by default; a private signal here, so the test runner's own handlers stay out.
    const counts = () => [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
    const before = counts();
    installSignalHandlers({ stop })();
    expect(counts()).toEqual(before);
    const remove = installSignalHandlers({ stop }, { signals: ['SIGUSR2'] });
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      await waitUntil(() => stopped);
    } finally {
      remove();
    }
    expect(process.listenerCount('SIGUSR2')).toBe(0);
  });
});
