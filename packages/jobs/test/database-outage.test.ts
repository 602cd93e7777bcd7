import { createDatabase, migrate, type DatabaseHandle } from '@storecraft/db';
import {
  asOwner,
  createTestDatabase,
  testDrivers,
  type TestDatabase,
} from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOutputTable,
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
import { spawnWorker, type WorkerChild } from './worker-processes.ts';

const postgresOnly = testDrivers.includes('postgres') ? describe : describe.skip;

/** Short reconnection checks, so outages in tests last a moment. */
const outageSettings = { ...testSettings, reconnectDelayMs: 100, reconnectDelayMaxMs: 1_000 };

/** The worker's connections carry this name, so the test can end them and only them. */
const WORKER_APP = 'storecraft-outage-worker';

function workerUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', WORKER_APP);
  return url.toString();
}

function isAlive(worker: WorkerChild): boolean {
  return worker.child.exitCode === null && worker.child.signalCode === null;
}

postgresOnly('a worker process while its database connections are killed (postgres)', () => {
  let t: TestDatabase;
  let q: QueueUnderTest;
  let databaseUrl: string;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    await createOutputTable(t.db);
    q = await openQueue(t);
    const backend = jobBackendOf(t);
    if (backend.kind !== 'postgres') throw new Error('expected postgres');
    databaseUrl = backend.url;
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it('keeps serving: every job ends done, its output stored once', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const worker = spawnWorker(workerUrl(databaseUrl), {
      mode: 'store',
      concurrency: 5,
      settings: outageSettings,
    });
    await worker.waitFor('READY', 60_000);
    const job = storingJob(t.db);
    const ids = await q.queue.enqueue(
      workspaceId,
      brandId,
      job,
      // ≈ 6 s of work: long enough for every outage to find jobs running.
      Array.from({ length: 60 }, (_, n) => ({ n, sleepMs: 500 })),
    );

    // Three outages while jobs run: each ends every connection of the worker a few times over
    // (pooled, pg-boss's, its LISTEN client), as a server restart does.
    let terminated = 0;
    for (let round = 0; round < 3; round++) {
      await waitUntil(
        async () => !isAlive(worker) || (await jobRows(t)).some((row) => row.status === 'running'),
      );
      for (let i = 0; i < 3; i++) {
        const ended = await asOwner(databaseUrl, (admin) =>
          admin.query(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = $1',
            [WORKER_APP],
          ),
        );
        terminated += ended.rowCount ?? 0;
        await sleep(100);
      }
      await sleep(700);
    }
    expect(terminated).toBeGreaterThan(0);

    await Promise.race([
      q.queue.waitForIdle(workspaceId, brandId, { pollMs: 200 }),
      worker.exited.then(() => {
        throw new Error(`the worker died:\n${worker.output()}`);
      }),
    ]);
    expect(isAlive(worker), worker.output()).toBe(true);
    expect(worker.output()).toMatch(/^DB database unavailable \(.+\), retrying in /m);
    const back = worker.output().match(/^DB database available again after .+$/gm) ?? [];
    console.info(
      `postgres: ${terminated} worker connections killed in 3 bursts; back after: ${back.map((line) => line.replace('DB database available again after ', '')).join(', ')}`,
    );
    expect(worker.output()).not.toMatch(/Unhandled|ERROR/);

    const rows = (await jobRows(t)).filter((row) => ids.includes(row.id));
    expect(rows.map((row) => row.status)).toEqual(ids.map(() => 'done'));
    const stored = (await outputs(t)).filter((output) => ids.includes(output.job_id));
    expect(stored).toHaveLength(60);
    expect(stored.filter((output) => output.writes !== 1)).toEqual([]);

    // And it still works new jobs, and stops cleanly.
    const later = await q.queue.enqueue(workspaceId, brandId, job, [{ n: 100 }]);
    await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 100 });
    expect((await outputs(t)).some((output) => output.job_id === later[0])).toBe(true);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code, worker.output()).toBe(0);
  }, 120_000);
});

postgresOnly('a worker process started before its database is there (postgres)', () => {
  const name = `storecraft_test_${process.pid}_late_${Math.random().toString(36).slice(2, 8)}`;
  /** Any database on the server: where `create database` is run from. */
  let server: TestDatabase;
  let serverUrl: string;
  let handle: DatabaseHandle | undefined;
  let queue: JobQueue | undefined;

  beforeAll(async () => {
    server = await createTestDatabase('postgres');
    const backend = jobBackendOf(server);
    if (backend.kind !== 'postgres') throw new Error('expected postgres');
    serverUrl = backend.url;
  });

  afterAll(async () => {
    await queue?.close();
    await handle?.close();
    if (serverUrl) {
      await asOwner(serverUrl, (admin) =>
        admin.query(`drop database if exists "${name}" with (force)`),
      );
    }
    await server?.close();
  });

  it('waits, saying why, then serves once the database is created and migrated', async () => {
    const databaseUrl = withDatabase(serverUrl, name);
    const worker = spawnWorker(workerUrl(databaseUrl), {
      mode: 'store',
      concurrency: 4,
      settings: outageSettings,
    });
    await worker.waitFor('DB database unavailable (3D000', 60_000);
    await sleep(300);
    expect(isAlive(worker), worker.output()).toBe(true);

    await asOwner(serverUrl, (admin) => admin.query(`create database "${name}"`));
    handle = await createDatabase({ driver: 'postgres', url: databaseUrl, poolMax: 4 });
    await migrate(handle.db);
    await worker.waitFor('READY', 60_000);
    expect(worker.output()).toMatch(/^DB database available again after /m);

    await createOutputTable(handle.db);
    queue = await createJobQueue(
      { db: handle.db, backend: { kind: 'postgres', url: databaseUrl } },
      { settings: testSettings },
    );
    const { workspaceId, brandId } = await seedBrand(handle.db);
    const job = storingJob(handle.db);
    await queue.enqueue(
      workspaceId,
      brandId,
      job,
      Array.from({ length: 10 }, (_, n) => ({ n })),
    );
    expect(await queue.waitForIdle(workspaceId, brandId, { pollMs: 100 })).toMatchObject({
      done: 10,
      failed: 0,
    });
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code, worker.output()).toBe(0);
  }, 120_000);

  it('keeps retrying a server that refuses connections, and stops on SIGTERM', async () => {
    const closed = new URL(serverUrl);
    closed.port = '1';
    const worker = spawnWorker(closed.toString(), {
      mode: 'store',
      concurrency: 1,
      settings: outageSettings,
    });
    await waitUntil(
      () => worker.output().split('DB database unavailable (ECONNREFUSED)').length > 3,
      { timeoutMs: 60_000 },
    );
    expect(isAlive(worker), worker.output()).toBe(true);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('STOPPED before the database was available');
  }, 90_000);
});

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
