import { randomBytes } from 'node:crypto';
import type { DatabaseDriver } from '@storecraft/db';
import { createTestDatabase, type TestDatabase } from '@storecraft/db/testing';
import { createAuth, type AuthOptions, type AuthService } from '@storecraft/auth';

export const BASE_URL = 'http://localhost:3000';

export interface TestAuth {
  t: TestDatabase;
  auth: AuthService;
}

/** A migrated test database and an auth service on it. */
export async function startAuth(
  driver: DatabaseDriver,
  overrides: Partial<AuthOptions> = {},
): Promise<TestAuth> {
  const t = await createTestDatabase(driver);
  const auth = createAuth({
    db: t.db,
    driver,
    baseUrl: BASE_URL,
    secret: randomBytes(32).toString('base64url'),
    // Generous defaults so only the rate-limit tests meet the limits.
    rateLimit: {
      signInPerIp: { points: 1000, durationSeconds: 60 },
      signInPerAccount: { points: 1000, durationSeconds: 60 },
      signUpPerIp: { points: 1000, durationSeconds: 60 },
    },
    ...overrides,
  });
  return { t, auth };
}

let counter = 0;

/** Unique person per call. */
export function person(label = 'user') {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  return {
    name: `Test ${label} ${n}`,
    email: `${label}-${n}@example.test`,
    password: `pw-${n}-correct-horse`,
  };
}

export function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  baseUrl = BASE_URL,
): Request {
  return new Request(`${baseUrl}/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, ...headers },
    body: JSON.stringify(body),
  });
}

export function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE_URL}/api/auth${path}`, { headers });
}

/** The `Cookie` header a browser would send back after `response`. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((pair) => !pair.endsWith('='))
    .join('; ');
}

export interface SignedIn {
  cookie: string;
  headers: Headers;
  email: string;
  password: string;
  name: string;
}

export async function signUp(
  auth: AuthService,
  who = person(),
  headers: Record<string, string> = {},
): Promise<SignedIn> {
  const response = await auth.handler(post('/sign-up/email', who, headers));
  if (response.status !== 200) {
    throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  }
  const cookie = cookieFrom(response);
  return { ...who, cookie, headers: new Headers({ cookie }) };
}

export async function signIn(
  auth: AuthService,
  who: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<Response> {
  return auth.handler(
    post('/sign-in/email', { email: who.email, password: who.password }, headers),
  );
}

/** The user actor behind a signed-in cookie (throws when the cookie is not valid). */
export async function userActor(auth: AuthService, cookie: string) {
  const actor = await auth.resolveActor(new Headers({ cookie }));
  if (actor?.kind !== 'user') throw new Error('expected a signed-in user');
  return actor;
}
