import { setTimeout as sleep } from 'node:timers/promises';
import {
  createEmptyPostgresDatabase,
  testDrivers,
  type ScratchDatabase,
} from '@storecraft/db/testing';
import { poolCloser } from '@storecraft/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimits, type RateLimits } from '../src/rate-limits.ts';

const SETTLE_MS = 30;

/**
 * The API class's counters in PostgreSQL, shared by server processes and settled in batches: each
 * `createRateLimits` here stands for one process.
 */
describe.skipIf(!testDrivers.includes('postgres'))('rate limits in PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let pool: pg.Pool;
  let closePool: (() => Promise<void>) | undefined;
  let storeQueries = 0;

  beforeAll(async () => {
    scratch = await createEmptyPostgresDatabase();
    pool = new pg.Pool({ connectionString: scratch.url, max: 4 });
    closePool = poolCloser(pool);
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    pool.query = ((...args: unknown[]) => {
      storeQueries += 1;
      return query(...args);
    }) as typeof pool.query;
  });
  afterAll(async () => {
    await closePool?.();
    await scratch?.drop();
  });

  const open = (api: number) =>
    createRateLimits(
      { api },
      { pool, settleEveryMs: SETTLE_MS, onError: (e) => expect(e).toBeUndefined() },
    );

  async function spend(limits: RateLimits, client: string, calls: number) {
    const verdicts = [];
    for (let i = 0; i < calls; i++) verdicts.push(await limits.consume('api', client));
    return {
      allowed: verdicts.filter((v) => v.allowed).length,
      retryAfter: verdicts.find((v) => !v.allowed)?.retryAfterSeconds,
    };
  }

  it('holds a client to its budget across processes', async () => {
    const [a, b] = [await open(50), await open(50)];
    expect(await spend(a, '10.0.0.1', 30)).toEqual({ allowed: 30, retryAfter: undefined });
    await sleep(SETTLE_MS * 4);
    // B learns A's 30 from the store on its first call and allows the rest of the budget.
    const seenByB = await spend(b, '10.0.0.1', 30);
    expect(seenByB.allowed).toBe(20);
    expect(seenByB.retryAfter).toBeGreaterThanOrEqual(1);
    expect(seenByB.retryAfter).toBeLessThanOrEqual(60);
    await sleep(SETTLE_MS * 4);
    // Once both have settled, A refuses too (it had only seen its own 30).
    await a.consume('api', '10.0.0.1');
    await sleep(SETTLE_MS * 4);
    expect(await a.consume('api', '10.0.0.1')).toMatchObject({ allowed: false });
    // Other clients have budgets of their own.
    expect(await a.consume('api', '10.0.0.2')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('writes to the store once per client per settlement, not once per request', async () => {
    const limits = await open(10_000);
    storeQueries = 0;
    const burst = await spend(limits, '10.0.0.3', 1_000);
    await sleep(SETTLE_MS * 4);
    expect(burst.allowed).toBe(1_000);
    // Unbatched, this would be 1,000 round trips; a slow machine may settle a few times mid-burst.
    expect(storeQueries).toBeGreaterThanOrEqual(2);
    expect(storeQueries).toBeLessThan(50);
    const row = await pool.query<{ points: number }>(
      `select points from storecraft_rate_limits where key = 'storecraft_api:10.0.0.3'`,
    );
    expect(row.rows[0]?.points).toBe(1_000);
  });
});
