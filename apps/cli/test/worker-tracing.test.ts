import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { newId } from '@storecraft/core';
import { rowsOf, withWorkspace } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import {
  catalogBuildJob,
  createBrand,
  ensureWorkspace,
  renderImageJob,
  startCatalogBuild,
} from '@storecraft/services';
import { createMemoryStorage } from '@storecraft/storage';
import { requestContext, tracedJob, tracingQueue } from '@storecraft/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { spawnCli } from './spawn-cli.ts';

const postgresOnly = testDrivers.includes('postgres') ? describe : describe.skip;

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const TRACEPARENT = `00-${TRACE_ID}-b7ad6b7169203331-01`;

/**
 * With DATABASE_URL, `storecraft worker` processes run the builds the API starts: the build a
 * request enqueued must carry on that request's trace in the worker, and its spans reach the OTLP
 * endpoint the worker is given.
 */
postgresOnly('storecraft worker and traces', () => {
  let t: TestDatabase;
  let url: string;
  let queue: JobQueue;
  let collector: http.Server;
  const received: Buffer[] = [];

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    const backend = jobBackendOf(t);
    if (backend.kind !== 'postgres') throw new Error('expected postgres');
    url = backend.url;
    queue = await createJobQueue({ db: t.db, backend });
    collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces') received.push(Buffer.concat(chunks));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  }, 180_000);

  afterAll(async () => {
    await queue?.close();
    collector?.close();
    await t?.close();
  });

  it("continues the trace of the request that started the build, and exports the job's span", async () => {
    const workspaceId = newId('workspace');
    await ensureWorkspace(t.db, {
      id: workspaceId,
      name: 'Traced',
      slug: `t-${workspaceId.slice(-10)}`,
    });
    const brand = await withWorkspace(t.db, workspaceId, (tx) =>
      createBrand(tx, workspaceId, { niche: 'specialty coffee', seed: 'trace' }),
    );
    // The web server's side: the request's context, its traced queue and job definitions.
    const storage = createMemoryStorage();
    const image = tracedJob(
      renderImageJob({
        db: t.db,
        storage,
        renderer: { render: () => Promise.reject(new Error('not here')) },
      }),
    );
    const catalog = tracedJob(
      catalogBuildJob({ db: t.db, storage, queue: tracingQueue(queue), imageJob: image }),
    );
    const { jobId } = await requestContext.run({ requestId: 'r1', traceparent: TRACEPARENT }, () =>
      startCatalogBuild({ db: t.db, queue: tracingQueue(queue), jobs: { catalog } }, workspaceId, {
        brandId: brand.id,
        size: 2,
        images: false,
      }),
    );

    const { port } = collector.address() as AddressInfo;
    const worker = spawnCli(tempDir(), ['worker', '--concurrency', '2'], {
      DATABASE_URL: url,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    });
    let exited = false;
    void worker.exited.then(() => (exited = true));
    const statusOf = async () =>
      rowsOf<{ status: string }>(
        await t.db.execute(`select status from generation_jobs where id = '${jobId}'`),
      )[0]?.status;
    while ((await statusOf()) !== 'done') {
      if (exited) throw new Error(`the worker exited:\n${worker.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Stopping flushes the exporter.
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });

    const all = Buffer.concat(received);
    const text = all.toString('latin1');
    const traced =
      all.includes(Buffer.from(TRACE_ID, 'hex')) ||
      text.includes(TRACE_ID) ||
      text.includes(Buffer.from(TRACE_ID, 'hex').toString('base64'));
    expect(traced, worker.output()).toBe(true);
    expect(text).toContain('job catalog');
    expect(text).toContain('storecraft-worker');
  }, 180_000);
});
