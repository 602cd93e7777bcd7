import diagnosticsChannel from 'node:diagnostics_channel';
import { AppError, parseInput } from '@storecraft/core';
import { databaseUnavailableReason, withWorkspace } from '@storecraft/db';
import type { JobWithMetadata } from 'pg-boss';
import {
  LOST_ON_LAST_ATTEMPT,
  queueNameOf,
  readBossJobData,
  type BossJobData,
} from './boss-jobs.ts';
import {
  isRetryableByDefault,
  JobInterruptedError,
  JobLeaseLostError,
  type JobContext,
  type JobDefinition,
} from './define-job.ts';
import type { QueueCore } from './queue-core.ts';
import { claimJobRows, type ClaimedJobRow, type ClaimOutcome } from './rows/claim-job-row.ts';
import { completeJobRows } from './rows/complete-job-row.ts';
import { failJobRow, failLostJobRow } from './rows/fail-job-row.ts';
import { findJobRow } from './rows/find-job-row.ts';
import { releaseJobRow } from './rows/release-job-row.ts';
import { setJobProgress } from './rows/set-job-progress.ts';
import { WakeSignal } from './wake-signal.ts';

/** A definition of any payload type, as a runner holds it. */
export type AnyJobDefinition = JobDefinition<unknown>;

export interface WorkOptions {
  /** Handlers this runner runs at once. */
  concurrency: number;
  /**
   * The share of running jobs one workspace can hold while other workspaces have jobs waiting
   * (counted across every runner on the database). Default: half of `concurrency`. When nobody
   * else waits, a workspace gets every free slot.
   */
  groupConcurrency?: number;
}

export interface StopReport {
  /** In-flight jobs that ended on their own after the stop (done, failed or retried). */
  finished: number;
  /** In-flight jobs whose handlers gave up on the abort and went back to pending. */
  interrupted: number;
  /** Handlers still running when the timeout passed; their jobs are retried once their claim lapses. */
  abandoned: number;
}

export interface JobRunner {
  readonly concurrency: number;
  /** Jobs whose handlers are running now. */
  readonly inFlight: number;
  /**
   * Stops claiming, aborts `ctx.signal` of the running handlers and waits for them (up to
   * `timeoutMs`). Idempotent.
   */
  stop(options?: { timeoutMs?: number }): Promise<StopReport>;
}

/**
 * Main-thread time the queue spends per batch (`claim`: fetch + claim rows, `complete`: rows done
 * + pg-boss complete), for benchmarks; published only while someone subscribes.
 */
export const jobStageChannel = diagnosticsChannel.channel('storecraft:jobs:stage');

function publishStage(stage: string, ms: number): void {
  if (jobStageChannel.hasSubscribers) jobStageChannel.publish({ stage, ms });
}

/**
 * Jobs claimed in one round trip, and finished ones recorded in one transaction. Batches keep the
 * database (on PGlite: the main thread) off the handlers' critical path; ten keeps a batch's
 * claims fresh while the slots it fills finish.
 */
const CLAIM_BATCH = 10;
/**
 * How long free slots wait for more to free up, so that one claim fills several: claiming each
 * slot as it frees up cost a round trip per job (measured: 437 claims for 666 images). Short
 * enough not to matter to jobs that take seconds.
 */
const CLAIM_GATHER_MS = 200;
const COMPLETE_BATCH = 16;
/**
 * How long a finished job may wait for others to share its completion transaction. Jobs finish a
 * few tens of milliseconds apart, so a 10 ms window recorded them one or two at a time (measured:
 * 429 completions for 666 images); each batch costs about five round trips whatever its size.
 */
const COMPLETE_DELAY_MS = 100;

interface Completion {
  queue: string;
  job: JobWithMetadata<BossJobData>;
  row: ClaimedJobRow;
  resolve: () => void;
  reject: (error: unknown) => void;
}

type Outcome = 'done' | 'retried' | 'failed' | 'interrupted' | 'skipped' | 'errored';

/**
 * A handler that failed only because the database went away is run again, in the same attempt,
 * once it is back: the job did nothing wrong. A few times at most, in case the "database" error
 * really comes from elsewhere.
 */
const MAX_RERUNS_AFTER_OUTAGE = 5;

interface InFlight {
  queue: string;
  job: JobWithMetadata<BossJobData>;
  controller: AbortController;
  settled: Promise<Outcome>;
  outcome: Outcome | undefined;
}

