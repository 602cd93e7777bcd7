import { setTimeout as delay } from 'node:timers/promises';
import { kindForStatus, ProviderError } from './provider-error.ts';
import {
  backoffDelay,
  defaultRetryPolicy,
  parseRetryAfter,
  type RetryPolicy,
} from './retry-policy.ts';

export interface HttpClientOptions {
  /** Names the provider in errors and logs (`openai`, `replicate`, `local`). */
  provider: string;
  baseUrl: string;
  headers?: Readonly<Record<string, string>>;
  /** Per attempt; default 60 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected in tests so retries take no wall time and delays can be asserted. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  fetch?: typeof fetch;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Overrides the client's timeout (Replicate's `Prefer: wait` holds the request open). */
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
  /** Attempts this answer took (1 when the first one succeeded). */
  attempts: number;
}

export interface HttpClient {
  readonly provider: string;
  readonly baseUrl: string;
  json(request: HttpRequest): Promise<HttpResponse>;
  /** Raw bytes of an absolute URL (Replicate outputs), with the same retries. */
  bytes(url: string): Promise<Buffer>;
}

/**
 * A thin fetch client: JSON in and out, a timeout per attempt, and the retry policy applied to
 * whatever failed in a retryable way. The SDKs either ignore `retry-after` (Replicate's) or retry
 * on their own schedule; owning the loop keeps one policy for every provider and makes it testable.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const { provider } = options;

  async function withRetries<T>(attempt: (n: number) => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt(n);
      } catch (error) {
        const failure =
          error instanceof ProviderError
            ? error
            : new ProviderError(`request failed: ${String(error)}`, {
                provider,
                kind: 'network',
                cause: error,
              });
        if (!failure.isRetryable || n >= policy.maxAttempts) throw failure.withAttempts(n);
        const wait = failure.retryAfterMs ?? backoffDelay(policy, n, random);
        if (failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs) {
          throw new ProviderError(
            `${failure.message}; the server asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s, more than the ${policy.maxRetryAfterMs / 1000} s we wait`,
            {
              provider,
              kind: failure.kind,
              ...(failure.status === undefined ? {} : { status: failure.status }),
              retryAfterMs: failure.retryAfterMs,
              attempts: n,
              cause: failure,
            },
          );
        }
        await sleep(wait);
      }
    }
  }

  async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
    try {
      return await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ProviderError(
        timedOut
          ? `no answer within ${timeoutMs} ms`
          : `could not reach ${url}: ${causeText(error)}`,
        { provider, kind: timedOut ? 'timeout' : 'network', cause: error },
      );
    }
  }

  async function readText(response: Response, timeoutMs: number): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ProviderError(timedOut ? `no answer within ${timeoutMs} ms` : 'connection lost', {
        provider,
        kind: timedOut ? 'timeout' : 'network',
        cause: error,
      });
    }
  }

  return {
    provider,
    baseUrl,
    json(request) {
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? 60_000;
      const url = `${baseUrl}${request.path}`;
      return withRetries(async (attempts) => {
        const response = await send(
          url,
          {
            method: request.method,
            headers: {
              accept: 'application/json',
              ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
              ...options.headers,
              ...request.headers,
            },
            ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          },
          timeoutMs,
        );
        const text = await readText(response, timeoutMs);
        let body: unknown;
        try {
          body = text === '' ? null : JSON.parse(text);
        } catch (error) {
          if (response.ok) {
            throw new ProviderError(
              `${request.path} answered ${response.status} with malformed JSON`,
              {
                provider,
                kind: 'malformed-response',
                status: response.status,
                cause: error,
              },
            );
          }
          body = text;
        }
        if (!response.ok) {
          const { code, message } = errorOf(body);
          const retryAfterMs = parseRetryAfter(response.headers, now());
          throw new ProviderError(
            `${request.method} ${request.path} answered ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`,
            {
              provider,
              kind: kindForStatus(response.status, code),
              status: response.status,
              ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
            },
          );
        }
        return { status: response.status, headers: response.headers, body, attempts };
      });
    },
    bytes(url) {
      const timeoutMs = options.timeoutMs ?? 60_000;
      return withRetries(async () => {
        const response = await send(
          url,
          { method: 'GET', headers: { ...options.headers } },
          timeoutMs,
        );
        if (!response.ok) {
          throw new ProviderError(`GET ${url} answered ${response.status}`, {
            provider,
            kind: kindForStatus(response.status, undefined),
            status: response.status,
          });
        }
        return Buffer.from(await response.arrayBuffer());
      });
    },
  };
}

/** `{ error: { code, message } }` (OpenAI) or `{ detail }` (Replicate). */
function errorOf(body: unknown): { code: string | undefined; message: string | undefined } {
  if (typeof body !== 'object' || body === null) {
    return { code: undefined, message: typeof body === 'string' ? body.slice(0, 200) : undefined };
  }
  const record = body as Record<string, unknown>;
  const inner = record.error;
  if (typeof inner === 'object' && inner !== null) {
    const e = inner as Record<string, unknown>;
    const code =
      typeof e.code === 'string' ? e.code : typeof e.type === 'string' ? e.type : undefined;
    return { code, message: typeof e.message === 'string' ? e.message : undefined };
  }
  return {
    code: undefined,
    message: typeof record.detail === 'string' ? record.detail : undefined,
  };
}

function causeText(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause;
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}
