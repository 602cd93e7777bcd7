import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, DatabaseHandle } from './database.ts';
import { lockDataDir } from './pglite-lock.ts';
import * as schema from './schema/index.ts';

export type DatabaseOptions =
  { driver: 'pglite'; dataDir: string } | { driver: 'postgres'; url: string; poolMax: number };

/**
 * Opens the database the config names. Call it once in the composition root and pass the handle
 * down; there is no module-level instance.
 */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  switch (options.driver) {
    case 'pglite': {
      const lock = lockDataDir(options.dataDir);
      try {
        const client = await PGlite.create(options.dataDir);
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
      const pool = new pg.Pool({ connectionString: options.url, max: options.poolMax });
      return { db: fromPgPool(pool), driver: 'postgres', close: () => pool.end() };
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

function assertNever(value: never): never {
  throw new Error(`Unknown database driver ${JSON.stringify(value)}`);
}
