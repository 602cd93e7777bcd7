import { sql } from 'drizzle-orm';
import { AppError, generationJobKinds, parseInput } from '@storecraft/core';
import { pgErrorCodes, pgErrorOf, rowsOf, withWorkspace, type Database } from '@storecraft/db';
import type { PgBoss, Warning } from 'pg-boss';
import { notifyChannelSql } from 'pg-boss/dist/plans.js';
import {
  assertValidScope,
  ensureQueues,
  isLiveBossState,
  LOST_ON_LAST_ATTEMPT,
  queueNameOf,
  SCOPED_QUEUE_NAMES,
  scopeOfQueueName,
  sendBossJobs,
} from './boss-jobs.ts';
import { DatabaseGate, describeDatabaseStatus, type DatabaseStatus } from './database-gate.ts';
import type { JobDefinition } from './define-job.ts';
import { createBoss, PGBOSS_SCHEMA, type JobBackend } from './job-backend.ts';
import { Runner, type AnyJobDefinition, type JobRunner, type WorkOptions } from './job-runner.ts';
import type { QueueCore, RecoverOptions, RecoverReport } from './queue-core.ts';
import { countJobRows, type JobCounts } from './rows/count-job-rows.ts';
import { failLostJobRow } from './rows/fail-job-row.ts';
import { insertJobRows } from './rows/insert-job-rows.ts';
import type { JobRowRef } from './rows/job-row.ts';
import { listUnfinishedJobRows } from './rows/list-unfinished-job-rows.ts';
import { requeueLostJobRow } from './rows/release-job-row.ts';
import { resolveSettings, type JobQueueSettings } from './settings.ts';
import { WakeSignal } from './wake-signal.ts';

export interface JobQueueOptions {
  settings?: Partial<JobQueueSettings>;
  /**
   * Makes the queue private to one workspace (a CLI run's): its pg-boss queues are named after
   * the scope, so only runners of this scope claim its jobs, and the shared queues' `recover()`
   * leaves its rows alone. Enqueue then accepts only that workspace. Letters, digits, _ and -.
   */
  scope?: string;
  /** Errors no caller can receive (a failed claim, a heartbeat); default: stderr. */
  onError?: (error: unknown) => void;
  onWarning?: (warning: Warning) => void;
  /**
   * The database went away (one call per reconnection check) or came back. Claims, row updates
   * and heartbeats wait meanwhile instead of failing. Default: one line on stderr per call.
   */
  onDatabaseStatus?: (status: DatabaseStatus) => void;
}

export interface EnqueueOptions {
  /** Attempts before the job fails (the row's `max_attempts`, default 3). */
  maxAttempts?: number;
}

export interface WaitForIdleOptions {
  /** Called after every poll. */
  onProgress?(counts: JobCounts): void;
  /** Only jobs created since then (e.g. this CLI run's). */
  since?: Date;
  pollMs?: number;
  signal?: AbortSignal;
}

export interface JobQueue {
  readonly settings: JobQueueSettings;
  /** See `JobQueueOptions.scope`. */
  readonly scope: string | undefined;
  /**
   * Inserts one pending row per payload (validated by the definition's schema) in one tenant
   * transaction, then sends their pg-boss jobs. If the process dies in between, `recover()` sends
   * them. Returns the generation job ids, in payload order.
   */
  enqueue<P>(
    workspaceId: string,
    brandId: string,
    def: JobDefinition<P>,
    payloads: readonly P[],
    options?: EnqueueOptions,
  ): Promise<string[]>;
  /** Starts a runner for these definitions in this process. */
  work(defs: readonly AnyJobDefinition[], options: WorkOptions): JobRunner;
  /**
   * Sends pg-boss jobs for pending rows that have none, and settles running rows whose delivery
   * is gone. Idempotent; runners also call it every `sweepIntervalMs`.
   */
  recover(options?: RecoverOptions): Promise<RecoverReport>;
  /** Polls the brand's rows until none is pending or running. */
  waitForIdle(
    workspaceId: string,
    brandId: string,
    options?: WaitForIdleOptions,
  ): Promise<JobCounts>;
  /** The scopes that have private queues on this database (see `JobQueueOptions.scope`). */
  listScopes(): Promise<string[]>;
  /**
   * Deletes a scope's private pg-boss queues and every job in them (delivered or not). For the
   * scope of a run that is over; nothing may be working it any more. Idempotent.
   */
  deleteScope(scope: string): Promise<void>;
  /** Stops this queue's runners, then pg-boss. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * The generation job queue over `generation_jobs` (the truth users see) and pg-boss (delivery).
 * Starts pg-boss (installing or migrating its schema), creates the queues and listens for new
 * jobs. Build it once in the composition root.
 */
export async function createJobQueue(
  input: { db: Database; backend: JobBackend },
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  const settings = resolveSettings(options.settings);
  if (options.scope !== undefined) assertValidScope(options.scope);
  const onError = options.onError ?? reportToStderr;
  const gate = new DatabaseGate({
    probe: async () => void (await input.db.execute(sql`select 1`)),
    reconnectDelayMs: settings.reconnectDelayMs,
    reconnectDelayMaxMs: settings.reconnectDelayMaxMs,
    onStatus: options.onDatabaseStatus ?? reportStatusToStderr,
    inProcess: input.backend.kind === 'pglite',
  });
  const boss = createBoss(input.backend, settings);
  // pg-boss's pool, its LISTEN client (which reconnects and listens again by itself) and its
  // maintenance report a lost database here: that is an outage to wait out, not a failure.
  boss.on('error', (error) => {
    if (!gate.report(error)) onError(error);
  });
  boss.on('warning', (warning) => options.onWarning?.(warning));
  await boss.start();
  try {
    await ensureQueues(boss, generationJobKinds, settings, options.scope);
    const queue = new Queue(input.db, boss, settings, onError, options.scope, gate);
    await queue.listen();
    return queue;
  } catch (error) {
    gate.close();
    await boss.stop({ graceful: false, close: true });
    throw error;
  }
}

class Queue implements JobQueue, QueueCore {
  readonly db: Database;
  readonly boss: PgBoss;
  readonly settings: JobQueueSettings;
  readonly onError: (error: unknown) => void;
  readonly scope: string | undefined;
  readonly gate: DatabaseGate;
  readonly #runners = new Set<Runner>();
  /** The sleeps of `waitForIdle` calls in progress, cut short when a runner goes idle. */
  readonly #idleWaits = new Set<WakeSignal>();
  #listener: { close(): Promise<void> } | undefined;
  #closed: Promise<void> | undefined;

