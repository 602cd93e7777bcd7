import { z } from 'zod';
import { findActiveApiKeyByHash, touchApiKey } from '@storecraft/db';
import { apiKeyHashOf } from './api-key-secret.ts';
import { buildBetterAuth } from './build-better-auth.ts';
import { resolveAuthOptions, type AuthOptions, type ResolvedAuthOptions } from './options.ts';
import { createAttemptLimiter, type AttemptLimiter, type Refusal } from './sign-in-limiter.ts';
import { TtlCache } from './ttl-cache.ts';
import type { Actor, AuthService } from './types.ts';
import { createWorkspaceDirectory } from './workspace-directory.ts';

/**
 * The routes of better-auth the app serves (below `basePath`). Everything else it could answer
 * (its organization routes, account deletion, …) is 404: workspaces, members, invitations and
 * keys go through the `WorkspaceDirectory`, so there is one set of rules for them.
 */
const servedRoutes = new Set([
  'POST /sign-up/email',
  'POST /sign-in/email',
  'POST /sign-out',
  'GET /get-session',
  'GET /list-sessions',
  'POST /revoke-session',
  'POST /revoke-sessions',
  'POST /revoke-other-sessions',
  'POST /change-password',
  'GET /ok',
]);

/** Routes after which remembered sessions may be stale. */
const sessionEndingRoutes = /\/(sign-out|revoke-sessions?|revoke-other-sessions|change-password)$/;

/** `last_used_at` of an API key is written at most once a minute. */
const KEY_USE_RESOLUTION_MS = 60_000;

/**
 * Accounts and workspaces: better-auth (email + password, organization plugin, Drizzle adapter on
 * our tables), brute-force limits on sign-in and sign-up, API keys, and the workspace directory.
 *
 * Sessions live in an HttpOnly, SameSite=Lax cookie (`storecraft.session_token`, `__Secure-`
 * prefixed and `Secure` unless `baseUrl` is http://localhost or http://127.0.0.1), HMAC-signed with
 * `secret`, expiring after `sessionExpiresInSeconds` (sliding, renewed daily) and checked against
 * the sessions table, remembered for `cacheSeconds` (default 10): `POST {basePath}/revoke-session`,
 * `/sign-out` and `/revoke-sessions` (sign out everywhere) take effect at once in this process
 * and within `cacheSeconds` in other server processes. Passwords are hashed by the
 * library with scrypt (N=16384, r=16, p=1).
 */
export function createAuth(options: AuthOptions): AuthService {
  const resolved = resolveAuthOptions(options);
  const auth = buildBetterAuth(resolved);
  const limiter = createAttemptLimiter(resolved);
  const workspaces = createWorkspaceDirectory({
    db: resolved.db,
    invitationExpiresInSeconds: resolved.invitationExpiresInSeconds,
    now: resolved.now,
    roleCacheMs: resolved.cacheSeconds * 1000,
  });
  // Who a session cookie belongs to, by the Cookie header that carried it (see `cacheSeconds`).
  const sessions = new TtlCache<Actor>({
    ttlMs: resolved.cacheSeconds * 1000,
    maxEntries: 10_000,
    now: () => resolved.now().getTime(),
  });

  async function resolveApiKey(presented: string): Promise<Actor | null> {
    const hash = apiKeyHashOf(presented);
    if (hash === null) return null;
    const key = await findActiveApiKeyByHash(resolved.db, hash);
    if (!key) return null;
    await touchApiKey(resolved.db, {
      keyId: key.id,
      now: resolved.now(),
      resolutionMs: KEY_USE_RESOLUTION_MS,
    });
    return { kind: 'api-key', keyId: key.id, workspaceId: key.workspaceId, scope: key.scope };
  }

  return {
    handler: async (request) => {
      const response = await handle(request, resolved, limiter, auth.handler);
      // Signing out, revoking sessions or changing the password ends sessions: forget them all.
      if (request.method === 'POST' && sessionEndingRoutes.test(new URL(request.url).pathname)) {
        sessions.clear();
      }
      return response;
    },

    async resolveActor(headers) {
      const authorization = headers.get('authorization');
      const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
      // A Bearer credential that does not check out is a failed sign-in, not a cue to try the
      // cookie: the caller meant the key.
      if (bearer?.[1] !== undefined) return resolveApiKey(bearer[1]);
      const cookie = headers.get('cookie');
      const known = cookie ? sessions.get(cookie) : undefined;
      if (known) return known;
      const session = await auth.api.getSession({ headers });
      if (!session) return null;
      const actor: Actor = {
        kind: 'user',
        userId: session.user.id,
        email: session.user.email,
        sessionId: session.session.id,
      };
      if (cookie) sessions.set(cookie, actor, session.session.expiresAt.getTime());
      return actor;
    },

    workspaces,
  };
}

const emailBodySchema = z.object({ email: z.string().max(320) });

async function handle(
  request: Request,
  options: ResolvedAuthOptions,
  limiter: AttemptLimiter,
  next: (request: Request) => Promise<Response>,
): Promise<Response> {
  const { pathname } = new URL(request.url);
  const route = pathname.startsWith(`${options.basePath}/`)
    ? `${request.method} ${pathname.slice(options.basePath.length)}`
    : null;
  if (route === null || !servedRoutes.has(route)) {
    return Response.json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404 });
  }
  const ip = options.clientIp(request);

  if (route === 'POST /sign-up/email') {
    const refusal = await limiter.beginSignUp(ip);
    if (refusal) return tooManyAttempts(refusal, 'sign-up');
    return next(request);
  }

  if (route === 'POST /sign-in/email') {
    const email = await emailOf(request);
    const refusal = await limiter.beginSignIn(ip, email);
    if (refusal) return tooManyAttempts(refusal, 'sign-in');
    const response = await next(request);
    if (response.ok) await limiter.signInSucceeded(ip, email);
    return response;
  }

  return next(request);
}

/** The email a sign-in names ('' when the body has none: better-auth answers that with a 400). */
async function emailOf(request: Request): Promise<string> {
  try {
    const parsed = emailBodySchema.safeParse(await request.clone().json());
    return parsed.success ? parsed.data.email : '';
  } catch {
    return '';
  }
}

function tooManyAttempts(refusal: Refusal, what: string): Response {
  const seconds = refusal.retryAfterSeconds;
  return Response.json(
    {
      code: 'RATE_LIMITED',
      message: `Too many ${what} attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    },
    { status: 429, headers: { 'retry-after': String(seconds) } },
  );
}
