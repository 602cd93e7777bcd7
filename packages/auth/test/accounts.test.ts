import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '@storecraft/auth';
import {
  cookieFrom,
  get,
  person,
  post,
  signIn,
  signUp,
  startAuth,
  userActor,
  type TestAuth,
} from './helpers.ts';

describe.each(testDrivers)('accounts on %s', (driver) => {
  let s: TestAuth;
  /** Moves this auth's clock (what it remembers sessions and roles by) ahead of the database's. */
  let clockAheadMs = 0;

  beforeAll(async () => {
    s = await startAuth(driver, { now: () => new Date(Date.now() + clockAheadMs) });
    // A fresh PGlite is migrated once per worker: slow when the machine is busy.
  }, 180_000);
  afterAll(async () => {
    await s.t.close();
  });

  it('gives a new account a personal workspace it owns', async () => {
    const who = await signUp(s.auth, person('ada'));
    const actor = await userActor(s.auth, who.cookie);
    expect(actor.email).toBe(who.email);

    const workspaces = await s.auth.workspaces.listWorkspaces(actor);
    expect(workspaces).toHaveLength(1);
    const [personal] = workspaces;
    expect(personal?.role).toBe('owner');
    expect(personal?.name).toBe(`${who.name}'s workspace`);
    expect(personal?.slug).toMatch(/^[a-z0-9-]{2,64}$/);
    const members = await s.auth.workspaces.listMembers(actor, personal?.id ?? '');
    expect(members).toMatchObject([{ userId: actor.userId, email: who.email, role: 'owner' }]);
    // Stored as a hash by the library, never in the clear.
    const [account] = await s.t.raw(`select password from accounts where user_id = $1`, [
      actor.userId,
    ]);
    expect(String(account?.password)).not.toContain(who.password);
    expect(String(account?.password)).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it('refuses a second account with the same email', async () => {
    const who = await signUp(s.auth);
    const again = await s.auth.handler(post('/sign-up/email', { ...who, name: 'Someone else' }));
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it('signs in with the right password and refuses a wrong one without a cookie', async () => {
    const who = await signUp(s.auth);
    const wrong = await signIn(s.auth, { email: who.email, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const unknown = await signIn(s.auth, { email: `nobody-${who.email}`, password: 'whatever-1' });
    // An unknown email looks exactly like a wrong password.
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(
      await (await signIn(s.auth, { email: who.email, password: 'nope-nope-nope' })).json(),
    );

    const right = await signIn(s.auth, who);
    expect(right.status).toBe(200);
    const actor = await userActor(s.auth, cookieFrom(right));
    expect(actor.email).toBe(who.email);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, with an expiry, not Secure on localhost', async () => {
    const response = await s.auth.handler(post('/sign-up/email', person()));
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^storecraft\.session_token=/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=604800/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('sets Secure cookies for a public https URL (and for plain http that is not localhost)', async () => {
    for (const baseUrl of ['https://shop.example.com', 'http://shop.example.com']) {
      const auth = createAuth({
        db: s.t.db,
        driver,
        baseUrl,
        secret: 's'.repeat(16) + 'x'.repeat(20),
      });
      const response = await auth.handler(post('/sign-up/email', person(), {}, baseUrl));
      expect(response.status).toBe(200);
      const [cookie] = response.headers.getSetCookie();
      expect(cookie).toMatch(/^__Secure-storecraft\.session_token=/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
    }
  });

  it('stops accepting a session once it is signed out or revoked', async () => {
    const who = await signUp(s.auth);
    const other = cookieFrom(await signIn(s.auth, who));
    expect(await s.auth.resolveActor(new Headers({ cookie: who.cookie }))).not.toBeNull();

    const signOut = await s.auth.handler(post('/sign-out', {}, { cookie: who.cookie }));
    expect(signOut.status).toBe(200);
    expect(await s.auth.resolveActor(new Headers({ cookie: who.cookie }))).toBeNull();
    // Signing out one browser leaves the other signed in.
    expect(await s.auth.resolveActor(new Headers({ cookie: other }))).not.toBeNull();

    // Revoking one session from another (the session list's "sign out that device").
    const third = cookieFrom(await signIn(s.auth, who));
    const list = await s.auth.handler(get('/list-sessions', { cookie: other }));
    const sessions = (await list.json()) as { token: string; id: string }[];
    const thirdActor = await userActor(s.auth, third);
    const target = sessions.find((x) => x.id === thirdActor.sessionId);
    expect(target).toBeDefined();
    const revoke = await s.auth.handler(
      post('/revoke-session', { token: target?.token }, { cookie: other }),
    );
    expect(revoke.status).toBe(200);
    expect(await s.auth.resolveActor(new Headers({ cookie: third }))).toBeNull();
    expect(await s.auth.resolveActor(new Headers({ cookie: other }))).not.toBeNull();
  });

  it('signs out everywhere', async () => {
    const who = await signUp(s.auth);
    const cookies = [who.cookie];
    for (let i = 0; i < 3; i++) cookies.push(cookieFrom(await signIn(s.auth, who)));
    const bystander = await signUp(s.auth);

    const response = await s.auth.handler(
      post('/revoke-sessions', {}, { cookie: cookies[1] ?? '' }),
    );
    expect(response.status).toBe(200);
    for (const cookie of cookies) {
      expect(await s.auth.resolveActor(new Headers({ cookie }))).toBeNull();
    }
    // Other people stay signed in.
    expect(await s.auth.resolveActor(bystander.headers)).not.toBeNull();
  });

  it('does not accept a session past its expiry', async () => {
    const who = await signUp(s.auth);
    const actor = await userActor(s.auth, who.cookie);
    await s.t.raw(`update sessions set expires_at = now() - interval '1 second' where id = $1`, [
      actor.sessionId,
    ]);
    // Changed behind the server's back, it is remembered for `cacheSeconds` (10), then refused.
    expect(await s.auth.resolveActor(who.headers)).not.toBeNull();
    clockAheadMs = 10_001;
    try {
      expect(await s.auth.resolveActor(who.headers)).toBeNull();
    } finally {
      clockAheadMs = 0;
    }
  });

  it('refuses a forged or tampered cookie', async () => {
    const who = await signUp(s.auth);
    const [name, value] = who.cookie.split('=') as [string, string];
    const tampered = `${name}=${value.slice(0, -3)}abc`;
    expect(await s.auth.resolveActor(new Headers({ cookie: tampered }))).toBeNull();
    // The bare token from the database, without the server's signature, is not a session.
    const token = value.split('.')[0] ?? '';
    expect(await s.auth.resolveActor(new Headers({ cookie: `${name}=${token}` }))).toBeNull();
  });

  it('serves only the account routes, not the plugin routes that bypass the directory', async () => {
    const who = await signUp(s.auth);
    for (const path of ['/organization/create', '/organization/invite-member', '/delete-user']) {
      const response = await s.auth.handler(
        post(path, { name: 'x', slug: 'x-x' }, { cookie: who.cookie }),
      );
      expect(response.status).toBe(404);
    }
    expect((await s.auth.handler(get('/get-session', { cookie: who.cookie }))).status).toBe(200);
  });
});
