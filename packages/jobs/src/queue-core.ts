import type { Database } from '@storecraft/db';
import type { PgBoss } from 'pg-boss';
import type { DatabaseGate } from './database-gate.ts';
import type { JobRowRef } from './rows/job-row.ts';
import type { JobQueueSettings } from './settings.ts';

/** Recovery of rows whose pg-boss delivery went missing. */
export interface RecoverOptions {
  /** Only these workspaces (each through `withWorkspace`); default: every workspace with work. */
  workspaceIds?: readonly string[];
  /** Skip rows changed in the last N seconds (default 0). */
  quietSeconds?: number;
}

export interface RecoverReport {
  /** pg-boss jobs sent for rows that had none. */
  resent: number;
  /** Running rows whose worker was lost, put back to pending (and sent). */
  requeued: number;
  /** Running rows whose worker was lost on their last attempt, failed. */
  failed: number;
}

/** What runners share with the queue that made them. */
export interface QueueCore {
  readonly db: Database;
  readonly boss: PgBoss;
  readonly settings: JobQueueSettings;
  /** The workspace this queue is private to, or undefined for the shared queues. */
  readonly scope: string | undefined;
  /** Waits out database outages for everything the queue and its runners do. */
  readonly gate: DatabaseGate;
  onError(error: unknown): void;
  /**
   * A runner of this queue has no job in flight any more: whoever waits for the queue to go idle
   * looks again now rather than at its next poll.
   */
  runnerIdle(): void;
  send(rows: readonly JobRowRef[]): Promise<number>;
  recover(options?: RecoverOptions): Promise<RecoverReport>;
}
