import { z } from 'zod';
import { parseInput } from '@storecraft/core';
import type { Database, DatabaseDriver } from '@storecraft/db';

/** One limit: at most `points` attempts per `durationSeconds`. */
export interface LimitWindow {
  points: number;
  durationSeconds: number;
}

/** Brute-force limits (rate-limiter-flexible). */
export interface RateLimitOptions {
  /** Failed sign-ins per client IP. Default 20 per 5 minutes. */
  signInPerIp?: LimitWindow;
  /** Failed sign-ins per account (email). Default 5 per 15 minutes; a success resets it. */
  signInPerAccount?: LimitWindow;
  /** Sign-ups per client IP (each one costs a password hash). Default 10 per hour. */
  signUpPerIp?: LimitWindow;
}

/** Options of {@link createAuth}. */
export interface AuthOptions {
  /** The database the composition root owns (PGlite or PostgreSQL, migrated). */
  db: Database;
  /**
   * Which driver `db` runs on. `postgres` keeps the brute-force counters in the `rate_limits`
   * table (shared by every server process); `pglite` keeps them in memory (one process anyway).
   */
  driver: DatabaseDriver;
  /**
   * The public URL of the app (`PUBLIC_URL`), e.g. `https://storecraft.example.com`. Its origin is
   * the one trusted origin for cookie-bearing requests; cookies are `Secure` unless its host is
   * localhost or 127.0.0.1 over http.
   */
  baseUrl: string;
  /** Signs session cookies (HMAC); 32+ characters (`STORECRAFT_SECRET`). */
  secret: string;
  /** Where the handler is mounted. Default `/api/auth`. */
  basePath?: string;
  /** Brute-force limits; see {@link RateLimitOptions}. */
  rateLimit?: RateLimitOptions;
  /** Session lifetime in seconds (sliding: renewed on use once a day). Default 7 days. */
  sessionExpiresInSeconds?: number;
  /** How long an invitation link works, in seconds. Default 7 days. */
  invitationExpiresInSeconds?: number;
  /**
   * The caller's IP address for rate limits and the session list. Default: the last address of
   * `X-Forwarded-For`, which the web server must set from the socket (replacing what the client
   * sent) or a trusted proxy must append; `unknown` when absent (all such callers share one limit).
   */
  clientIp?: (request: Request) => string | undefined;
  /**
   * How long (seconds) this process remembers who a session cookie belongs to and members' roles,
   * so a request does not look both up in the database. Sign-out, revocations and membership
   * changes made through this process forget at once; made through another server process, they
   * take effect within this time. Default 10; 0 looks up on every request.
   */
  cacheSeconds?: number;
  /** The clock (tests). Default `() => new Date()`. */
  now?: () => Date;
}

const limitWindowSchema = z.object({
  points: z.int().min(1),
  durationSeconds: z.int().min(1),
});

const optionsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  secret: z.string().min(32, 'must be at least 32 characters'),
  basePath: z
    .string()
    .regex(/^\/[a-z0-9/_-]*[a-z0-9_-]$/i, 'must start with / and not end with /')
    .default('/api/auth'),
  driver: z.enum(['pglite', 'postgres']),
  sessionExpiresInSeconds: z
    .int()
    .min(60)
    .default(7 * 24 * 3600),
  invitationExpiresInSeconds: z
    .int()
    .min(60)
    .default(7 * 24 * 3600),
  cacheSeconds: z.number().min(0).max(300).default(10),
  rateLimit: z
    .object({
      signInPerIp: limitWindowSchema.default({ points: 20, durationSeconds: 300 }),
      signInPerAccount: limitWindowSchema.default({ points: 5, durationSeconds: 900 }),
      signUpPerIp: limitWindowSchema.default({ points: 10, durationSeconds: 3600 }),
    })
    .default({
      signInPerIp: { points: 20, durationSeconds: 300 },
      signInPerAccount: { points: 5, durationSeconds: 900 },
      signUpPerIp: { points: 10, durationSeconds: 3600 },
    }),
});

export type ResolvedAuthOptions = z.infer<typeof optionsSchema> & {
  db: Database;
  clientIp: (request: Request) => string;
  now: () => Date;
};

export function resolveAuthOptions(options: AuthOptions): ResolvedAuthOptions {
  const parsed = parseInput(
    optionsSchema,
    {
      baseUrl: options.baseUrl,
      secret: options.secret,
      basePath: options.basePath,
      driver: options.driver,
      sessionExpiresInSeconds: options.sessionExpiresInSeconds,
      invitationExpiresInSeconds: options.invitationExpiresInSeconds,
      cacheSeconds: options.cacheSeconds,
      rateLimit: options.rateLimit,
    },
    'auth options',
  );
  const clientIp = options.clientIp;
  return {
    ...parsed,
    db: options.db,
    clientIp: clientIp ? (request) => clientIp(request) ?? 'unknown' : forwardedForIp,
    now: options.now ?? (() => new Date()),
  };
}

/** The address the nearest hop recorded: the last entry of X-Forwarded-For. */
function forwardedForIp(request: Request): string {
  const header = request.headers.get('x-forwarded-for');
  const last = header?.split(',').at(-1)?.trim();
  return last || 'unknown';
}

/**
 * Cookies may go without `Secure` only to a local development server over http (browsers refuse
 * `Secure` cookies from http://localhost in some versions; a remote http server must not get them).
 */
export function isLocalHttp(baseUrl: string): boolean {
  const url = new URL(baseUrl);
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
