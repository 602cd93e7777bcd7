import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type pg from 'pg';

/** Requests are limited per class of route, each with its own budget per client per minute. */
export type RouteClass = 'auth' | 'api' | 'events' | 'files';

export type RateLimitBudgets = Record<RouteClass, number>;

/**
 * Per client (IP) per 60 s. Sign-in is also limited per account (and failed attempts per IP) by
 * @storecraft/auth. The API budget lets a busy automation client page a catalog at a few hundred
 * requests a second; what it stops is one address hammering the server.
 */
export const defaultBudgets: RateLimitBudgets = {
  auth: 60,
  api: 18_000,
  events: 120,
  files: 600,
};

export interface RateLimitVerdict {
  allowed: boolean;
  /** Whole seconds until the client may try again (when refused). */
  retryAfterSeconds: number;
}

export interface RateLimits {
  consume(routeClass: RouteClass, clientKey: string): Promise<RateLimitVerdict>;
}

const DURATION_SECONDS = 60;

/**
 * Classes whose shared counters are settled in batches (see `BatchedLimiter`): the API's budget is
 * large, and a store round trip per call would cost more than the call. Sign-in stays exact.
 */
const BATCHED_CLASSES: ReadonlySet<RouteClass> = new Set(['api']);

/** How often a batched class settles what this process counted with the shared store. */
export const SETTLE_EVERY_MS = 250;

/**
 * Memory counters, or counters in PostgreSQL (shared by every server process) when a pool is
 * given. Postgres limiters keep a memory limiter as insurance: if the store fails, requests are
 * still limited (per process) rather than refused or let through unlimited.
 */
export async function createRateLimits(
  budgets: Partial<RateLimitBudgets> = {},
  store?: { pool: pg.Pool; onError?: (error: unknown) => void; settleEveryMs?: number },
): Promise<RateLimits> {
  const limits: RateLimitBudgets = { ...defaultBudgets, ...budgets };
  const limiters = new Map<RouteClass, RateLimiterAbstract | BatchedLimiter>();
  for (const routeClass of Object.keys(limits) as RouteClass[]) {
    const common = {
      keyPrefix: `storecraft_${routeClass}`,
      points: limits[routeClass],
      duration: DURATION_SECONDS,
    };
    const memory = new RateLimiterMemory(common);
    if (!store) {
      limiters.set(routeClass, memory);
      continue;
    }
    const shared = await postgresLimiter(store.pool, common, memory);
    limiters.set(
      routeClass,
      BATCHED_CLASSES.has(routeClass)
        ? new BatchedLimiter(shared, limits[routeClass], {
            settleEveryMs: store.settleEveryMs ?? SETTLE_EVERY_MS,
            onError: (error) => store.onError?.(error),
          })
        : shared,
    );
  }
  return {
    async consume(routeClass, clientKey) {
      const limiter = limiters.get(routeClass);
      if (!limiter) return { allowed: true, retryAfterSeconds: 0 };
      if (limiter instanceof BatchedLimiter) return limiter.consume(clientKey);
      try {
        await limiter.consume(clientKey);
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return refused(rejection.msBeforeNext);
        // The store failed and so did the insurance: do not lock everybody out.
        store?.onError?.(rejection);
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
}

function refused(msBeforeNext: number): RateLimitVerdict {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

interface WindowState {
  /** Points the shared store had counted for the key at its last answer (every process's). */
  consumed: number;
  /** When the store's window for the key ends (epoch ms). */
  resetAt: number;
  /** Points this process has allowed since, not yet sent to the store. */
  pending: number;
}

/**
 * A shared (PostgreSQL) counter consulted in batches. A client's first call in a window goes to the
 * store; later calls are decided here against the store's last count plus what this process has
 * allowed since, and the difference is sent every `settleEveryMs` in one `consume(key, n)`. In one
 * process the verdicts are exact; with several, each may over-admit what it allows between two
 * settlements before it sees the others' counts. The store sees one write per client per period
 * instead of one per request.
 */
class BatchedLimiter {
  private readonly windows = new Map<string, WindowState>();
  private timer: NodeJS.Timeout | undefined;
  private readonly store: RateLimiterAbstract;
  private readonly budget: number;
  private readonly options: { settleEveryMs: number; onError: (error: unknown) => void };

  constructor(
    store: RateLimiterAbstract,
    points: number,
    options: { settleEveryMs: number; onError: (error: unknown) => void },
  ) {
    this.store = store;
    this.budget = points;
    this.options = options;
  }

  async consume(key: string): Promise<RateLimitVerdict> {
    const now = Date.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      // A new window: what was allowed in the old one and not yet sent no longer counts.
      this.windows.delete(key);
      return this.consumeInStore(key);
    }
    if (window.consumed + window.pending + 1 > this.budget) return refused(window.resetAt - now);
    window.pending += 1;
    this.timer ??= setTimeout(() => this.settle(), this.options.settleEveryMs).unref();
    return { allowed: true, retryAfterSeconds: 0 };
  }

  private async consumeInStore(key: string): Promise<RateLimitVerdict> {
    try {
      this.learn(key, await this.store.consume(key));
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        this.learn(key, rejection);
        return refused(rejection.msBeforeNext);
      }
      // The store failed and so did the insurance: do not lock everybody out.
      this.options.onError(rejection);
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  /** Records the store's answer, keeping what was allowed here meanwhile as still pending. */
  private learn(key: string, answer: RateLimiterRes): void {
    const pending = this.windows.get(key)?.pending ?? 0;
    this.windows.set(key, {
      consumed: answer.consumedPoints,
      resetAt: Date.now() + answer.msBeforeNext,
      pending,
    });
  }

  /** Sends every key's pending points; forgets windows that ended with nothing pending. */
  private settle(): void {
    this.timer = undefined;
    const now = Date.now();
    for (const [key, window] of this.windows) {
      if (window.pending === 0) {
        if (window.resetAt <= now) this.windows.delete(key);
        continue;
      }
      const points = window.pending;
      window.pending = 0;
      this.store.consume(key, points).then(
        (answer) => this.learn(key, answer),
        (rejection: unknown) => {
          // Over the budget is an answer too: the next calls are refused here until the reset.
          if (rejection instanceof RateLimiterRes) this.learn(key, rejection);
          else this.options.onError(rejection);
        },
      );
    }
  }
}

function postgresLimiter(
  pool: pg.Pool,
  common: { keyPrefix: string; points: number; duration: number },
  insurance: RateLimiterMemory,
): Promise<RateLimiterAbstract> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        ...common,
        storeClient: pool,
        tableName: 'storecraft_rate_limits',
        insuranceLimiter: insurance,
        clearExpiredByTimeout: true,
      },
      (error?: unknown) => (error ? reject(toError(error)) : resolve(limiter)),
    );
  });
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
