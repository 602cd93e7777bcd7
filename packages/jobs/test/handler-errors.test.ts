import { createTestDatabase, type TestDatabase } from '@storecraft/db/testing';
import {
  createJobQueue,
  defineJob,
  jobBackendOf,
  type DatabaseStatus,
  type JobQueue,
} from '@storecraft/jobs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { jobRows, seedBrand, testSettings } from './helpers.ts';

/** A handler's refused connection to another service, as Node's sockets report it. */
function refused(port: number): Error {
  return Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), {
    code: 'ECONNREFUSED',
    address: '127.0.0.1',
    port,
  });
}

let t: TestDatabase;
let queue: JobQueue;
const statuses: DatabaseStatus[] = [];

beforeAll(async () => {
  t = await createTestDatabase('pglite');
  queue = await createJobQueue(
    { db: t.db, backend: jobBackendOf(t) },
    { settings: testSettings, onDatabaseStatus: (status) => statuses.push(status) },
  );
});

afterAll(async () => {
  await queue?.close();
  await t?.close();
});

it('fails a job whose storage refuses it on the embedded database, not waiting for the database', async () => {
  const { workspaceId, brandId } = await seedBrand(t.db);
  let calls = 0;
  let maxAttempts = 0;
  const job = defineJob({
    name: 'image',
    payloadSchema: z.object({ n: z.number() }),
    handler(_payload, ctx) {
      calls++;
      maxAttempts = ctx.maxAttempts;
      // The S3 endpoint is down; the embedded database is fine.
      return Promise.reject(refused(9_000));
    },
  });
  const [id] = await queue.enqueue(workspaceId, brandId, job, [{ n: 1 }]);
  const runner = queue.work([job], { concurrency: 1 });
  const counts = await queue.waitForIdle(workspaceId, brandId, { pollMs: 50 });
  await runner.stop();

  expect(counts.failed).toBe(1);
  expect(maxAttempts).toBeGreaterThan(1);
  const row = (await jobRows(t)).find((r) => r.id === id);
  expect(row).toMatchObject({ status: 'failed', attempts: maxAttempts });
  expect(row?.last_error).toMatch(/ECONNREFUSED 127\.0\.0\.1:9000/);
  // One run per attempt: none spent waiting for a database outage that was not there.
  expect(calls).toBe(maxAttempts);
  expect(statuses).toEqual([]);
}, 30_000);
