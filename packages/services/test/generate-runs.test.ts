import { newId } from '@storecraft/core';
import {
  fromPglite,
  fromPgPool,
  insertBrand,
  poolCloser,
  withWorkspace,
  type Database,
} from '@storecraft/db';
import {
  createTestDatabase,
  makeBrand,
  testDrivers,
  type TestDatabase,
} from '@storecraft/db/testing';
import { createJobQueue, defineJob, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import { createMemoryStorage, imageKey, type MemoryFileStorage } from '@storecraft/storage';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ensureWorkspace,
  LOCAL_WORKSPACE,
  startGenerateRun,
  type GenerateRun,
} from '../src/index.ts';

/** Image jobs are only queued here, never worked. */
const imageJob = defineJob({
  name: 'image',
  payloadSchema: z.object({ n: z.number() }),
  handler() {
    return Promise.reject(new Error('no runner works jobs in these tests'));
  },
});

describe.each(testDrivers)('generate runs on %s', (driver) => {
  let t: TestDatabase;
  let storage: MemoryFileStorage;
  const queues: JobQueue[] = [];
  const runs: GenerateRun[] = [];

  const start = async (db: Database = t.db) => {
    const run = await startGenerateRun({ db, driver, storage }, async (scope) => {
      const queue = await createJobQueue({ db, backend: jobBackendOf(t) }, { scope });
      queues.push(queue);
      return queue;
    });
    runs.push(run);
    return run;
  };

  /**
   * A run that got as far as rendering: its brand stored (every run of one seed makes the same
   * brand, same handle), jobs queued, one image stored.
   */
  async function progress(run: GenerateRun, db: Database = t.db): Promise<string> {
    const brandId = newId('brand');
    await withWorkspace(db, run.workspaceId, (tx) =>
      insertBrand(tx, { id: brandId, workspaceId: run.workspaceId, brand: makeBrand() }),
    );
    await run.queue.enqueue(run.workspaceId, brandId, imageJob, [{ n: 1 }, { n: 2 }, { n: 3 }]);
    await storage.put(imageKey(brandId, 'prod_x', 1, 'webp'), 'webp');
    return brandId;
  }

  /** What is left of a run: its rows, its queued jobs, its stored files. */
  async function leftOf(workspaceId: string, brandId: string) {
    const count = async (sql: string) =>
      Number((await t.raw(sql, [workspaceId]))[0]?.n ?? Number.NaN);
    const files: string[] = [];
    for await (const file of storage.list(`images/${brandId}/`)) files.push(file.key);
    return {
      workspaces: await count('select count(*)::int as n from workspaces where id = $1'),
      brands: await count('select count(*)::int as n from brands where workspace_id = $1'),
      jobRows: await count(
        'select count(*)::int as n from generation_jobs where workspace_id = $1',
      ),
      deliveries: await count(
        `select count(*)::int as n from pgboss.job where data->>'workspaceId' = $1`,
      ),
      files,
    };
  }
  const nothing = { workspaces: 0, brands: 0, jobRows: 0, deliveries: 0, files: [] };

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    storage = createMemoryStorage();
  });

  afterAll(async () => {
    for (const run of runs) await run.end().catch(() => undefined);
    for (const queue of queues) await queue.close();
    await t?.close();
  });

  it('gets a private workspace, so the same seed twice does not collide', async () => {
    const [a, b] = [await start(), await start()];
    expect(a.workspaceId).not.toBe(b.workspaceId);
    await progress(a);
    await progress(b);
    await b.end();
    await a.end();
  });

  it('removes its rows, queued jobs and stored images when it ends', async () => {
    const run = await start();
    const brandId = await progress(run);
    expect((await leftOf(run.workspaceId, brandId)).deliveries).toBeGreaterThan(0);
    await run.end();
    expect(await leftOf(run.workspaceId, brandId)).toEqual(nothing);
  });

  it('sweeps runs left by a process that died, and the brands older versions left behind', async () => {
    // The dead run's process had its own handle on the database (its own connections).
    const elsewhere =
      driver === 'pglite'
        ? fromPglite((t.db as unknown as { $client: Parameters<typeof fromPglite>[0] }).$client)
        : t.db;
    const dead = await start(elsewhere);
    const brandId = await progress(dead, elsewhere);
    if (driver === 'postgres') {
      // The process died: the server ends its session, and the run's lock with it.
      await t.raw(
        `select pg_terminate_backend(l.pid) from pg_locks l join pg_stat_activity a using (pid)
         where l.locktype = 'advisory' and a.datname = current_database()`,
      );
    }
    let legacyBrand: string | undefined;
    if (driver === 'pglite') {
      legacyBrand = 'brand_legacy';
      await ensureWorkspace(t.db, LOCAL_WORKSPACE);
      await withWorkspace(t.db, LOCAL_WORKSPACE.id, (tx) =>
        insertBrand(tx, {
          id: 'brand_legacy',
          workspaceId: LOCAL_WORKSPACE.id,
          brand: makeBrand(),
        }),
      );
      await storage.put(imageKey('brand_legacy', 'prod_x', 1, 'webp'), 'webp');
    }

    const next = await start();
    expect(next.swept).toEqual([dead.workspaceId]);
    expect(await leftOf(dead.workspaceId, brandId)).toEqual(nothing);
    if (legacyBrand) expect(await leftOf(LOCAL_WORKSPACE.id, legacyBrand)).toEqual(nothing);
    await next.end();
  });

  if (driver === 'postgres') {
    it('never sweeps a run that is still going in another process', async () => {
      // Another process: its own connections to the same database.
      const backend = jobBackendOf(t);
      if (backend.kind !== 'postgres') throw new Error('expected postgres');
      const pool = new pg.Pool({ connectionString: backend.url, max: 4 });
      const closePool = poolCloser(pool);
      const other = fromPgPool(pool);
      try {
        const live = await start(other);
        const brandId = await progress(live, other);
        const next = await start();
        expect(next.swept).toEqual([]);
        expect(await leftOf(live.workspaceId, brandId)).toMatchObject({ brands: 1, jobRows: 3 });
        await next.end();
        await live.end();
      } finally {
        await closePool();
      }
    });
  }
});
