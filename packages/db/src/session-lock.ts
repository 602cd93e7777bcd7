import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from './database.ts';
import { rowsOf } from './migrate.ts';

/** A session-level advisory lock held on a connection of its own. */
export interface SessionLock {
  /** Unlocks and gives the connection back. Idempotent. */
  release(): Promise<void>;
}

/**
 * Takes the advisory lock named `key` and holds it until `release()` — or until this process dies:
 * the server frees a session lock with its session, so on PostgreSQL a lock nobody holds means its
 * owner is gone, on this host or any other. Returns undefined when another session holds it.
 *
 * On PGlite there is one session, and locks are re-entrant within a session: the lock is always
 * granted. (One process owns a PGlite directory, so there is nobody to exclude.)
 */
export async function trySessionLock(db: Database, key: string): Promise<SessionLock | undefined> {
  const client: unknown = (db as unknown as { $client?: unknown }).$client;
  if (!(client instanceof pg.Pool)) {
    const [row] = rowsOf<{ locked: boolean }>(
      await db.execute(sql`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as locked`),
    );
    if (!row?.locked) return undefined;
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        await db.execute(sql`select pg_advisory_unlock(hashtextextended(${key}, 0))`);
      },
    };
  }

  const connection = await client.connect();
  // The lock lives as long as this connection. If the server drops it, the lock is gone with it:
  // the connection goes back to the pool (to be discarded) and release() has nothing left to do.
  let lost = false;
  let returned = false;
  const giveBack = (discard: boolean) => {
    if (returned) return;
    returned = true;
    connection.off('error', onError);
    connection.release(discard);
  };
  const onError = () => {
    lost = true;
    giveBack(true);
  };
  connection.on('error', onError);
  let locked = false;
  try {
    const { rows } = await connection.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtextextended($1, 0)) as locked',
      [key],
    );
    locked = rows[0]?.locked === true;
  } finally {
    if (!locked) giveBack(lost);
  }
  if (!locked) return undefined;
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      if (lost) return;
      const failed = await connection
        .query('select pg_advisory_unlock(hashtextextended($1, 0))', [key])
        .then(
          () => false,
          () => true,
        );
      // A connection whose unlock failed is closed rather than pooled, and its locks with it.
      giveBack(failed);
    },
  };
}
