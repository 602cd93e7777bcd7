import { AppError } from '@storecraft/core';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { defineJob } from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createOutputTable,
  jobRows,
  openQueue,
  seedBrand,
  storingJob,
  waitUntil,
  type QueueUnderTest,
} from './helpers.ts';

/** FNV-1a with a murmur finaliser: a stable hash in [0, 1), so failures repeat on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

// With this seed 30 % of calls fail: 14 of 60 jobs need a retry and 2 fail all three attempts.
const SEED = 'retries-2';
const FAILURE_RATE = 0.3;

/** Whether the provider's `call`-th call for `key` fails: seeded, independent of timing. */
const failsOn = (key: string, call: number) => hash(`${SEED}:${key}:${call}`) < FAILURE_RATE;

/** A provider that fails 30 % of calls, deterministically per key and call number. */
function createFlakyProvider() {
  const calls = new Map<string, number>();
  return {
    calls,
    generate(key: string): string {
      const call = (calls.get(key) ?? 0) + 1;
      calls.set(key, call);
      if (failsOn(key, call)) {
        throw new AppError('PROVIDER_FAILED', `provider failed call ${call} for ${key}`);
      }
      return `image for ${key}`;
    },
  };
}

const JOBS = 60;

describe.each(testDrivers)('retries on %s', (driver) => {
  let t: TestDatabase;
  let q: QueueUnderTest;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    q = await openQueue(t);
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it('ends every job done or failed within 3 attempts, recording attempts and the last error', async () => {
    const { workspaceId, brandId } = await seedBrand(t.db);
    const provider = createFlakyProvider();
    const job = defineJob({
      name: 'image',
      payloadSchema: z.object({ n: z.number(), rejected: z.boolean().optional() }),
      async handler(payload) {
        if (payload.rejected) {
          // The provider refused the prompt: another attempt would be refused too.
          throw new AppError('INVALID_INPUT', `prompt ${payload.n} rejected`);
        }
        provider.generate(`item-${payload.n}`);
        await Promise.resolve();
      },
    });
    // What the seeded provider will do, worked out ahead: the attempt that first succeeds.
    const expected = new Map<number, { status: 'done' | 'failed'; attempts: number }>();
    for (let n = 0; n < JOBS; n++) {
      const success = [1, 2, 3].find((call) => !failsOn(`item-${n}`, call));
      expected.set(
        n,
        success ? { status: 'done', attempts: success } : { status: 'failed', attempts: 3 },
      );
    }
    const retried = [...expected.values()].filter((e) => e.status === 'done' && e.attempts > 1);
    const exhausted = [...expected.values()].filter((e) => e.status === 'failed');
    expect(retried.length).toBeGreaterThan(10);
    expect(exhausted.length).toBeGreaterThanOrEqual(1);

    const payloads = [
      ...Array.from({ length: JOBS }, (_, n) => ({ n })),
      { n: 1000, rejected: true },
      { n: 1001, rejected: true },
    ];
    await q.queue.enqueue(workspaceId, brandId, job, payloads);
    const runner = q.queue.work([job], { concurrency: 8 });
    const counts = await q.queue.waitForIdle(workspaceId, brandId, { pollMs: 100 });
    await runner.stop();

    expect(counts.total).toBe(JOBS + 2);
    expect(counts.done + counts.failed).toBe(JOBS + 2);
    const rows = await jobRows(t);
    for (const row of rows) {
      const n = row.payload.n ?? -1;
      if (n >= 1000) {
        // Not retryable: failed on the first attempt.
        expect(row).toMatchObject({ status: 'failed', attempts: 1 });
        expect(row.last_error).toBe(`INVALID_INPUT: prompt ${n} rejected`);
        continue;
      }
      const want = expected.get(n);
      expect({ n, status: row.status, attempts: row.attempts }).toEqual({ n, ...want });
      // Each attempt called the provider once: no attempt ran twice.
      expect(provider.calls.get(`item-${n}`)).toBe(row.attempts);
      if (row.status === 'failed') {
        expect(row.last_error).toBe(`PROVIDER_FAILED: provider failed call 3 for item-${n}`);
        expect(row.finished_at).toBeInstanceOf(Date);
      }
      if (row.status === 'done' && row.attempts > 1) {
        // The last failure is kept even though a later attempt succeeded.
        expect(row.last_error).toContain('PROVIDER_FAILED');
      }
    }
    expect(q.errors).toEqual([]);
  }, 60_000);
});

