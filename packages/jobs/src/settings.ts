import { AppError } from '@storecraft/core';

/** Timing of the queue. Production defaults are below; tests shorten them. */
export interface JobQueueSettings {
  /**
   * Hard limit on one attempt: pg-boss fails an attempt still active after this long (and retries
   * it). Also what `lease_expires_at` shows.
   */
  expireInSeconds: number;
  /**
   * Liveness: a runner touches its jobs every `heartbeatSeconds / 2`; a job not touched for
   * `heartbeatSeconds` is handed to another worker. This is what bounds crash recovery for long
   * jobs. At least 10 (pg-boss); `null` leaves recovery to `expireInSeconds`.
   */
  heartbeatSeconds: number | null;
  /** How often pg-boss looks for expired and silent jobs (its monitor and supervise intervals). */
  monitorIntervalSeconds: number;
  /**
   * Idle poll of a runner. NOTIFY wakes runners at once for new jobs; polling finds retries whose
   * back-off has elapsed.
   */
  pollIntervalMs: number;
  /** First retry delay; doubles per attempt with jitter (pg-boss `retryBackoff`). */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** How long pg-boss keeps a finished job; `generation_jobs` is the record. */
  deleteAfterSeconds: number;
  /**
   * After a fair claim found nothing (every waiting workspace at its share), runners take the
   * oldest job directly for this long before checking fairness again. NOTIFY resets it.
   */
  fairnessRecheckMs: number;
  /** Runners call `recover()` this often (0: only at start). */
  sweepIntervalMs: number;
  /** How long `runner.stop()` waits for in-flight handlers. */
  stopTimeoutMs: number;
  /**
   * While the database is unreachable (restart, failover, not created yet), how long to wait before
   * the first check that it is back; the wait doubles after each failed check up to
   * `reconnectDelayMaxMs`. Claims, row updates and startup all wait on the same checks.
   */
  reconnectDelayMs: number;
  reconnectDelayMaxMs: number;
}

export const defaultJobQueueSettings: Readonly<JobQueueSettings> = Object.freeze({
  expireInSeconds: 15 * 60,
  heartbeatSeconds: 30,
  monitorIntervalSeconds: 10,
  pollIntervalMs: 2_000,
  retryDelaySeconds: 1,
  retryDelayMaxSeconds: 5 * 60,
  deleteAfterSeconds: 24 * 60 * 60,
  fairnessRecheckMs: 1_000,
  sweepIntervalMs: 5 * 60_000,
  stopTimeoutMs: 30_000,
  reconnectDelayMs: 1_000,
  reconnectDelayMaxMs: 30_000,
});

export function resolveSettings(overrides: Partial<JobQueueSettings> = {}): JobQueueSettings {
  const settings = { ...defaultJobQueueSettings, ...overrides };
  const problems: string[] = [];
  if (settings.heartbeatSeconds !== null && settings.heartbeatSeconds < 10) {
    problems.push('heartbeatSeconds must be at least 10 (or null)');
  }
  if (settings.expireInSeconds < 1) problems.push('expireInSeconds must be at least 1');
  if (settings.monitorIntervalSeconds < 1)
    problems.push('monitorIntervalSeconds must be at least 1');
  if (settings.pollIntervalMs < 50) problems.push('pollIntervalMs must be at least 50');
  if (settings.reconnectDelayMs < 10) problems.push('reconnectDelayMs must be at least 10');
  if (settings.reconnectDelayMaxMs < settings.reconnectDelayMs) {
    problems.push('reconnectDelayMaxMs must be at least reconnectDelayMs');
  }
  if (problems.length > 0) {
    throw new AppError('INVALID_INPUT', `Invalid job queue settings: ${problems.join('; ')}`);
  }
  return settings;
}