/**
 * Claims jobs with pg-boss `fetch` (one `UPDATE … FOR UPDATE SKIP LOCKED` per claim) as soon as a
 * slot is free, rather than through `work()`, whose pollers sleep a full polling interval between
 * jobs. Fairness: a claim first looks only at workspaces with nothing running, then at those under
 * their share, then takes the oldest job of anyone (see `#claimFrom`).
 */
export class Runner implements JobRunner {
  readonly concurrency: number;
  readonly #core: QueueCore;
  readonly #defs = new Map<string, AnyJobDefinition>();
  readonly #queues: string[];
  readonly #groupCaps: number[];
  readonly #inFlight = new Map<string, InFlight>();
  readonly #wake = new WakeSignal();
  /** When capped (fair) claims are worth trying again, per queue. */
  readonly #fairAgainAt = new Map<string, number>();
  readonly #lastGroup = new Map<string, string>();
  readonly #onStopped: (runner: Runner) => void;
  readonly #loop: Promise<void>;
  readonly #touchTimer: NodeJS.Timeout;
  readonly #sweepTimer: NodeJS.Timeout | undefined;
  /** Aborted when stop() begins: the claim loop stops waiting for the database. */
  readonly #claiming = new AbortController();
  /** Aborted when stop() stops waiting for handlers: their bookkeeping stops waiting too. */
  readonly #halted = new AbortController();
  readonly #stopTouchingOnReturn: () => void;
  /** Free slots worth a claim at once while jobs are running (see `#run`). */
  readonly #claimAtFree: number;
  /** When a slot came free with too few others to claim for (see `#run`). */
  #gatheringSince: number | undefined;
  #stopping = false;
  #stopped: Promise<StopReport> | undefined;
  #nextQueue = 0;

