import { AppError } from '@storecraft/core';

/**
 * Why a provider call failed, as the retry policy and the fallback report need it: which failures
 * are worth another attempt (network, timeouts, 408/409/429/5xx, a garbled body) and which are
 * not (other 4xx, an exhausted quota, a blocked prompt).
 */
export type ProviderFailureKind =
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'malformed-response'
  | 'insufficient-quota'
  | 'moderation-blocked'
  | 'auth'
  | 'bad-request';

const RETRYABLE: ReadonlySet<ProviderFailureKind> = new Set([
  'network',
  'timeout',
  'rate-limited',
  'server',
  'malformed-response',
]);

export interface ProviderErrorDetails {
  provider: string;
  kind: ProviderFailureKind;
  /** HTTP status when the server answered. */
  status?: number;
  /** The server's `retry-after`, in milliseconds, when it sent one. */
  retryAfterMs?: number;
  /** Attempts made before giving up. */
  attempts?: number;
  cause?: unknown;
}

/** A failed call to an AI provider; `RATE_LIMITED` for 429s, `PROVIDER_FAILED` otherwise. */
export class ProviderError extends AppError {
  readonly provider: string;
  readonly kind: ProviderFailureKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly attempts: number;

  constructor(message: string, details: ProviderErrorDetails) {
    super(details.kind === 'rate-limited' ? 'RATE_LIMITED' : 'PROVIDER_FAILED', message, {
      userMessage: `${details.provider}: ${message}`,
      cause: details.cause,
    });
    this.provider = details.provider;
    this.kind = details.kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.attempts = details.attempts ?? 1;
  }

  get isRetryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  withAttempts(attempts: number): ProviderError {
    const copy = new ProviderError(this.message, {
      provider: this.provider,
      kind: this.kind,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
      attempts,
      cause: this.cause,
    });
    return copy;
  }
}

/** Classifies an HTTP error answer; `code` is the body's `error.code` (OpenAI) when present. */
export function kindForStatus(status: number, code: string | undefined): ProviderFailureKind {
  if (code === 'insufficient_quota') return 'insufficient-quota';
  if (code === 'moderation_blocked' || code === 'content_policy_violation')
    return 'moderation-blocked';
  if (status === 401 || status === 403) return 'auth';
  if (status === 408) return 'timeout';
  if (status === 409 || status >= 500) return 'server';
  if (status === 429) return 'rate-limited';
  return 'bad-request';
}
