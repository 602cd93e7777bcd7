import { poolCloser } from '@storecraft/db';
import {
  asOwner,
  createEmptyPostgresDatabase,
  testDrivers,
  type ScratchDatabase,
} from '@storecraft/db/testing';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';

describe.runIf(testDrivers.includes('postgres'))('poolCloser on postgres', () => {
  let scratch: ScratchDatabase | undefined;
  afterEach(async () => {
    await scratch?.drop();
    scratch = undefined;
  });

  const sessionsOn = async (url: string) => {
    const name = new URL(url).pathname.slice(1);
    const rows = await asOwner(url.replace(`/${name}`, '/postgres'), async (client) =>
      client.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      ),
    );
    return rows.rows[0]?.n;
  };

  it('resolves only once every connection has closed, so a drop right after kills no session', async () => {
    scratch = await createEmptyPostgresDatabase();
    const pool = new pg.Pool({ connectionString: scratch.url, max: 6 });
    const close = poolCloser(pool);
    const unheard: unknown[] = [];
    pool.on('error', (error) => unheard.push(error));
    // Six sessions at once, then all idle in the pool.
    await Promise.all(Array.from({ length: 6 }, () => pool.query('select pg_sleep(0.05)')));
    expect(await sessionsOn(scratch.url)).toBe(6);

    await close();
    expect(await sessionsOn(scratch.url)).toBe(0);
    await scratch.drop();
    scratch = undefined;
    expect(unheard).toEqual([]);
  });

  it('is idempotent and waits for a checked-out connection to be released', async () => {
    scratch = await createEmptyPostgresDatabase();
    const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
    const close = poolCloser(pool);
    const client = await pool.connect();
    let closed = false;
    const closing = close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    client.release();
    await Promise.all([closing, close()]);
    expect(closed).toBe(true);
    expect(await sessionsOn(scratch.url)).toBe(0);
  });
});
