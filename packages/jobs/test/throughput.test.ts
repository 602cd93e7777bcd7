import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { jobBackendOf, type JobRunner } from '@storecraft/jobs';
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
import { spawnWorker, type WorkerChild } from './worker-processes.ts';

const JOBS = 200;
const WORKERS = 4;
const CONCURRENCY = 20;

describe.each(testDrivers)('200 jobs over 4 workers on %s', (driver) => {
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

  it(`runs every job once, ${CONCURRENCY} at a time per worker`, async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    // PGlite is one process per data directory: its workers are runners in this process.
    // PostgreSQL: separate processes sharing the queue.
    let runners: JobRunner[] = [];
    let children: WorkerChild[] = [];
    if (driver === 'pglite') {
      runners = Array.from({ length: WORKERS }, (_, i) =>
        q.queue.work([storingJob(t.db, { worker: `runner ${i}` })], {
          concurrency: CONCURRENCY,
        }),
      );
    } else {
      const backend = jobBackendOf(t);
      if (backend.kind !== 'postgres') throw new Error('expected postgres');
      children = Array.from({ length: WORKERS }, () =>
        spawnWorker(backend.url, {
          mode: 'store',
          concurrency: CONCURRENCY,
          settings: testSettings,
        }),
      );
      await Promise.all(children.map((child) => child.waitFor('READY')));
    }

    const started = Date.now();
    const payloads = Array.from({ length: JOBS }, (_, n) => ({ n, sleepMs: 20 }));
    const ids = await q.queue.enqueue(workspaceId, brandId, storingJob(t.db), payloads);
    const counts = await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
    const elapsed = Date.now() - started;

    await Promise.all(runners.map((runner) => runner.stop()));
    for (const child of children) child.child.kill('SIGTERM');
    const exits = await Promise.all(children.map((child) => child.exited));
    expect(exits.every((exit) => exit.code === 0)).toBe(true);
    for (const child of children) expect(child.output()).toContain('STOPPED');

    expect(counts).toEqual({ pending: 0, running: 0, done: JOBS, failed: 0, total: JOBS });
    const rows = await jobRows(t);
    expect(rows).toHaveLength(JOBS);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(ids));
    const stored = await outputs(t);
    // One output per job, with the job's own content; written once per attempt at most.
    expect(stored).toHaveLength(JOBS);
    const attemptsById = new Map(rows.map((row) => [row.id, row.attempts]));
    for (const output of stored) {
      const row = rows.find((r) => r.id === output.job_id);
      expect(output.content).toBe(`image ${row?.payload.n}`);
      expect(output.writes).toBeLessThanOrEqual(attemptsById.get(output.job_id) ?? 0);
    }
    // Without crashes nothing is delivered twice.
    expect(stored.every((output) => output.writes === 1)).toBe(true);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    // The work was actually shared.
    expect(new Set(stored.map((output) => output.worker)).size).toBeGreaterThanOrEqual(2);
    console.info(
      `${driver}: ${JOBS} jobs in ${elapsed} ms over ${WORKERS} workers; per worker:`,
      Object.fromEntries(countBy(stored.map((output) => output.worker))),
    );
  }, 90_000);
});

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
