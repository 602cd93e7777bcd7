import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, person, post, signIn, signUp, startAuth, type TestAuth } from './helpers.ts';

const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

describe.each(testDrivers)('brute-force limits on %s', (driver) => {
  let s: TestAuth;

  beforeAll(async () => {
    s = await startAuth(driver, {
      rateLimit: {
        signInPerIp: { points: 6, durationSeconds: 600 },
        signInPerAccount: { points: 3, durationSeconds: 900 },
        signUpPerIp: { points: 3, durationSeconds: 3600 },
      },
    });
  }, 180_000);
  afterAll(async () => {
    await s.t.close();
  });

  it('locks an account after repeated wrong passwords, from any IP, with Retry-After', async () => {
    const who = await signUp(s.auth, person(), fromIp('203.0.113.1'));
    for (let i = 0; i < 3; i++) {
      const wrong = await signIn(
        s.auth,
        { ...who, password: `wrong-${i}-guess` },
        fromIp(`198.51.100.${i}`),
      );
      expect(wrong.status).toBe(401);
    }
    // The fourth guess, from yet another address, is refused before the password is checked.
    const refused = await signIn(s.auth, who, fromIp('198.51.100.99'));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.headers.getSetCookie()).toEqual([]);
    // The limit is per account: someone else still signs in.
    const other = await signUp(s.auth, person(), fromIp('203.0.113.1'));
    expect((await signIn(s.auth, other, fromIp('198.51.100.99'))).status).toBe(200);
  });

  it('counts the email in any case as one account', async () => {
    const who = await signUp(s.auth, person(), fromIp('203.0.113.2'));
    for (let i = 0; i < 3; i++) {
      const email = i % 2 === 0 ? who.email.toUpperCase() : who.email;
      await signIn(s.auth, { email, password: 'wrong-password' }, fromIp(`192.0.2.${i + 10}`));
    }
    expect((await signIn(s.auth, who, fromIp('192.0.2.50'))).status).toBe(429);
  });

  it('a successful sign-in starts the account afresh', async () => {
    const who = await signUp(s.auth, person(), fromIp('203.0.113.3'));
    const ip = fromIp('192.0.2.77');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) {
        expect((await signIn(s.auth, { ...who, password: 'wrong-password' }, ip)).status).toBe(401);
      }
      const ok = await signIn(s.auth, who, ip);
      expect(ok.status).toBe(200);
      expect(cookieFrom(ok)).toMatch(/storecraft\.session_token=/);
    }
  });

  it('limits one IP trying many accounts', async () => {
    const ip = fromIp('198.51.100.200');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await signIn(
        s.auth,
        { email: `spray-${i}@example.test`, password: 'Summer2026!' },
        ip,
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    // Another address is not affected.
    const elsewhere = await signIn(
      s.auth,
      { email: 'spray-0@example.test', password: 'x-y-z-w-v' },
      fromIp('198.51.100.201'),
    );
    expect(elsewhere.status).toBe(401);
  });

  it('limits sign-ups per IP', async () => {
    const ip = fromIp('203.0.113.250');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await s.auth.handler(post('/sign-up/email', person(), ip))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
