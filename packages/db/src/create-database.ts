import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, DatabaseHandle } from './database.ts';
import { lockDataDir } from './pglite-lock.ts';
import { poolCloser } from './pool-closer.ts';
import * as schema from './schema/index.ts';

export type DatabaseOptions =
  { driver: 'pglite'; dataDir: string } | { driver: 'postgres'; url: string; poolMax: number };

export interface DatabaseHooks {
  /**
   * A pooled PostgreSQL connection died while idle (the server restarted or ended the session).
   * The pool has already dropped it and opens a new one on demand; default: ignored.
   */
  onIdleConnectionError?: (error: Error) => void;
}

/**
 * PGlite's defaults plus a small buffer cache. PGlite sizes Postgres's cache at 160 MB, inside the
 * WebAssembly heap, which never shrinks and fills up as a long run touches pages. The embedded
 * database is a single session whose working set (a run's catalog and its jobs) is a few MB; pages
 * beyond the cache come from the OS page cache. Measured on a 200-product CLI run with images:
 * peak RSS 323–333 MB against 488–491 MB, and no slower (main-thread CPU 10.6–11.2 s against
 * 11.4–13.7 s).
 */
const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Opens the database the config names. Call it once in the composition root and pass the handle
 * down; there is no module-level instance.
 */
export async function createDatabase(
  options: DatabaseOptions,
  hooks: DatabaseHooks = {},
): Promise<DatabaseHandle> {
  switch (options.driver) {
    case 'pglite': {
      const lock = lockDataDir(options.dataDir);
      try {
        const client = await PGlite.create(options.dataDir, { startParams: pgliteStartParams });
        return {
          db: fromPglite(client),
          driver: 'pglite',
          async close() {
            try {
              await client.close();
            } finally {
              lock.release();
            }
          },
        };
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    case 'postgres': {
      const pool = new pg.Pool({
        connectionString: options.url,
        max: options.poolMax,
        application_name: 'storecraft',
        // A server that does not answer fails the query after 10 s instead of hanging it.
        connectionTimeoutMillis: 10_000,
      });
      // A connection that dies while idle in the pool (server restart, pg_terminate_backend) is
      // dropped and replaced on the next query; unheard, its 'error' event would end the process.
      pool.on('error', hooks.onIdleConnectionError ?? ignore);
      releaseDeadCheckouts(pool);
      return { db: fromPgPool(pool), driver: 'postgres', close: poolCloser(pool) };
    }
    default:
      return assertNever(options);
  }
}

/** Wraps an open PGlite client (its owner closes it). */
export function fromPglite(client: PGlite): Database {
  return drizzlePglite({ client, schema });
}

/** Wraps a node-postgres pool (its owner ends it). */
export function fromPgPool(pool: pg.Pool): Database {
  return drizzlePostgres({ client: pool, schema });
}

function ignore(): void {}

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/**
 * A checked-out client whose connection dies is given back to the pool at once (which discards
 * it), and its owner's own release later does nothing. Without this, the process dies on the
 * client's unheard 'error' event, and a Drizzle transaction whose BEGIN fails never releases its
 * client: each server restart would leak pool slots until the pool is empty and `end()` hangs.
 */
function releaseDeadCheckouts(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (callback: ConnectCallback) => void;
  const guarded = (callback: ConnectCallback) =>
    connect((error, client, done) => {
      if (client) releaseOnDeath(client);
      callback(error, client, client ? (release) => client.release(release as boolean) : done);
    });
  // pg-pool's own query() checks out through this method too, with a callback.
  pool.connect = ((callback?: ConnectCallback) => {
    if (callback) return guarded(callback);
    return new Promise<pg.PoolClient>((resolve, reject) =>
      guarded((error, client) =>
        client ? resolve(client) : reject(error ?? new Error('no client')),
      ),
    );
  }) as pg.Pool['connect'];
}

function releaseOnDeath(client: pg.PoolClient): void {
  const release = client.release.bind(client);
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.off('error', releaseOnce);
    release(error);
  };
  client.on('error', releaseOnce);
  client.release = releaseOnce;
}

function assertNever(value: never): never {
  throw new Error(`Unknown database driver ${JSON.stringify(value)}`);
}
