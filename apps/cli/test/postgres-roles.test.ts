import { sql } from 'drizzle-orm';
import pg from 'pg';
import { newId } from '@storecraft/core';
import { fromPgPool, poolCloser, rowsOf, withWorkspace, type Database } from '@storecraft/db';
import {
  createEmptyPostgresDatabase,
  createLoginRole,
  dbErrorOf,
  seedWorkspace,
  testDrivers,
  type ScratchDatabase,
  type TestLoginRole,
} from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf } from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { cliWith } from './spawn-cli.ts';

const SUPERUSER_WARNING = 'warning: DATABASE_URL connects as a superuser';

/**
 * The README's production set-up: the owner migrates (MIGRATION_DATABASE_URL), the app connects
 * as a login role that is neither superuser nor BYPASSRLS nor owner (DATABASE_URL).
 */
describe.skipIf(!testDrivers.includes('postgres'))('PostgreSQL with a runtime role', () => {
  let database: ScratchDatabase;
  let runtime: TestLoginRole;
  let owner: pg.Pool;
  let ownerDb: Database;
  let runtimePool: pg.Pool;
  let runtimeDb: Database;
  /** Resolve once every connection has ended: a drop right after `end()` hit sessions still closing (57P01). */
  const closers: (() => Promise<void>)[] = [];
  let env: Record<string, string>;
  let migrated: Awaited<ReturnType<typeof cliWith>>;

  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    runtime = await createLoginRole(database.url);
    owner = new pg.Pool({ connectionString: database.url, max: 2 });
    closers.push(poolCloser(owner));
    ownerDb = fromPgPool(owner);
    runtimePool = new pg.Pool({ connectionString: runtime.url, max: 4 });
    closers.push(poolCloser(runtimePool));
    runtimeDb = fromPgPool(runtimePool);
    env = {
      STORECRAFT_HOME: tempDir('storecraft-roles-home-'),
      DATABASE_URL: runtime.url,
      MIGRATION_DATABASE_URL: database.url,
    };
    migrated = await cliWith(env, 'db', 'migrate');
    if (migrated.code !== 0) throw new Error(`db migrate failed:\n${migrated.err}`);
    // What the README tells an operator to run once the roles exist.
    await owner.query(`grant storecraft_app, storecraft_runtime to "${runtime.name}"`);
  });

  afterAll(async () => {
    for (const close of closers) await close();
    await database?.drop();
    await runtime?.drop();
  });

  it('db migrate runs as the owner; the runtime role then generates a catalog with images', async () => {
    expect(migrated.err).toBe('');
    expect(migrated.out).toMatch(/^Applied \d+ migrations to PostgreSQL/);
    const out = tempDir('storecraft-roles-out-');
    const run = await cliWith(
      env,
      'generate',
      '--niche',
      'specialty coffee',
      '--products',
      '3',
      '--seed',
      'roles',
      '--out',
      out,
    );
    expect(run.err).not.toContain('warning:');
    expect(run.err).not.toContain('error');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/images\s+\d+ rendered/);
  });

  it('runs on DATABASE_URL alone once migrated, and says what to do when the schema is behind', async () => {
    const { MIGRATION_DATABASE_URL: _, ...runtimeOnly } = env;
    const args = ['generate', '--niche', 'tea', '--products', '1', '--out', tempDir()];
    const run = await cliWith(runtimeOnly, ...args);
    expect(run.err).not.toContain('error');
    expect(run.code).toBe(0);

    const empty = await createEmptyPostgresDatabase();
    try {
      const url = new URL(runtime.url);
      url.pathname = new URL(empty.url).pathname;
      const behind = await cliWith({ ...runtimeOnly, DATABASE_URL: url.toString() }, ...args);
      expect(behind.code).toBe(2);
      expect(behind.err).toMatch(
        /^error: The database needs \d+ migrations that DATABASE_URL's role may not apply: run `storecraft db migrate` with MIGRATION_DATABASE_URL set to the owner/,
      );
    } finally {
      await empty.drop();
    }
  });

  it('keeps a runtime role that resets its role inside a tenant transaction in its workspace', async () => {
    const [mine, theirs] = [await seedWorkspace(ownerDb, 1), await seedWorkspace(ownerDb, 1)];
    const brandsSeenAfterReset = async (db: Database) =>
      withWorkspace(db, mine.workspaceId, async (tx) => {
        await tx.execute(sql`reset role`);
        const rows = rowsOf<{ workspace_id: string }>(
          await tx.execute(sql`select distinct workspace_id from brands`),
        );
        return rows.map((row) => row.workspace_id);
      });

    // The owner is a superuser: one `reset role` and every workspace is in reach. That is the hole.
    expect(await brandsSeenAfterReset(ownerDb)).toEqual(
      expect.arrayContaining([mine.workspaceId, theirs.workspaceId]),
    );
    // The runtime role stays under the policies.
    expect(await brandsSeenAfterReset(runtimeDb)).toEqual([mine.workspaceId]);
    expect(
      rowsOf<{ n: number }>(await runtimeDb.execute(sql`select count(*)::int as n from brands`))[0]
        ?.n,
    ).toBe(0);

    const inTenantTx = (statement: string) =>
      withWorkspace(runtimeDb, mine.workspaceId, (tx) => tx.execute(sql.raw(statement)));
    expect((await dbErrorOf(inTenantTx('set role postgres'))).code).toBe('42501');
    expect(
      (await dbErrorOf(inTenantTx('alter table brands disable row level security'))).code,
    ).toBe('42501');
  });

  it('lets the runtime role recover lost jobs in every workspace', async () => {
    // A row whose enqueue died before pg-boss heard of it, in a workspace the queue does not know.
    const { workspaceId, brandId } = await seedWorkspace(ownerDb, 1);
    await owner.query(
      `insert into generation_jobs (id, workspace_id, brand_id, kind, payload) values ($1, $2, $3, 'image', '{}')`,
      [newId('generationJob'), workspaceId, brandId],
    );
    const errors: unknown[] = [];
    const queue = await createJobQueue(
      { db: runtimeDb, backend: jobBackendOf({ db: runtimeDb, driver: 'postgres' }) },
      { onError: (error) => errors.push(error) },
    );
    try {
      expect((await queue.recover()).resent).toBeGreaterThanOrEqual(1);
    } finally {
      await queue.close();
    }
    expect(errors).toEqual([]);
  });

  it('warns when DATABASE_URL connects as a superuser, unless LOG_LEVEL=error', async () => {
    const { MIGRATION_DATABASE_URL: _, ...rest } = env;
    const asOwner = { ...rest, DATABASE_URL: database.url };
    const args = ['generate', '--niche', 'tea', '--products', '1', '--out', tempDir()];
    const warned = await cliWith(asOwner, ...args);
    expect(warned.code).toBe(0);
    expect(warned.err).toContain(
      `${SUPERUSER_WARNING}: row-level security can be bypassed; see README "Using PostgreSQL"\n`,
    );
    const quiet = await cliWith({ ...asOwner, LOG_LEVEL: 'error' }, ...args);
    expect(quiet.code).toBe(0);
    expect(quiet.err).not.toContain(SUPERUSER_WARNING);
  });
});
