import { databaseUnavailableReason } from '@storecraft/db';
import { delay } from './wake-signal.ts';

/** What the queue reports while the database is away, and when it is back. */
export type DatabaseStatus =
  | {
      available: false;
      /** Why, e.g. `ECONNREFUSED` or `57P01 terminating connection due to administrator command`. */
      reason: string;
      /** 1 for the first check of this outage. */
      attempt: number;
      /** When the next check runs. */
      retryInMs: number;
    }
  | { available: true; /** How long it was away. */ afterMs: number };

/** One log line for a status: `database unavailable (ECONNREFUSED), retrying in 2 s`. */
export function describeDatabaseStatus(status: DatabaseStatus): string {
  return status.available
    ? `database available again after ${seconds(status.afterMs)}`
    : `database unavailable (${status.reason}), retrying in ${seconds(status.retryInMs)}`;
}

function seconds(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${Number((ms / 1_000).toFixed(1))} s`;
}

export interface DatabaseGateOptions {
  /** Succeeds once the database answers (and is ready for the caller). */
  probe: () => Promise<void>;
  reconnectDelayMs: number;
  reconnectDelayMaxMs: number;
  onStatus: (status: DatabaseStatus) => void;
  /**
   * The database runs in this process (PGlite) and cannot become unreachable, so no error of a
   * job's handler is an outage of it (see `handlerOutageReason`).
   */
  inProcess?: boolean;
}

/**
 * Everything a queue does waits on one gate while the database is away: the first operation that
 * finds it unreachable starts a single loop of checks with exponential back-off (one status line
 * per check), and every other operation waits for that loop instead of hammering the server on its
 * own. Errors that do not mean "unreachable" (a constraint, a bug) are never retried here.
 */
export class DatabaseGate {
  readonly #options: DatabaseGateOptions;
  readonly #closed = new AbortController();
  readonly #onAvailable = new Set<() => void>();
  #outage: Promise<void> | undefined;

  constructor(options: DatabaseGateOptions) {
    this.#options = options;
  }

  /**
   * Runs `operation`; each time it fails because the database is unreachable, waits until the
   * database is back and runs it again. Rejects when `signal` aborts or the gate closes.
   */
  async run<T>(operation: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (;;) {
      try {
        return await operation();
      } catch (error) {
        const reason = databaseUnavailableReason(error);
        if (reason === undefined) throw error;
        await this.waitUntilAvailable(reason, signal);
      }
    }
  }

  /**
   * Why an error thrown by a job's handler means the database is unreachable, or undefined. A
   * handler also talks to storage and AI providers, whose refused connections look the same; on an
   * in-process database they are never its, and the job fails as any other failure does (with S3
   * down, the log said "database unavailable (ECONNREFUSED)" and the job ran five more times).
   */
  handlerOutageReason(error: unknown): string | undefined {
    return this.#options.inProcess ? undefined : databaseUnavailableReason(error);
  }

  /** Waits until the database answers again (checking now if nobody is checking yet). */
  waitUntilAvailable(reason: string, signal?: AbortSignal): Promise<void> {
    this.#outage ??= this.#checkUntilBack(reason).finally(() => (this.#outage = undefined));
    if (!signal) return this.#outage;
    return raceAbort(this.#outage, signal);
  }

  /** An error nobody awaits (a pool's, a timer's): starts the checks if it says "unreachable". */
  report(error: unknown): boolean {
    const reason = databaseUnavailableReason(error);
    if (reason === undefined) return false;
    this.waitUntilAvailable(reason).catch(() => undefined);
    return true;
  }

  /** Calls `listener` each time the database is back after an outage; returns the unsubscribe. */
  onAvailable(listener: () => void): () => void {
    this.#onAvailable.add(listener);
    return () => this.#onAvailable.delete(listener);
  }

  /** Stops checking; operations waiting on the gate reject. */
  close(): void {
    this.#closed.abort(new Error('The job queue is closed'));
  }

  async #checkUntilBack(firstReason: string): Promise<void> {
    const { probe, reconnectDelayMs, reconnectDelayMaxMs, onStatus } = this.#options;
    const since = Date.now();
    let reason = firstReason;
    let wait = reconnectDelayMs;
    for (let attempt = 1; ; attempt++) {
      onStatus({ available: false, reason, attempt, retryInMs: wait });
      await delay(wait, this.#closed.signal);
      try {
        await probe();
        onStatus({ available: true, afterMs: Date.now() - since });
        for (const listener of this.#onAvailable) listener();
        return;
      } catch (error) {
        // A probe that fails for another reason (a missing table, a refused login) is reported as
        // such and checked again: whoever started the worker early may still be setting it up.
        reason =
          databaseUnavailableReason(error) ??
          (error instanceof Error ? error.message : String(error));
      }
      wait = Math.min(reconnectDelayMaxMs, wait * 2);
    }
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(asError(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(asError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(asError(error));
      },
    );
  });
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
