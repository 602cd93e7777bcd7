import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '@storecraft/config';
import pg from 'pg';
import { fromPglite, fromPgPool } from '../create-database.ts';
import type { DatabaseDriver, DatabaseHandle } from '../database.ts';
import { migrate } from '../migrate.ts';
import { pgErrorOf } from '../pg-error.ts';
import { poolCloser } from '../pool-closer.ts';

/**
 * Test databases: a fresh, migrated database per test file, on PGlite always and on PostgreSQL
 * when DATABASE_URL is set (CI sets it). PGlite is migrated once per worker and cloned per call
 * (≈0.4 s instead of 1.5–5 s for a new instance).
 */
export interface TestDatabase extends DatabaseHandle {
  /** Owner-level SQL for seeding and inspection (bypasses RLS on PGlite: superuser). */
  raw(sqlText: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

const config = loadConfig(process.env);

/** The drivers the suite runs on here: PGlite, plus Postgres when DATABASE_URL is set. */
export const testDrivers: DatabaseDriver[] =
  config.database.driver === 'postgres' ? ['pglite', 'postgres'] : ['pglite'];

let template: Promise<PGlite> | undefined;

async function migratedTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = await PGlite.create();
    await migrate(fromPglite(client));
    return client;
  })();
  return template;
}

export async function createTestDatabase(driver: DatabaseDriver = 'pglite'): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const client = (await (await migratedTemplate()).clone()) as PGlite;
    return {
      db: fromPglite(client),
      driver,
      raw: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
      close: () => client.close(),
    };
  }
  if (config.database.driver !== 'postgres') {
    throw new Error('createTestDatabase("postgres") needs DATABASE_URL');
  }
  // Created, migrated and seeded as the owner.
  const scratch = await createEmptyPostgresDatabase();
  const pool = new pg.Pool({ connectionString: scratch.url, max: 8 });
  const closePool = poolCloser(pool);
  const db = fromPgPool(pool);
  try {
    await migrate(db);
  } catch (error) {
    await closePool();
    await scratch.drop();
    throw error;
  }
  return {
    db,
    driver,
    raw: async (text, params) => (await pool.query<Record<string, unknown>>(text, params)).rows,
    async close() {
      // Every session must be gone before the drop: it terminates the ones left.
      await closePool();
      await scratch.drop();
    },
  };
}

/** A scratch PostgreSQL database, dropped by `drop()`. */
export interface ScratchDatabase {
  /** The owner's URL for it (MIGRATION_DATABASE_URL when set, else DATABASE_URL). */
  url: string;
  drop(): Promise<void>;
}

/** An empty PostgreSQL database, not migrated: for tests that migrate it themselves. */
export async function createEmptyPostgresDatabase(): Promise<ScratchDatabase> {
  if (config.database.driver !== 'postgres') {
    throw new Error('createEmptyPostgresDatabase() needs DATABASE_URL');
  }
  const serverUrl = config.database.migrationUrl;
  const name = `storecraft_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await asOwner(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await asOwner(serverUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      );
    },
  };
}

/** A login role created for one test, and the URL that connects as it. */
export interface TestLoginRole {
  name: string;
  url: string;
  /** Drops the role (drop the databases it used first). */
  drop(): Promise<void>;
}

/**
 * A login role with no special rights (NOSUPERUSER NOBYPASSRLS), as the README's runtime role
 * starts out, connecting to `databaseUrl`'s database with a password. Grant it what it needs.
 */
export async function createLoginRole(databaseUrl: string): Promise<TestLoginRole> {
  if (config.database.driver !== 'postgres')
    throw new Error('createLoginRole() needs DATABASE_URL');
  // Roles belong to the server, not to the database: made and dropped from the server URL.
  const serverUrl = config.database.migrationUrl;
  const name = `storecraft_login_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const password = Math.random().toString(36).slice(2);
  await asOwner(serverUrl, (client) =>
    client.query(
      `create role "${name}" login password '${password}' nosuperuser nobypassrls nocreatedb nocreaterole`,
    ),
  );
  const url = new URL(databaseUrl);
  url.username = name;
  url.password = password;
  return {
    name,
    url: url.toString(),
    async drop() {
      await asOwner(serverUrl, (client) => client.query(`drop role if exists "${name}"`));
    },
  };
}

/** Runs `fn` on a short-lived connection to `url` (as whoever the URL names), then closes it. */
export async function asOwner<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Awaits a promise that must fail with a database error and returns that error's details. */
export async function dbErrorOf(
  promise: Promise<unknown>,
): Promise<{ code: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const info = pgErrorOf(error);
    if (info) return info;
    throw error;
  }
  throw new Error('expected a database error, but the statement succeeded');
}
export * from './factories.ts';
