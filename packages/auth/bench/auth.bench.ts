import { randomBytes } from 'node:crypto';
import { defineBenches, type BenchCase } from '@storecraft/core/testing';
import type { DatabaseDriver } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { createAuth, type AuthService } from '@storecraft/auth';

/*
 * What accounts cost per request: a sign-in (one scrypt hash, N=16384 r=16 p=1, plus the session
 * insert) and resolving the caller of an API request from a session cookie or a Bearer key.
 */

const BASE_URL = 'http://localhost:3000';
const SIGN_INS = 20;
const RESOLUTIONS = 200;

interface Context {
  t: TestDatabase;
  auth: AuthService;
  credentials: { email: string; password: string };
  cookie: string;
  key: string;
}

function post(path: string, body: unknown): Request {
  return new Request(`${BASE_URL}/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE_URL },
    body: JSON.stringify(body),
  });
}

async function setup(driver: DatabaseDriver): Promise<Context> {
  const t = await createTestDatabase(driver);
  const auth = createAuth({
    db: t.db,
    driver,
    baseUrl: BASE_URL,
    secret: randomBytes(32).toString('base64url'),
    rateLimit: {
      signInPerIp: { points: 1_000_000, durationSeconds: 60 },
      signInPerAccount: { points: 1_000_000, durationSeconds: 60 },
    },
  });
  const credentials = { email: 'bench@example.test', password: 'bench-password-1234' };
  const response = await auth.handler(post('/sign-up/email', { ...credentials, name: 'Bench' }));
  const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const actor = await auth.resolveActor(new Headers({ cookie }));
  if (actor?.kind !== 'user') throw new Error('sign-up failed');
  const [workspace] = await auth.workspaces.listWorkspaces(actor);
  const { key } = await auth.workspaces.createApiKey(actor, workspace?.id ?? '', {
    name: 'bench',
    scope: 'read',
  });
  return { t, auth, credentials, cookie, key };
}

const cases: BenchCase[] = (['pglite', 'postgres'] as const).flatMap((driver) => {
  const skip = testDrivers.includes(driver) ? undefined : 'set DATABASE_URL to include PostgreSQL';
  const common = {
    runs: 5,
    warmup: 1,
    skip,
    setup: () => setup(driver),
    teardown: (c: unknown) => (c as Context).t.close(),
  };
  return [
    {
      ...common,
      name: `auth: ${SIGN_INS} sequential sign-ins, scrypt N=16384 r=16 p=1 (${driver})`,
      run: async (c: unknown) => {
        const { auth, credentials } = c as Context;
        for (let i = 0; i < SIGN_INS; i++) {
          const response = await auth.handler(post('/sign-in/email', credentials));
          if (!response.ok) throw new Error(`sign-in: ${response.status}`);
        }
        return { items: SIGN_INS, unit: 'sign-ins' };
      },
    },
    {
      ...common,
      name: `auth: resolve ${RESOLUTIONS} session cookies (${driver})`,
      run: async (c: unknown) => {
        const { auth, cookie } = c as Context;
        const headers = new Headers({ cookie });
        for (let i = 0; i < RESOLUTIONS; i++) {
          if (!(await auth.resolveActor(headers))) throw new Error('no session');
        }
        return { items: RESOLUTIONS, unit: 'requests' };
      },
    },
    {
      ...common,
      name: `auth: resolve ${RESOLUTIONS} Bearer API keys (${driver})`,
      run: async (c: unknown) => {
        const { auth, key } = c as Context;
        const headers = new Headers({ authorization: `Bearer ${key}` });
        for (let i = 0; i < RESOLUTIONS; i++) {
          if (!(await auth.resolveActor(headers))) throw new Error('no key');
        }
        return { items: RESOLUTIONS, unit: 'requests' };
      },
    },
  ];
});

export default defineBenches(cases);
