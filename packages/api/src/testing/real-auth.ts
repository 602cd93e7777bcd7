import { randomBytes } from 'node:crypto';
import { createAuth } from '@storecraft/auth';
import type { Actor } from '@storecraft/auth';
import type { Database, DatabaseDriver } from '@storecraft/db';
import type { TestAccounts } from './memory-auth.ts';

const BASE_URL = 'http://127.0.0.1:3000';

/**
 * The real accounts package (`createAuth`: better-auth on the test database) with the helpers the
 * gateway's tests use: sign-up through its HTTP handler (cookie kept per user), personal
 * workspace from its directory.
 */
export function createRealTestAuth(db: Database, driver: DatabaseDriver): TestAccounts {
  const auth = createAuth({
    db,
    driver,
    baseUrl: BASE_URL,
    secret: randomBytes(32).toString('base64url'),
    // Tests sign up many people from one address.
    rateLimit: {
      signInPerIp: { points: 10_000, durationSeconds: 60 },
      signInPerAccount: { points: 10_000, durationSeconds: 60 },
      signUpPerIp: { points: 10_000, durationSeconds: 60 },
    },
  });
  const cookies = new Map<string, string>();
  const actors = new Map<string, Actor>();
  return {
    ...auth,
    async signUp(email, name = email.split('@')[0] ?? email) {
      const response = await auth.handler(
        new Request(`${BASE_URL}/api/auth/sign-up/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: BASE_URL },
          body: JSON.stringify({ email, name, password: `pw-${randomBytes(8).toString('hex')}` }),
        }),
      );
      if (response.status !== 200) {
        throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
      }
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0] ?? '')
        .filter((pair) => !pair.endsWith('='))
        .join('; ');
      const actor = await auth.resolveActor(new Headers({ cookie }));
      if (actor?.kind !== 'user') throw new Error('the new account has no session');
      const [personal] = await auth.workspaces.listWorkspaces(actor);
      if (!personal) throw new Error('the new account has no personal workspace');
      cookies.set(actor.userId, cookie);
      actors.set(actor.userId, actor);
      return { userId: actor.userId, workspaceId: personal.id };
    },
    as(userId) {
      const cookie = cookies.get(userId);
      if (!cookie) throw new Error(`no session for ${userId}`);
      return new Headers({ cookie });
    },
    asKey: (key) => new Headers({ authorization: `Bearer ${key}` }),
    actorOf(userId) {
      const actor = actors.get(userId);
      if (!actor) throw new Error(`no user ${userId}`);
      return actor;
    },
  };
}