  constructor(
    db: Database,
    boss: PgBoss,
    settings: JobQueueSettings,
    onError: (error: unknown) => void,
    scope: string | undefined,
    gate: DatabaseGate,
  ) {
    this.db = db;
    this.boss = boss;
    this.settings = settings;
    this.onError = onError;
    this.scope = scope;
    this.gate = gate;
  }

  /**
   * Wakes runners the moment pg-boss inserts into a notify-enabled queue. pg-boss derives the
   * channel from its schema; we ask it for the same expression so both always agree.
   */
  async listen(): Promise<void> {
    const db = this.boss.getDb();
    if (!db.listen) return;
    const { rows } = await db.executeSql(`select ${notifyChannelSql(PGBOSS_SCHEMA)} as channel`);
    const channel = (rows[0] as { channel?: unknown } | undefined)?.channel;
    if (typeof channel !== 'string') return;
    this.#listener = await db.listen(
      channel,
      (queue) => this.#notifyRunners(queue),
      () => this.#notifyRunners(undefined),
    );
  }

  runnerIdle(): void {
    for (const wait of this.#idleWaits) wait.wake();
  }

  #notifyRunners(queue: string | undefined): void {
    for (const runner of this.#runners) runner.notify(queue);
  }

  async enqueue<P>(
    workspaceId: string,
    brandId: string,
    def: JobDefinition<P>,
    payloads: readonly P[],
    options: EnqueueOptions = {},
  ): Promise<string[]> {
    this.#assertOpen();
    if (this.scope !== undefined && workspaceId !== this.scope) {
      throw new AppError(
        'INVALID_INPUT',
        `This job queue is private to workspace ${this.scope}, not ${workspaceId}`,
      );
    }
    if (payloads.length === 0) return [];
    const parsed = payloads.map((payload, index) => {
      const value = parseInput(def.payloadSchema, payload, `${def.name} job payload #${index}`);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new AppError('INVALID_INPUT', `A ${def.name} job payload must be an object`);
      }
      return value as Record<string, unknown>;
    });
    let rows: JobRowRef[];
    try {
      rows = await withWorkspace(this.db, workspaceId, (tx) =>
        insertJobRows(tx, {
          workspaceId,
          brandId,
          kind: def.name,
          payloads: parsed,
          ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
        }),
      );
    } catch (error) {
      if (pgErrorOf(error)?.code === pgErrorCodes.foreignKeyViolation) {
        throw new AppError('NOT_FOUND', `Brand ${brandId} not found`, {
          userMessage: 'That brand does not exist.',
          cause: error,
        });
      }
      throw error;
    }
    await this.send(rows);
    // This process's runners claim at once, without waiting for the database's notification.
    this.#notifyRunners(queueNameOf(def.name, this.scope));
    return rows.map((row) => row.id);
  }

  send(rows: readonly JobRowRef[]): Promise<number> {
    return sendBossJobs(this.boss, rows, this.scope);
  }

