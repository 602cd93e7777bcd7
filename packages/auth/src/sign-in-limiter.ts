import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Database } from '@storecraft/db';
import type { LimitWindow, ResolvedAuthOptions } from './options.ts';
import { deriveKey, hmacHex } from './secrets.ts';

/** What a refused attempt tells the caller: when to try again. */
export interface Refusal {
  retryAfterSeconds: number;
}

/**
 * Brute-force limits for sign-in (per IP and per account) and sign-up (per IP). Attempts are
 * counted before the password is checked, so parallel guesses cannot slip past the count; a
 * successful sign-in gives its points back.
 */
export interface AttemptLimiter {
  /** Counts a sign-in attempt; a refusal when the IP or the account is over its limit. */
  beginSignIn(ip: string, email: string): Promise<Refusal | null>;
  /** The attempt succeeded: it does not count against the IP, and the account starts afresh. */
  signInSucceeded(ip: string, email: string): Promise<void>;
  beginSignUp(ip: string): Promise<Refusal | null>;
}

const TABLE = 'rate_limits';

export function createAttemptLimiter(options: ResolvedAuthOptions): AttemptLimiter {
  const limiter = limiterFactory(options);
  const perIp = limiter('signin_ip', options.rateLimit.signInPerIp);
  const perAccount = limiter('signin_account', options.rateLimit.signInPerAccount);
  const signUpPerIp = limiter('signup_ip', options.rateLimit.signUpPerIp);
  // Counters are keyed by an HMAC of the email, not the address: the rate_limits table holds no
  // addresses, and (unlike a plain hash) its keys cannot be matched against a list of emails.
  const pseudonymKey = deriveKey(options.secret, 'rate-limit-accounts');
  const accountKey = (email: string) => hmacHex(pseudonymKey, email.trim().toLowerCase());

  return {
    async beginSignIn(ip, email) {
      return (await consume(perIp, ip)) ?? (await consume(perAccount, accountKey(email)));
    },
    async signInSucceeded(ip, email) {
      await Promise.all([perIp.reward(ip, 1), perAccount.delete(accountKey(email))]);
    },
    beginSignUp: (ip) => consume(signUpPerIp, ip),
  };
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<Refusal | null> {
  try {
    await limiter.consume(key, 1);
    return null;
  } catch (rejection) {
    // The library rejects with a RateLimiterRes when over the limit, with an Error when its store
    // fails (the memory insurance limiter answers then, so that is rare): both refuse the attempt.
    if (rejection instanceof RateLimiterRes) {
      return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

function limiterFactory(options: ResolvedAuthOptions) {
  switch (options.driver) {
    case 'pglite':
      return (keyPrefix: string, window: LimitWindow): RateLimiterAbstract =>
        new RateLimiterMemory({ keyPrefix, ...limits(window) });
    case 'postgres': {
      const pool = pgPoolOf(options.db);
      return (keyPrefix: string, window: LimitWindow): RateLimiterAbstract =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: TABLE,
          // Made by migration 0004: the app's role may not create tables.
          tableCreated: true,
          keyPrefix,
          ...limits(window),
          // Should the database hiccup, count in memory rather than let guesses through unchecked.
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, ...limits(window) }),
        });
    }
    default:
      return assertNever(options.driver);
  }
}

function limits(window: LimitWindow) {
  return { points: window.points, duration: window.durationSeconds };
}

/** The node-postgres pool under a Drizzle database (`$client`), which RateLimiterPostgres queries. */
function pgPoolOf(db: Database): { query: (...args: never[]) => unknown } {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (
    typeof client === 'object' &&
    client !== null &&
    'query' in client &&
    typeof client.query === 'function'
  ) {
    return client as { query: (...args: never[]) => unknown };
  }
  throw new Error('The postgres driver was named, but the database has no node-postgres pool');
}

function assertNever(value: never): never {
  throw new Error(`Unknown database driver ${JSON.stringify(value)}`);
}