  constructor(
    core: QueueCore,
    defs: readonly AnyJobDefinition[],
    options: WorkOptions,
    onStopped: (runner: Runner) => void,
  ) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new AppError('INVALID_INPUT', 'concurrency must be a positive integer');
    }
    if (defs.length === 0) throw new AppError('INVALID_INPUT', 'work() needs job definitions');
    for (const def of defs) {
      const queue = queueNameOf(def.name, core.scope);
      if (this.#defs.has(queue)) {
        throw new AppError('INVALID_INPUT', `Two job definitions for kind ${def.name}`);
      }
      this.#defs.set(queue, def);
    }
    this.#core = core;
    this.concurrency = options.concurrency;
    this.#claimAtFree = Math.min(CLAIM_BATCH, Math.max(1, Math.floor(options.concurrency / 2)));
    this.#queues = [...this.#defs.keys()];
    const share = Math.max(1, options.groupConcurrency ?? Math.floor(options.concurrency / 2));
    this.#groupCaps = share > 1 ? [1, share] : [1];
    this.#onStopped = onStopped;

    const { heartbeatSeconds, expireInSeconds, sweepIntervalMs } = core.settings;
    const touchEveryMs = Math.max(500, ((heartbeatSeconds ?? expireInSeconds) * 1000) / 2);
    this.#touchTimer = setInterval(() => void this.#touchAll(), touchEveryMs);
    this.#sweepTimer =
      sweepIntervalMs > 0
        ? setInterval(() => {
            // Rows quiet for a minute: a delivery in progress is never that slow to show up.
            core.recover({ quietSeconds: 60 }).catch((error: unknown) => this.#report(error));
          }, sweepIntervalMs)
        : undefined;
    // After an outage, renew the claims at once, before pg-boss's monitor takes them for lost.
    this.#stopTouchingOnReturn = core.gate.onAvailable(() => void this.#touchAll());
    this.#loop = this.#run();
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** New jobs on `queue` (or anywhere): claim now, and check fairness again. */
  notify(queue?: string): void {
    if (queue === undefined) this.#fairAgainAt.clear();
    else if (this.#defs.has(queue)) this.#fairAgainAt.delete(queue);
    else return;
    this.#wake.wake();
  }

  stop(options: { timeoutMs?: number } = {}): Promise<StopReport> {
    this.#stopped ??= this.#shutdown(options.timeoutMs ?? this.#core.settings.stopTimeoutMs);
    return this.#stopped;
  }

  async #shutdown(timeoutMs: number): Promise<StopReport> {
    this.#stopping = true;
    clearInterval(this.#sweepTimer);
    this.#claiming.abort(new JobInterruptedError());
    this.#wake.wake();
    await this.#loop;
    const entries = [...this.#inFlight.values()];
    for (const entry of entries) entry.controller.abort(new JobInterruptedError());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(entries.map((entry) => entry.settled)),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    this.#halted.abort(new JobInterruptedError());
    // Abandoned handlers stop being touched, so their claims lapse and other workers take over.
    clearInterval(this.#touchTimer);
    this.#stopTouchingOnReturn();
    this.#onStopped(this);
    const report: StopReport = { finished: 0, interrupted: 0, abandoned: 0 };
    for (const { outcome } of entries) {
      if (outcome === undefined) report.abandoned++;
      else if (outcome === 'interrupted') report.interrupted++;
      else report.finished++;
    }
    return report;
  }

  async #run(): Promise<void> {
    const { pollIntervalMs } = this.#core.settings;
    while (!this.#stopping) {
      // PGlite runs queries synchronously in-process: without a macrotask turn between claims, a
      // backlog of quick jobs would keep timers and I/O (an HTTP server, say) waiting until it drains.
      await new Promise((resolve) => setImmediate(resolve));
      const free = this.concurrency - this.#inFlight.size;
      if (free <= 0) {
        await this.#wake.sleep();
        continue;
      }
      // While jobs run, free slots wait up to CLAIM_GATHER_MS for a batch's worth (half of them,
      // at most CLAIM_BATCH) to claim together; the running half keeps the handlers busy.
      if (this.#inFlight.size > 0 && free < this.#claimAtFree) {
        this.#gatheringSince ??= performance.now();
        const waited = performance.now() - this.#gatheringSince;
        if (waited < CLAIM_GATHER_MS) {
          await this.#wake.sleep(CLAIM_GATHER_MS - waited);
          continue;
        }
      }
      this.#gatheringSince = undefined;
      let claimed: { queue: string; jobs: JobWithMetadata<BossJobData>[] } | undefined;
      const started = performance.now();
      try {
        claimed = await this.#claimNext(
          Math.min(CLAIM_BATCH, this.concurrency - this.#inFlight.size),
        );
      } catch (error) {
        const unavailable = databaseUnavailableReason(error);
        if (unavailable === undefined) {
          this.#core.onError(error);
          await this.#wake.sleep(pollIntervalMs);
        } else {
          // Claim again once the database is back (or stop waiting when stop() begins).
          await this.#core.gate
            .waitUntilAvailable(unavailable, this.#claiming.signal)
            .catch(() => undefined);
        }
        continue;
      }
      if (!claimed) {
        await this.#wake.sleep(pollIntervalMs);
        continue;
      }
      if (this.#stopping) {
        for (const job of claimed.jobs) {
          await this.#handBack(claimed.queue, job).catch((error: unknown) => this.#report(error));
        }
        break;
      }
      const rows = this.#claimRows(claimed.jobs);
      for (const job of claimed.jobs) this.#start(claimed.queue, job, rows);
      // Counted once the rows are claimed: the round trips the batch cost the main thread.
      void rows.then(
        () => publishStage('claim', performance.now() - started),
        () => undefined,
      );
    }
  }

  /**
   * Starts an attempt for every readable job of a batch, in one tenant transaction per workspace.
   * Resolves to each job's claim outcome by pg-boss job id.
   */
  #claimRows(jobs: readonly JobWithMetadata<BossJobData>[]): Promise<Map<string, ClaimOutcome>> {
    const { db } = this.#core;
    const byWorkspace = new Map<
      string,
      { job: JobWithMetadata<BossJobData>; data: BossJobData }[]
    >();
    for (const job of jobs) {
      const data = readBossJobData(job.data);
      if (!data) continue;
      const group = byWorkspace.get(data.workspaceId);
      if (group) group.push({ job, data });
      else byWorkspace.set(data.workspaceId, [{ job, data }]);
    }
    return this.#retrying(async () => {
      const outcomes = new Map<string, ClaimOutcome>();
      for (const [workspaceId, group] of byWorkspace) {
        const rows = await withWorkspace(db, workspaceId, (tx) =>
          claimJobRows(
            tx,
            group.map(({ job, data }) => ({
              id: data.generationJobId,
              leaseSeconds: job.expireInSeconds,
            })),
          ),
        );
        for (const { job, data } of group) {
          outcomes.set(
            job.id,
            rows.get(data.generationJobId) ?? { claimed: false, reason: 'missing' },
          );
        }
      }
      return outcomes;
    });
  }

  async #claimNext(batchSize: number) {
    for (let i = 0; i < this.#queues.length; i++) {
      const index = (this.#nextQueue + i) % this.#queues.length;
      const queue = this.#queues[index];
      if (queue === undefined) continue;
      const jobs = await this.#claimFrom(queue, batchSize);
      if (jobs.length > 0) {
        this.#nextQueue = (index + 1) % this.#queues.length;
        return { queue, jobs };
      }
    }
    return undefined;
  }

  /**
   * pg-boss's `groupConcurrency` is a hard cap per workspace, which would leave slots idle when a
   * single workspace has work. So the cap is only a preference: first a workspace with nothing
   * running (other than the one this runner served last, so a single slot alternates), then one
   * under its share, then the oldest job. When the capped claims find nothing, the next claims skip
   * them for `fairnessRecheckMs` (they scan the backlog), and an idle queue is polled with the plain
   * claim alone; NOTIFY of new jobs restores the full check.
   */
  async #claimFrom(queue: string, batchSize: number): Promise<JobWithMetadata<BossJobData>[]> {
    const { boss, settings } = this.#core;
    const now = Date.now();
    let jobs: JobWithMetadata<BossJobData>[] = [];
    if (now >= (this.#fairAgainAt.get(queue) ?? 0)) {
      const lastGroup = this.#lastGroup.get(queue);
      for (const groupConcurrency of this.#groupCaps) {
        // A capped claim takes what the cap allows: never more than the cap from one workspace.
        jobs = await boss.fetch<BossJobData>(queue, {
          batchSize: Math.min(batchSize, groupConcurrency),
          includeMetadata: true,
          groupConcurrency,
          ...(groupConcurrency === 1 && lastGroup ? { ignoreGroups: [lastGroup] } : {}),
        });
        if (jobs.length > 0) break;
      }
      if (jobs.length === 0) this.#fairAgainAt.set(queue, now + settings.fairnessRecheckMs);
    }
    if (jobs.length === 0) {
      jobs = await boss.fetch<BossJobData>(queue, { batchSize, includeMetadata: true });
    }
    const job = jobs.at(-1);
    if (job?.groupId) this.#lastGroup.set(queue, job.groupId);
    // Empty: until NOTIFY or a found job says otherwise, polls only look for retries coming due.
    if (!job) this.#fairAgainAt.set(queue, Number.POSITIVE_INFINITY);
    else if (this.#fairAgainAt.get(queue) === Number.POSITIVE_INFINITY)
      this.#fairAgainAt.delete(queue);
    return jobs;
  }

  #start(
    queue: string,
    job: JobWithMetadata<BossJobData>,
    claims: Promise<Map<string, ClaimOutcome>>,
  ): void {
    const controller = new AbortController();
    const entry: InFlight = {
      queue,
      job,
      controller,
      settled: Promise.resolve<Outcome>('skipped'),
      outcome: undefined,
    };
    this.#inFlight.set(job.id, entry);
    entry.settled = this.#execute(queue, job, controller.signal, claims)
      .catch((error: unknown): Outcome => {
        // Bookkeeping failed (database gone?): the pg-boss job stays active, stops being touched,
        // and is retried once its claim lapses.
        this.#core.onError(error);
        return 'errored';
      })
      .then((outcome) => {
        entry.outcome = outcome;
        this.#inFlight.delete(job.id);
        this.#wake.wake();
        if (this.#inFlight.size === 0) this.#core.runnerIdle();
        return outcome;
      });
  }

  async #execute(
    queue: string,
    job: JobWithMetadata<BossJobData>,
    signal: AbortSignal,
    claims: Promise<Map<string, ClaimOutcome>>,
  ): Promise<Outcome> {
    const { db, boss } = this.#core;
    const attemptOf = { id: job.id, retryCount: job.retryCount };
    const def = this.#defs.get(queue);
    const data = readBossJobData(job.data);
    if (!def || !data) {
      this.#core.onError(new AppError('INTERNAL', `pg-boss job ${job.id} names no generation job`));
      await this.#retrying(() => boss.complete(queue, attemptOf, { skipped: 'unreadable' }));
      return 'skipped';
    }

    const claim = (await claims).get(job.id) ?? { claimed: false, reason: 'missing' };
    if (!claim.claimed) {
      // Finished already (a redelivery) or deleted: nothing to do. Exhausted: the last attempt's
      // worker was lost, so the job has failed.
      if (claim.reason === 'exhausted' && claim.attempts !== undefined) {
        const attempts = claim.attempts;
        await this.#retrying(() =>
          withWorkspace(db, data.workspaceId, (tx) =>
            failLostJobRow(tx, data.generationJobId, attempts, LOST_ON_LAST_ATTEMPT),
          ),
        );
      }
      await this.#retrying(() => boss.complete(queue, attemptOf, { skipped: claim.reason }));
      return 'skipped';
    }

    const row = claim.row;
    let payload: unknown;
    try {
      payload = parseInput(def.payloadSchema, row.payload, `${def.name} job payload`);
    } catch (error) {
      return this.#afterFailure(queue, job, row, signal, error, false);
    }
    for (let reruns = 0; ; reruns++) {
      try {
        await def.handler(payload, this.#contextFor(row, signal));
        break;
      } catch (error) {
        const unavailable = this.#core.gate.handlerOutageReason(error);
        if (unavailable !== undefined && reruns < MAX_RERUNS_AFTER_OUTAGE && !signal.aborted) {
          const back = await this.#core.gate.waitUntilAvailable(unavailable, signal).then(
            () => true,
            () => false,
          );
          if (back) continue;
        }
        return this.#afterFailure(queue, job, row, signal, error, isRetryable(def, error));
      }
    }
    // The work is done: record it however long the database takes to come back, so that it is
    // not done a second time. Recorded with other finished jobs, in one transaction.
    await new Promise<void>((resolve, reject) =>
      this.#completeLater({ queue, job, row, resolve, reject }),
    );
    return 'done';
  }

  #completions: Completion[] = [];
  #completionTimer: NodeJS.Timeout | undefined;
  /** The flush in progress: one at a time, so finished jobs pile up into the next batch. */
  #flushing: Promise<void> = Promise.resolve();

  #completeLater(completion: Completion): void {
    this.#completions.push(completion);
    if (this.#completions.length >= COMPLETE_BATCH) {
      clearTimeout(this.#completionTimer);
      this.#completionTimer = undefined;
      this.#flushCompletions();
    } else {
      this.#completionTimer ??= setTimeout(() => {
        this.#completionTimer = undefined;
        this.#flushCompletions();
      }, COMPLETE_DELAY_MS);
    }
  }

  #flushCompletions(): void {
    this.#flushing = this.#flushing.then(async () => {
      const batch = this.#completions;
      this.#completions = [];
      if (batch.length === 0) return;
      const started = performance.now();
      try {
        await this.#recordDone(batch);
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
      publishStage('complete', performance.now() - started);
    });
  }

  /**
   * Marks a batch of finished attempts done: the rows in one tenant transaction per workspace,
   * then their pg-boss jobs in one call per queue. A row another attempt took over is left alone
   * (fenced on the attempt), as before.
   */
  async #recordDone(batch: readonly Completion[]): Promise<void> {
    const { db, boss } = this.#core;
    const byWorkspace = new Map<string, ClaimedJobRow[]>();
    const byQueue = new Map<string, { id: string; retryCount: number }[]>();
    for (const { queue, job, row } of batch) {
      byWorkspace.set(row.workspaceId, [...(byWorkspace.get(row.workspaceId) ?? []), row]);
      byQueue.set(queue, [
        ...(byQueue.get(queue) ?? []),
        { id: job.id, retryCount: job.retryCount },
      ]);
    }
    for (const [workspaceId, rows] of byWorkspace) {
      await this.#retrying(() =>
        withWorkspace(db, workspaceId, (tx) =>
          completeJobRows(
            tx,
            rows.map((row) => ({ id: row.id, attempt: row.attempts })),
          ),
        ),
      );
    }
    for (const [queue, attempts] of byQueue) {
      await this.#retrying(() => boss.complete(queue, attempts, null));
    }
  }

  /** Runs a bookkeeping step, waiting out database outages until stop() gives up on handlers. */
  #retrying<T>(step: () => Promise<T>): Promise<T> {
    return this.#core.gate.run(step, this.#halted.signal);
  }

  /** An error nobody awaits: an outage goes to the gate, anything else to onError. */
  #report(error: unknown): void {
    if (!this.#core.gate.report(error)) this.#core.onError(error);
  }

  #contextFor(row: ClaimedJobRow, signal: AbortSignal): JobContext {
    const { db } = this.#core;
    return {
      jobId: row.id,
      workspaceId: row.workspaceId,
      brandId: row.brandId,
      attempt: row.attempts,
      maxAttempts: row.maxAttempts,
      signal,
      async progress(fraction: number) {
        if (!Number.isFinite(fraction)) {
          throw new AppError('INVALID_INPUT', `progress must be a number, got ${fraction}`);
        }
        const clamped = Math.min(1, Math.max(0, fraction));
        await withWorkspace(db, row.workspaceId, (tx) =>
          setJobProgress(tx, row.id, row.attempts, clamped),
        );
      },
    };
  }

  async #afterFailure(
    queue: string,
    job: JobWithMetadata<BossJobData>,
    row: ClaimedJobRow,
    signal: AbortSignal,
    error: unknown,
    retryable: boolean,
  ): Promise<Outcome> {
    const { db, boss } = this.#core;
    const attemptOf = { id: job.id, retryCount: job.retryCount };
    if (signal.aborted && signal.reason instanceof JobInterruptedError) {
      // The handler gave up because we are stopping: not the job's fault, so the attempt does not
      // count. Hand the job back at once (complete this delivery, send a fresh one) rather than
      // through pg-boss's retry, which would spend one of its retries.
      const released = await this.#retrying(() =>
        withWorkspace(db, row.workspaceId, (tx) => releaseJobRow(tx, row.id, row.attempts)),
      );
      await this.#retrying(() => boss.complete(queue, attemptOf, { interrupted: true }));
      if (released) await this.#retrying(() => this.#core.send([released]));
      return 'interrupted';
    }
    const isFinal =
      !retryable || row.attempts >= row.maxAttempts || job.retryCount >= job.retryLimit;
    const message = describeError(error);
    await this.#retrying(() =>
      withWorkspace(db, row.workspaceId, (tx) =>
        failJobRow(tx, row.id, row.attempts, { error: message, final: isFinal }),
      ),
    );
    if (isFinal) {
      // Completed, not failed, in pg-boss: failing it would schedule a retry. The row says failed.
      await this.#retrying(() => boss.complete(queue, attemptOf, { failed: true, error: message }));
      return 'failed';
    }
    await this.#retrying(() => boss.fail(queue, attemptOf, { message }));
    return 'retried';
  }

  /** A job claimed from pg-boss after stop() began: give it back untouched. */
  async #handBack(queue: string, job: JobWithMetadata<BossJobData>): Promise<void> {
    const { db, boss } = this.#core;
    await boss.complete(queue, { id: job.id, retryCount: job.retryCount }, { interrupted: true });
    const data = readBossJobData(job.data);
    if (!data) return;
    const row = await withWorkspace(db, data.workspaceId, (tx) =>
      findJobRow(tx, data.generationJobId),
    );
    if (row) await this.#core.send([row]);
  }

  /** Heartbeat for every running job; a job whose claim lapsed has its handler aborted. */
  async #touchAll(): Promise<void> {
    const byQueue = new Map<string, InFlight[]>();
    for (const entry of this.#inFlight.values()) {
      // Keep touching handlers told to stop: they may finish within the stop timeout.
      if (entry.controller.signal.reason instanceof JobLeaseLostError) continue;
      const entries = byQueue.get(entry.queue);
      if (entries) entries.push(entry);
      else byQueue.set(entry.queue, [entry]);
    }
    for (const [queue, entries] of byQueue) {
      try {
        const response = (await this.#core.boss.touch(
          queue,
          entries.map(({ job }) => ({ id: job.id, retryCount: job.retryCount })),
        )) as { settled?: string[] };
        if (!response.settled) continue;
        const touched = new Set(response.settled);
        for (const entry of entries) {
          if (!touched.has(entry.job.id) && entry.outcome === undefined) {
            entry.controller.abort(new JobLeaseLostError());
          }
        }
      } catch (error) {
        this.#report(error);
      }
    }
  }
}

function isRetryable(def: AnyJobDefinition, error: unknown): boolean {
  try {
    return (def.retryable ?? isRetryableByDefault)(error);
  } catch {
    return false;
  }
}

function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) {
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  }
  return String(error);
}
