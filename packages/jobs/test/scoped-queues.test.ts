import { AppError } from '@storecraft/core';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOutputTable,
  jobRows,
  openQueue,
  outputs,
  seedBrand,
  storingJob,
  testSettings,
  type QueueUnderTest,
} from './helpers.ts';

describe.each(testDrivers)('queues private to a workspace on %s', (driver) => {
  let t: TestDatabase;
  let shared: QueueUnderTest;
  const scoped: JobQueue[] = [];

  const openScoped = async (scope: string) => {
    const queue = await createJobQueue(
      { db: t.db, backend: jobBackendOf(t) },
      { scope, settings: testSettings },
    );
    scoped.push(queue);
    return queue;
  };

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await createOutputTable(t.db);
    shared = await openQueue(t);
  });

  afterAll(async () => {
    for (const queue of scoped) await queue.close();
    await shared?.queue.close();
    await t?.close();
  });

  it('are worked only by their own runners, never by another scope or the shared queues', async () => {
    const a = await seedBrand(t.db);
    const b = await seedBrand(t.db);
    const queueA = await openScoped(a.workspaceId);
    const queueB = await openScoped(b.workspaceId);
    const job = storingJob(t.db);
    const payloads = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const idsB = await queueB.enqueue(b.workspaceId, b.brandId, job, payloads);
    const idsA = await queueA.enqueue(a.workspaceId, a.brandId, job, payloads);

    // Runners on A's queue and on the shared queues, none on B's.
    const runnerA = queueA.work([job], { concurrency: 4 });
    const runnerShared = shared.queue.work([job], { concurrency: 4 });
    expect(await queueA.waitForIdle(a.workspaceId, a.brandId, { pollMs: 50 })).toMatchObject({
      done: 3,
    });
    // The shared queues' recovery leaves B's rows to B: they are pending, not lost.
    expect(await shared.queue.recover()).toEqual({ resent: 0, requeued: 0, failed: 0 });
    await runnerShared.stop();
    await runnerA.stop();

    const rows = await jobRows(t);
    expect(rows.filter((row) => idsA.includes(row.id)).map((row) => row.status)).toEqual([
      'done',
      'done',
      'done',
    ]);
    expect(rows.filter((row) => idsB.includes(row.id)).map((row) => row.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    expect((await outputs(t)).map((output) => output.job_id).sort()).toEqual([...idsA].sort());
  });

  it('refuse jobs of another workspace', async () => {
    const a = await seedBrand(t.db);
    const b = await seedBrand(t.db);
    const queueA = await openScoped(a.workspaceId);
    const refused = await queueA
      .enqueue(b.workspaceId, b.brandId, storingJob(t.db), [{ n: 1 }])
      .catch((error: unknown) => error);
    expect(AppError.is(refused, 'INVALID_INPUT')).toBe(true);
  });

  it('are listed, and deleted with every job in them', async () => {
    const c = await seedBrand(t.db);
    const queueC = await openScoped(c.workspaceId);
    await queueC.enqueue(c.workspaceId, c.brandId, storingJob(t.db), [{ n: 1 }, { n: 2 }]);
    expect(await shared.queue.listScopes()).toContain(c.workspaceId);

    await shared.queue.deleteScope(c.workspaceId);
    expect(await shared.queue.listScopes()).not.toContain(c.workspaceId);
    const [left] = await t.raw(
      `select count(*)::int as n from pgboss.job where data->>'workspaceId' = $1`,
      [c.workspaceId],
    );
    expect(left).toEqual({ n: 0 });
    // Idempotent.
    await shared.queue.deleteScope(c.workspaceId);
  });
});
