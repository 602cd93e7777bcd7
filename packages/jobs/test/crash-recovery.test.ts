import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { defineJob, jobBackendOf, JobLeaseLostError } from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOutputTable,
  imagePayloadSchema,
  jobRows,
  openQueue,
  outputs,
  seedBrand,
  sleep,
  storingJob,
  testSettings,
  waitUntil,
  type QueueUnderTest,
} from './helpers.ts';
import { spawnWorker } from './worker-processes.ts';

describe.each(testDrivers)('a stalled worker on %s', (driver) => {
  let t: TestDatabase;
  let q: QueueUnderTest;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await createOutputTable(t.db);
    // A 2 s limit per attempt so a stalled handler is taken over quickly.
    q = await openQueue(t, { expireInSeconds: 2 });
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it('has its jobs finished by another runner once the attempt expires', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const release = new AbortController();
    const reasons: unknown[] = [];
    // Blocks until the test ends, ignoring the abort: a handler stuck on a dead socket.
    const stuck = defineJob({
      name: 'image',
      payloadSchema: imagePayloadSchema,
      async handler(_payload, ctx) {
        ctx.signal.addEventListener('abort', () => reasons.push(ctx.signal.reason));
        await sleep(60_000, release.signal).catch(() => undefined);
        throw new Error('gave up');
      },
    });
    const stalled = q.queue.work([stuck], { concurrency: 3 });
    const ids = await q.queue.enqueue(workspaceId, brandId, stuck, [{ n: 1 }, { n: 2 }, { n: 3 }]);
    await waitUntil(async () => (await jobRows(t)).every((row) => row.status === 'running'));

    const healthy = q.queue.work([storingJob(t.db, { worker: 'healthy' })], { concurrency: 3 });
    const started = Date.now();
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 100 });
    const recoveredIn = Date.now() - started;
    console.info(`${driver}: stalled attempts taken over in ${recoveredIn} ms (expireInSeconds 2)`);

    // On its next heartbeat the stalled runner learns its claims are gone and aborts the handlers.
    await waitUntil(() => reasons.length === 3, { timeoutMs: 10_000 });
    expect(reasons.every((reason) => reason instanceof JobLeaseLostError)).toBe(true);
    const stopped = await stalled.stop({ timeoutMs: 100 });
    expect(stopped.abandoned).toBe(3);
    release.abort();
    await healthy.stop();
    const rows = (await jobRows(t)).filter((row) => ids.includes(row.id));
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['done', 2],
      ['done', 2],
      ['done', 2],
    ]);
    const stored = (await outputs(t)).filter((output) => ids.includes(output.job_id));
    expect(stored.map((output) => [output.writes, output.worker])).toEqual([
      [1, 'healthy'],
      [1, 'healthy'],
      [1, 'healthy'],
    ]);
    // The stalled handlers' late failure (after release) changed nothing above.
    await sleep(200);
    expect(
      (await jobRows(t)).filter((row) => ids.includes(row.id)).map((row) => row.status),
    ).toEqual(['done', 'done', 'done']);
    expect(recoveredIn).toBeLessThan(15_000);
  }, 30_000);
});

const postgresOnly = testDrivers.includes('postgres') ? describe : describe.skip;

postgresOnly('a worker process killed with SIGKILL (postgres)', () => {
  let t: TestDatabase;
  let q: QueueUnderTest;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    await createOutputTable(t.db);
    q = await openQueue(t);
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it('loses nothing: another worker finishes its jobs once their heartbeat lapses', async () => {
    const backend = jobBackendOf(t);
    if (backend.kind !== 'postgres') throw new Error('expected postgres');
    const { workspaceId, brandId } = await seedBrand(t.db);
    const victim = spawnWorker(backend.url, {
      mode: 'hang',
      concurrency: 5,
      settings: testSettings,
    });
    await victim.waitFor('READY');
    const job = storingJob(t.db);
    const ids = await q.queue.enqueue(
      workspaceId,
      brandId,
      job,
      Array.from({ length: 5 }, (_, n) => ({ n })),
    );
    await waitUntil(() => victim.output().split('CLAIMED').length - 1 === 5);
    const survivor = spawnWorker(backend.url, {
      mode: 'store',
      concurrency: 5,
      settings: testSettings,
    });
    await survivor.waitFor('READY');
    expect((await jobRows(t)).every((row) => row.status === 'running')).toBe(true);

    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    expect((await victim.exited).signal).toBe('SIGKILL');
    // Jobs enqueued after the crash are not held up by the lost ones.
    const later = await q.queue.enqueue(workspaceId, brandId, job, [{ n: 100 }]);
    await waitUntil(async () => (await outputs(t)).some((o) => o.job_id === later[0]), {
      timeoutMs: 5_000,
    });
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 100 });
    const recoveredIn = Date.now() - killedAt;
    console.info(
      `postgres: jobs of a SIGKILLed worker finished ${recoveredIn} ms after the kill (heartbeatSeconds ${testSettings.heartbeatSeconds}, monitorIntervalSeconds ${testSettings.monitorIntervalSeconds})`,
    );

    survivor.child.kill('SIGTERM');
    expect((await survivor.exited).code).toBe(0);
    const rows = (await jobRows(t)).filter((row) => ids.includes(row.id));
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(ids.map(() => ['done', 2]));
    const stored = (await outputs(t)).filter((output) => ids.includes(output.job_id));
    expect(stored).toHaveLength(5);
    expect(stored.every((output) => output.writes === 1)).toBe(true);
    expect(new Set(stored.map((output) => output.worker))).toEqual(
      new Set([`pid ${survivor.child.pid}`]),
    );
    // Heartbeat (10 s) + monitor (1 s) + first retry delay (1–2 s), with slack for a busy machine.
    expect(recoveredIn).toBeLessThan(25_000);
  }, 60_000);
});