  work(defs: readonly AnyJobDefinition[], options: WorkOptions): JobRunner {
    this.#assertOpen();
    const runner = new Runner(this, defs, options, (stopped) => this.#runners.delete(stopped));
    this.#runners.add(runner);
    return runner;
  }

  async recover(options: RecoverOptions = {}): Promise<RecoverReport> {
    const quietSeconds = options.quietSeconds ?? 0;
    const workspaceIds =
      this.scope !== undefined
        ? (options.workspaceIds ?? [this.scope]).filter((id) => id === this.scope)
        : (options.workspaceIds ?? (await this.#sharedWorkspacesWithUnfinishedJobs()));
    const report: RecoverReport = { resent: 0, requeued: 0, failed: 0 };
    for (const workspaceId of workspaceIds) {
      const rows = await withWorkspace(this.db, workspaceId, (tx) =>
        listUnfinishedJobRows(tx, { quietSeconds }),
      );
      // Pending rows are simply sent again: the queue skips those with a live job.
      const toSend: JobRowRef[] = rows.filter((row) => row.status === 'pending');
      for (const row of rows) {
        if (row.status !== 'running' || (await this.#hasLiveDelivery(row))) continue;
        if (row.attempts >= row.maxAttempts) {
          const failed = await withWorkspace(this.db, workspaceId, (tx) =>
            failLostJobRow(tx, row.id, row.attempts, LOST_ON_LAST_ATTEMPT),
          );
          if (failed) report.failed++;
        } else {
          const requeued = await withWorkspace(this.db, workspaceId, (tx) =>
            requeueLostJobRow(tx, row.id, row.attempts),
          );
          if (requeued) {
            report.requeued++;
            toSend.push(row);
          }
        }
      }
      report.resent += await this.send(toSend);
    }
    return report;
  }

  async #hasLiveDelivery(row: JobRowRef): Promise<boolean> {
    const jobs = await this.boss.findJobs(queueNameOf(row.kind, this.scope), { key: row.id });
    return jobs.some((job) => isLiveBossState(job.state));
  }

  /**
   * The one read across tenants: which workspaces have unfinished rows (ids only; each is then
   * handled through withWorkspace). A runtime role sees no workspace outside a tenant transaction,
   * so this goes through a function that runs as the migrator (migration 0003_runtime_role).
   */
  async #workspacesWithUnfinishedJobs(): Promise<string[]> {
    const rows = rowsOf<{ workspace_id: string }>(
      await this.db.execute(
        sql`select storecraft_workspaces_with_unfinished_jobs() as workspace_id`,
      ),
    );
    return rows.map((row) => row.workspace_id);
  }

  /**
   * The shared queues recover every workspace except those with private queues: a CLI run works
   * its own jobs, and sending them to the shared queues as well would have them done twice.
   */
  async #sharedWorkspacesWithUnfinishedJobs(): Promise<string[]> {
    const scoped = new Set(await this.listScopes());
    return (await this.#workspacesWithUnfinishedJobs()).filter((id) => !scoped.has(id));
  }

  async listScopes(): Promise<string[]> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`select name from ${PGBOSS_SCHEMA}.queue where name like $1`, [
        SCOPED_QUEUE_NAMES,
      ]);
    const scopes = new Set<string>();
    for (const row of rows as { name: string }[]) {
      const scope = scopeOfQueueName(row.name);
      if (scope !== undefined) scopes.add(scope);
    }
    return [...scopes].sort();
  }

  async deleteScope(scope: string): Promise<void> {
    assertValidScope(scope);
    // pg-boss deletes a queue's jobs with it.
    for (const kind of generationJobKinds) await this.boss.deleteQueue(queueNameOf(kind, scope));
  }

  async waitForIdle(
    workspaceId: string,
    brandId: string,
    options: WaitForIdleOptions = {},
  ): Promise<JobCounts> {
    const pollMs = options.pollMs ?? 500;
    // Jobs this process runs: the last one's completion ends the wait at once, not up to a poll
    // later (half a second at the end of every CLI run).
    const wait = new WakeSignal();
    this.#idleWaits.add(wait);
    try {
      for (;;) {
        const counts = await this.gate.run(
          () =>
            withWorkspace(this.db, workspaceId, (tx) =>
              countJobRows(tx, brandId, options.since ? { since: options.since } : {}),
            ),
          options.signal,
        );
        options.onProgress?.(counts);
        if (counts.pending + counts.running === 0) return counts;
        await wait.sleep(pollMs, options.signal);
      }
    } finally {
      this.#idleWaits.delete(wait);
    }
  }

  close(options: { timeoutMs?: number } = {}): Promise<void> {
    this.#closed ??= (async () => {
      await Promise.all([...this.#runners].map((runner) => runner.stop(options)));
      await this.#listener?.close().catch(this.onError);
      this.gate.close();
      await this.boss.stop({ graceful: true, close: true, timeout: 5_000 });
    })();
    return this.#closed;
  }

  #assertOpen(): void {
    if (this.#closed) throw new AppError('INTERNAL', 'The job queue is closed');
  }
}

function reportToStderr(error: unknown): void {
  console.error('[@storecraft/jobs]', error);
}

function reportStatusToStderr(status: DatabaseStatus): void {
  console.error(`[@storecraft/jobs] ${describeDatabaseStatus(status)}`);
}
