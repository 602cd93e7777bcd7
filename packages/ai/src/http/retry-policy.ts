/**
 * Up to 3 attempts; a server's `retry-after` is honoured up to 60 s (a longer wait stalls the
 * catalog, so the call fails and the product falls back); without one, exponential back-off with
 * full jitter so parallel workers do not retry in lockstep.
 */
export interface RetryPolicy {
  maxAttempts: number;
  /** Longest `retry-after` worth waiting for. */
  maxRetryAfterMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  maxRetryAfterMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};

/** Delay before attempt `attempt + 1` (attempt counts from 1), jittered by `random()` ∈ [0, 1). */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * `retry-after-ms` (OpenAI), else `retry-after` as seconds or an HTTP date, in milliseconds;
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
