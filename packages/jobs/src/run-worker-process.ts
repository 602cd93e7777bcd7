import { createDatabase, type Database } from '@storecraft/db';
import { createJobQueue, type JobQueue } from './create-job-queue.ts';
import { installSignalHandlers } from './install-signal-handlers.ts';
import type { AnyJobDefinition, JobRunner, StopReport } from './job-runner.ts';
import type { JobQueueSettings } from './settings.ts';

export interface RunWorkerProcessOptions {
  databaseUrl: string;
  /** Handlers this process runs at once. */
  concurrency: number;
  /** The job definitions, or a factory given this process's database (for handlers that need it). */
  defs: readonly AnyJobDefinition[] | ((deps: { db: Database }) => readonly AnyJobDefinition[]);
  /** See `WorkOptions.groupConcurrency`. */
  groupConcurrency?: number;
  /** Connections for row updates (default: concurrency + 2). pg-boss keeps its own small pool. */
  poolMax?: number;
  settings?: Partial<JobQueueSettings>;
  onError?: (error: unknown) => void;
  /** Stop gracefully on SIGTERM/SIGINT (default true). */
  handleSignals?: boolean;
}

export interface WorkerProcess {
  readonly runner: JobRunner;
  readonly queue: JobQueue;
  /** Stops the runner (graceful), then the queue and the database. Idempotent. */
  stop(): Promise<StopReport>;
  /** Resolves once the worker has stopped, by signal or by `stop()`. */
  readonly stopped: Promise<StopReport>;
}

/**
 * A worker process on PostgreSQL (what `storecraft worker` runs): any number of them share the
 * queue. Recovers lost deliveries at start, then works until stopped.
 */
export async function runWorkerProcess(options: RunWorkerProcessOptions): Promise<WorkerProcess> {
  const handle = await createDatabase({
    driver: 'postgres',
    url: options.databaseUrl,
    poolMax: options.poolMax ?? options.concurrency + 2,
  });
  let queue: JobQueue | undefined;
  let runner: JobRunner;
  try {
    queue = await createJobQueue(
      { db: handle.db, backend: { kind: 'postgres', url: options.databaseUrl } },
      {
        ...(options.settings ? { settings: options.settings } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
      },
    );
    const defs =
      typeof options.defs === 'function' ? options.defs({ db: handle.db }) : options.defs;
    await queue.recover();
    runner = queue.work(defs, {
      concurrency: options.concurrency,
      ...(options.groupConcurrency === undefined
        ? {}
        : { groupConcurrency: options.groupConcurrency }),
    });
  } catch (error) {
    await queue?.close();
    await handle.close();
    throw error;
  }

  const openQueue = queue;
  let resolveStopped: (report: StopReport) => void = () => undefined;
  const stopped = new Promise<StopReport>((resolve) => (resolveStopped = resolve));
  let stopping: Promise<StopReport> | undefined;
  let removeSignalHandlers = () => {};
  const stop = () => {
    stopping ??= (async () => {
      try {
        const report = await runner.stop();
        await openQueue.close();
        return report;
      } finally {
        removeSignalHandlers();
        await handle.close();
      }
    })().then((report) => {
      resolveStopped(report);
      return report;
    });
    return stopping;
  };
  if (options.handleSignals ?? true) {
    removeSignalHandlers = installSignalHandlers(
      { stop },
      options.onError ? { onError: options.onError } : {},
    );
  }
  return { runner, queue: openQueue, stop, stopped };
}