describe.each(testDrivers)('fairness between workspaces on %s', (driver) => {
  let t: TestDatabase;
  let q: QueueUnderTest;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await createOutputTable(t.db);
    q = await openQueue(t);
  });

  afterAll(async () => {
    await q?.queue.close();
    await t?.close();
  });

  it("does not let a workspace's 300 jobs starve another's 10", async () => {
    const a = await seedBrand(t.db);
    const b = await seedBrand(t.db);
    const job = storingJob(t.db, { sleepMs: 20 });
    await q.queue.enqueue(
      a.workspaceId,
      a.brandId,
      job,
      Array.from({ length: 300 }, (_, n) => ({ n })),
    );
    const runner = q.queue.work([job], { concurrency: 4 });
    // A alone gets every slot…
    await waitUntil(async () => (await doneOf(a.workspaceId)).length >= 10);
    const aDoneBeforeB = (await doneOf(a.workspaceId)).length;
    await q.queue.enqueue(
      b.workspaceId,
      b.brandId,
      job,
      Array.from({ length: 10 }, (_, n) => ({ n })),
    );
    await q.queue.waitForIdle(b.workspaceId, b.brandId, { pollMs: 20 });
    const bFinishedAt = Math.max(...(await doneOf(b.workspaceId)).map((d) => d.getTime()));
    const aDoneWhenBFinished = (await doneOf(a.workspaceId)).filter(
      (d) => d.getTime() <= bFinishedAt,
    ).length;
    await q.queue.waitForIdle(a.workspaceId, a.brandId, { pollMs: 100 });
    await runner.stop();

    const aFinished = (await doneOf(a.workspaceId)).map((d) => d.getTime()).sort((x, y) => x - y);
    expect(aFinished).toHaveLength(300);
    console.info(
      `${driver}: A had ${aDoneBeforeB} done when B enqueued 10; B finished when A had ${aDoneWhenBFinished} done`,
    );
    // …but once B waits, B gets its share: B's last job ends long before A's 100th.
    expect(bFinishedAt).toBeLessThan(aFinished[99] ?? 0);
    // With 4 slots and at least 2 for B, B's 10 jobs take about 5 rounds; A gets the other slots.
    expect(aDoneWhenBFinished - aDoneBeforeB).toBeLessThan(40);
  }, 60_000);

  it('alternates workspaces on a single slot', async () => {
    const a = await seedBrand(t.db);
    const b = await seedBrand(t.db);
    const job = storingJob(t.db, { sleepMs: 10 });
    await q.queue.enqueue(
      a.workspaceId,
      a.brandId,
      job,
      Array.from({ length: 30 }, (_, n) => ({ n })),
    );
    const runner = q.queue.work([job], { concurrency: 1 });
    await waitUntil(async () => (await doneOf(a.workspaceId)).length >= 3);
    const aDoneBeforeB = (await doneOf(a.workspaceId)).length;
    await q.queue.enqueue(
      b.workspaceId,
      b.brandId,
      job,
      Array.from({ length: 3 }, (_, n) => ({ n })),
    );
    await q.queue.waitForIdle(b.workspaceId, b.brandId, { pollMs: 20 });
    const bFinishedAt = Math.max(...(await doneOf(b.workspaceId)).map((d) => d.getTime()));
    await q.queue.waitForIdle(a.workspaceId, a.brandId, { pollMs: 50 });
    await runner.stop();
    const aFinished = (await doneOf(a.workspaceId)).map((d) => d.getTime()).sort((x, y) => x - y);
    // B, A, B, A, B: B's three jobs are done within about six claims of arriving.
    expect(bFinishedAt).toBeLessThan(aFinished[aDoneBeforeB + 5] ?? 0);
  });

  async function doneOf(workspaceId: string): Promise<Date[]> {
    return (await jobRows(t))
      .filter((row) => row.workspace_id === workspaceId && row.status === 'done')
      .map((row) => row.finished_at ?? new Date(0));
  }
});
