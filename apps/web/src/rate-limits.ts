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
 * Memory counters, or counters in PostgreSQL (shared by every server process) when a pool is
 * given. Postgres limiters keep a memory limiter as insurance: if the store fails, requests are
 * still limited (per process) rather than refused or let through unlimited.
 */
export async function createRateLimits(
  budgets: Partial<RateLimitBudgets> = {},
  store?: { pool: pg.Pool; onError?: (error: unknown) => void },
): Promise<RateLimits> {
  const limits: RateLimitBudgets = { ...defaultBudgets, ...budgets };
  const limiters = new Map<RouteClass, RateLimiterAbstract>();
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
    limiters.set(routeClass, await postgresLimiter(store.pool, common, memory));
  }
  return {
    async consume(routeClass, clientKey) {
      const limiter = limiters.get(routeClass);
      if (!limiter) return { allowed: true, retryAfterSeconds: 0 };
      try {
        await limiter.consume(clientKey);
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          };
        }
        // The store failed and so did the insurance: do not lock everybody out.
        store?.onError?.(rejection);
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
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
