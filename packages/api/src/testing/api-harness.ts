import { loadConfig } from '@storecraft/config';
import type { DatabaseDriver } from '@storecraft/db';
import { createTestDatabase, type TestDatabase } from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf, type JobQueue, type JobRunner } from '@storecraft/jobs';
import { createGenerationJobs, type GenerationJobs } from '@storecraft/services';
// Pictures are drawn by @storecraft/images (the services pipeline test covers them); the gateway's
// tests only need image jobs to run to the end.
import { tinyRenderer } from '@storecraft/services/testing';
import { createMemoryStorage, type MemoryFileStorage } from '@storecraft/storage';
import { createContext, type ApiDeps } from '../context.ts';
import { handleTrpcRequest } from '../fetch-handler.ts';
import { createCaller } from '../root.ts';
import { createMemoryAuth, type TestAccounts } from './memory-auth.ts';
import { createRealTestAuth } from './real-auth.ts';

/**
 * The gateway on a real migrated database (PGlite, or Postgres when DATABASE_URL is set), the real
 * job queue with an in-process worker, and in-memory storage and accounts.
 */
export interface ApiHarness {
  t: TestDatabase;
  deps: ApiDeps;
  auth: TestAccounts;
  storage: MemoryFileStorage;
  jobs: GenerationJobs;
  queue: JobQueue;
  /** A caller acting with these headers (see MemoryAuth.as / asKey). */
  caller(headers: Headers): Promise<ReturnType<typeof createCaller>>;
  /** One HTTP request through the fetch adapter, as apps/web serves it. */
  http(
    path: string,
    options: { type: 'query' | 'mutation'; input: unknown; headers?: Headers },
  ): Promise<{ status: number; body: TrpcBody; text: string }>;
  /** Errors the handler reported (INTERNAL_SERVER_ERROR ones are bugs). */
  serverErrors: { path: string | undefined; code: string; error: Error }[];
  startWorker(): JobRunner;
  close(): Promise<void>;
}

export type TrpcBody =
  | { result: { data: unknown } }
  | {
      error: {
        message: string;
        code: number;
        data: {
          code: string;
          httpStatus: number;
          fieldErrors: { path: string; message: string }[];
        };
      };
    };

/** The memory storage's signing secret (also what serves its files in `serveApiHarness`). */
export const TEST_SIGNING_SECRET = 'storecraft-api-harness-signing-secret-0123456789';

export async function createApiHarness(
  driver: DatabaseDriver,
  options: {
    publicUrl?: string;
    /**
     * `real` (default): @storecraft/auth's createAuth on the test database. `memory`: an
     * in-memory directory with the same contract, for when accounts are not the point.
     */
    accounts?: 'real' | 'memory';
  } = {},
): Promise<ApiHarness> {
  const t = await createTestDatabase(driver);
  const queue = await createJobQueue(
    { db: t.db, backend: jobBackendOf(t) },
    {
      settings: {
        heartbeatSeconds: 10,
        monitorIntervalSeconds: 1,
        pollIntervalMs: 200,
        retryDelaySeconds: 1,
        fairnessRecheckMs: 200,
        sweepIntervalMs: 0,
        stopTimeoutMs: 5_000,
      },
      onWarning: () => undefined,
    },
  );
  const storage = createMemoryStorage({
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:3000',
    signingSecret: TEST_SIGNING_SECRET,
  });
  const jobs = createGenerationJobs({ db: t.db, storage, queue, renderer: tinyRenderer });
  const auth =
    options.accounts === 'memory' ? createMemoryAuth(t.db) : createRealTestAuth(t.db, t.driver);
  const deps: ApiDeps = {
    db: t.db,
    driver: t.driver,
    auth,
    queue,
    storage,
    config: loadConfig({}),
    jobs,
  };
  const serverErrors: ApiHarness['serverErrors'] = [];
  const runners: JobRunner[] = [];
  return {
    t,
    deps,
    auth,
    storage,
    jobs,
    queue,
    caller: async (headers) => createCaller(await createContext(deps, headers)),
    async http(path, { type, input, headers = new Headers() }) {
      // `undefined` is what a client sends when it sends no input at all.
      const json = input === undefined ? undefined : JSON.stringify(input);
      const query = json === undefined ? '' : `?input=${encodeURIComponent(json)}`;
      const request =
        type === 'query'
          ? new Request(`http://127.0.0.1/api/trpc/${path}${query}`, { headers })
          : new Request(`http://127.0.0.1/api/trpc/${path}`, {
              method: 'POST',
              headers: new Headers([...headers, ['content-type', 'application/json']]),
              ...(json === undefined ? {} : { body: json }),
            });
      const response = await handleTrpcRequest(deps, request, {
        onError: ({ path: p, error }) =>
          serverErrors.push({ path: p, code: (error as { code?: string }).code ?? '', error }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text) as TrpcBody, text };
    },
    serverErrors,
    startWorker() {
      const runner = queue.work([jobs.catalog, jobs.image, jobs.export], { concurrency: 4 });
      runners.push(runner);
      return runner;
    },
    async close() {
      for (const runner of runners) await runner.stop();
      await queue.close();
      await t.close();
    },
  };
}

/** Polls a catalog build until it and its image jobs are finished. */
export async function waitForBuild(
  caller: Awaited<ReturnType<ApiHarness['caller']>>,
  workspaceId: string,
  jobId: string,
): Promise<Awaited<ReturnType<typeof caller.jobs.status>>> {
  for (;;) {
    const status = await caller.jobs.status({ workspaceId, jobId });
    if (status.status === 'failed' || status.build?.isComplete) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls a queued export until its file is written or it failed. */
export async function waitForExport(
  caller: Awaited<ReturnType<ApiHarness['caller']>>,
  workspaceId: string,
  exportId: string,
): Promise<Awaited<ReturnType<typeof caller.exports.get>>> {
  for (;;) {
    const found = await caller.exports.get({ workspaceId, exportId });
    if (found.status === 'done' || found.status === 'failed') return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
