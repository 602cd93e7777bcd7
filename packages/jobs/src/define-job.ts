import { AppError } from '@storecraft/core';
import type { GenerationJobKind } from './job-kind.ts';

/**
 * What `defineJob` needs of a payload schema: a zod schema fits. Kept structural so this package
 * does not import zod at runtime.
 */
export interface PayloadSchema<P> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: P }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Everything a handler learns about the attempt it runs. */
export interface JobContext {
  /** The `generation_jobs` id: the key for idempotent writes. */
  jobId: string;
  workspaceId: string;
  brandId: string;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
  /**
   * Aborted when the worker stops (reason: `JobInterruptedError`) or when this attempt lost its
   * claim (reason: `JobLeaseLostError`). Pass it to fetch/providers; bail out when it fires.
   */
  signal: AbortSignal;
  /** Records progress (0..1) on the row and notifies listeners. */
  progress(fraction: number): Promise<void>;
}

/**
 * A kind of generation work. `name` is the row's `kind`, so one definition per kind.
 *
 * The contract for `handler`: it may run more than once for the same job (a worker that died or
 * stalled mid-job has its job handed to another one), so every write it makes must be idempotent,
 * keyed by `ctx.jobId` or by the natural key of what it produces (an upsert, a put to a fixed storage
 * key), never an append.
 */
export interface JobDefinition<P = unknown> {
  name: GenerationJobKind;
  payloadSchema: PayloadSchema<P>;
  handler(payload: P, ctx: JobContext): Promise<void>;
  /**
   * Whether another attempt could succeed. Defaults to `isRetryableByDefault`. An invalid payload is
   * never retried.
   */
  retryable?(error: unknown): boolean;
}

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

const permanentCodes = new Set(['INVALID_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT']);

/**
 * Provider trouble, rate limits and unknown errors are worth another attempt; an `AppError` saying
 * the input is wrong, missing, forbidden or conflicting is not.
 */
export function isRetryableByDefault(error: unknown): boolean {
  return !(error instanceof AppError && permanentCodes.has(error.code));
}

/** `ctx.signal`'s reason when the worker is shutting down; the job goes back to pending. */
export class JobInterruptedError extends Error {
  override readonly name = 'JobInterruptedError';
  constructor() {
    super('The worker is stopping');
  }
}

/** `ctx.signal`'s reason when the queue gave this attempt's job to another worker. */
export class JobLeaseLostError extends Error {
  override readonly name = 'JobLeaseLostError';
  constructor() {
    super('This attempt lost its claim on the job (it expired or missed its heartbeat)');
  }
}
