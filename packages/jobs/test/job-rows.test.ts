import { sql } from 'drizzle-orm';
import { withWorkspace } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobRows } from '../src/rows/claim-job-row.ts';
import { completeJobRows } from '../src/rows/complete-job-row.ts';
import { insertJobRows } from '../src/rows/insert-job-rows.ts';
import { seedBrand } from './helpers.ts';

describe.each(testDrivers)('job rows in batches on %s', (driver) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(() => t?.close());

  it('claims what it can and says why it could not claim the rest', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const [pending, running, done, exhausted] = await withWorkspace(t.db, workspaceId, (tx) =>
      insertJobRows(tx, {
        workspaceId,
        brandId,
        kind: 'image',
        payloads: [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }],
        maxAttempts: 2,
      }),
    );
    if (!pending || !running || !done || !exhausted) throw new Error('rows missing');
    await withWorkspace(t.db, workspaceId, async (tx) => {
      await tx.execute(
        sql`update generation_jobs set status = 'running', attempts = 1 where id = ${running.id}`,
      );
      await tx.execute(
        sql`update generation_jobs set status = 'done', attempts = 1 where id = ${done.id}`,
      );
      await tx.execute(
        sql`update generation_jobs set status = 'running', attempts = 2 where id = ${exhausted.id}`,
      );
    });

    const outcomes = await withWorkspace(t.db, workspaceId, (tx) =>
      claimJobRows(tx, [
        { id: pending.id, leaseSeconds: 60 },
        { id: running.id, leaseSeconds: 120 },
        { id: done.id, leaseSeconds: 60 },
        { id: exhausted.id, leaseSeconds: 60 },
        { id: 'job_gone', leaseSeconds: 60 },
      ]),
    );

    expect(outcomes.get(pending.id)).toEqual({
      claimed: true,
      row: { ...pending, attempts: 1, payload: { n: 1 } },
    });
    // A running row delivered again lost its previous claim: taken over, next attempt.
    expect(outcomes.get(running.id)).toEqual({
      claimed: true,
      row: { ...running, attempts: 2, payload: { n: 2 } },
    });
    expect(outcomes.get(done.id)).toEqual({
      claimed: false,
      reason: 'finished',
      status: 'done',
      attempts: 1,
    });
    expect(outcomes.get(exhausted.id)).toEqual({
      claimed: false,
      reason: 'exhausted',
      status: 'running',
      attempts: 2,
    });
    expect(outcomes.get('job_gone')).toEqual({ claimed: false, reason: 'missing' });

    const leases = await t.raw(
      `select id, status, round(extract(epoch from lease_expires_at - started_at))::int as lease
       from generation_jobs where id = any($1::text[]) order by id`,
      [[pending.id, running.id]],
    );
    expect(Object.fromEntries(leases.map((row) => [row.id, [row.status, row.lease]]))).toEqual({
      [pending.id]: ['running', 60],
      [running.id]: ['running', 120],
    });
  });

  it('completes a batch of attempts, leaving rows another attempt took over alone', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const rows = await withWorkspace(t.db, workspaceId, (tx) =>
      insertJobRows(tx, { workspaceId, brandId, kind: 'image', payloads: [{ n: 1 }, { n: 2 }] }),
    );
    const [first, second] = rows;
    if (!first || !second) throw new Error('rows missing');
    await withWorkspace(t.db, workspaceId, (tx) =>
      claimJobRows(
        tx,
        rows.map((row) => ({ id: row.id, leaseSeconds: 60 })),
      ),
    );

    const completed = await withWorkspace(t.db, workspaceId, (tx) =>
      completeJobRows(tx, [
        { id: first.id, attempt: 1 },
        // Attempt 1 of the second row was taken over by attempt 2 meanwhile.
        { id: second.id, attempt: 2 },
      ]),
    );

    expect([...completed]).toEqual([first.id]);
    const statuses = await t.raw(
      `select id, status from generation_jobs where id = any($1::text[])`,
      [[first.id, second.id]],
    );
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [first.id]: 'done',
      [second.id]: 'running',
    });
  });
});
