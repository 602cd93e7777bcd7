import { AppError } from '@storecraft/core';
import { createDatabase, databaseUnavailableReason, rowsOf, type Database } from '@storecraft/db';
import { sql } from 'drizzle-orm';
import { createJobQueue, type JobQueue } from './create-job-queue.ts';
import { DatabaseGate, describeDatabaseStatus, type DatabaseStatus } from './database-gate.ts';
import { installSignalHandlers } from './install-signal-handlers.ts';
import type { AnyJobDefinition, JobRunner, StopReport } from './job-runner.ts';
import { resolveSettings, type JobQueueSettings } from './settings.ts';

export interface RunWorkerProcessOptions {
  databaseUrl: string;
  /** Handlers this process runs at once. */
  concurrency: number;
  /** The job definitions, or a factory given this process's database (for handlers that need it). */
  /**
   * The jobs this process works. A function gets the database and the queue (a job such as a
   * catalog build enqueues others).
   */
  defs:
    | readonly AnyJobDefinition[]
    | ((deps: { db: Database; queue: JobQueue }) => readonly AnyJobDefinition[]);
  /** See `WorkOptions.groupConcurrency`. */
  groupConcurrency?: number;
  /** Connections for row updates (default: concurrency + 2). pg-boss keeps its own small pool. */
  poolMax?: number;
  settings?: Partial<JobQueueSettings>;
  onError?: (error: unknown) => void;
  /**
   * The database is away (one call per reconnection check, at start or later) or back; the worker
   * waits meanwhile. Default: one line on stderr per call (see `describeDatabaseStatus`).
   */
  onDatabaseStatus?: (status: DatabaseStatus) => void;
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

/** `runWorkerProcess` was stopped (SIGTERM/SIGINT) while it waited for the database. */
export class WorkerStoppedError extends AppError {
  constructor() {
    super('INTERNAL', 'The worker was stopped before the database became available', {
      userMessage: 'worker: stopped before the database became available',
    });
  }
}

/**
 * A worker process on PostgreSQL (what `storecraft worker` runs): any number of them share the
 * queue. It waits for the database if it is not there yet (server down, database not created or
 * not migrated), recovers lost deliveries, then works until stopped, waiting out later outages
 * (a restart, a failover) without losing or repeating a job.
 */
export async function runWorkerProcess(options: RunWorkerProcessOptions): Promise<WorkerProcess> {
  const settings = resolveSettings(options.settings);
  const onDatabaseStatus = options.onDatabaseStatus ?? reportStatusToStderr;
  // Idle connections that die are replaced on demand (pg-boss's pool reports the outage).
  const handle = await createDatabase({
    driver: 'postgres',
    url: options.databaseUrl,
    poolMax: options.poolMax ?? options.concurrency + 2,
  });

  // A signal before the worker is serving ends the wait for the database.
  const starting = new AbortController();
  let removeStartupSignals = () => {};
  if (options.handleSignals ?? true) {
    removeStartupSignals = installSignalHandlers({
      stop: () => Promise.resolve(starting.abort(new WorkerStoppedError())),
    });
  }
  let queue: JobQueue | undefined;
  let runner: JobRunner;
  try {
    queue = await startQueue(handle.db, options, settings, onDatabaseStatus, starting.signal);
    const defs =
      typeof options.defs === 'function' ? options.defs({ db: handle.db, queue }) : options.defs;
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
  } finally {
    removeStartupSignals();
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

/**
 * Waits until the database answers and has the StoreCraft tables, then starts the queue and
 * recovers lost deliveries; starts over if the database goes away in the middle.
 */
async function startQueue(
  db: Database,
  options: RunWorkerProcessOptions,
  settings: JobQueueSettings,
  onDatabaseStatus: (status: DatabaseStatus) => void,
  signal: AbortSignal,
): Promise<JobQueue> {
  const gate = new DatabaseGate({
    probe: () => assertReady(db),
    reconnectDelayMs: settings.reconnectDelayMs,
    reconnectDelayMaxMs: settings.reconnectDelayMaxMs,
    onStatus: onDatabaseStatus,
  });
  try {
    for (;;) {
      let queue: JobQueue | undefined;
      try {
        await assertReady(db);
        queue = await createJobQueue(
          { db, backend: { kind: 'postgres', url: options.databaseUrl } },
          {
            settings,
            onDatabaseStatus,
            ...(options.onError ? { onError: options.onError } : {}),
          },
        );
        await queue.recover();
        return queue;
      } catch (error) {
        await queue?.close().catch(() => undefined);
        const reason = databaseUnavailableReason(error) ?? notReadyReason(error);
        if (reason === undefined) throw error;
        await gate.waitUntilAvailable(reason, signal);
      }
    }
  } finally {
    gate.close();
  }
}

class DatabaseNotReadyError extends Error {
  override readonly name = 'DatabaseNotReadyError';
}

/** The queue needs the generation_jobs table: a worker started before `db migrate` waits for it. */
async function assertReady(db: Database): Promise<void> {
  const [row] = rowsOf<{ ready: boolean }>(
    await db.execute(sql`select to_regclass('public.generation_jobs') is not null as ready`),
  );
  if (!row?.ready) {
    throw new DatabaseNotReadyError(
      'the StoreCraft tables are missing; run `storecraft db migrate`',
    );
  }
}

function notReadyReason(error: unknown): string | undefined {
  return error instanceof DatabaseNotReadyError ? error.message : undefined;
}

function reportStatusToStderr(status: DatabaseStatus): void {
  console.error(`[@storecraft/jobs] ${describeDatabaseStatus(status)}`);
}
