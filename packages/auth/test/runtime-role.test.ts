import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  createDatabase,
  migrate,
  rowsOf,
  withWorkspace,
  type DatabaseHandle,
} from '@storecraft/db';
import {
  asOwner,
  createEmptyPostgresDatabase,
  createTestDatabase,
  dbErrorOf,
  testDrivers,
  type ScratchDatabase,
  type TestDatabase,
  type TestLoginRole,
  createLoginRole,
  seedWorkspace,
} from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type AuthService } from '@storecraft/auth';
import { BASE_URL, person, signIn, signUp, userActor } from './helpers.ts';

const authTables = [
  'sessions',
  'accounts',
  'verifications',
  'workspace_invitations',
  'api_keys',
  'rate_limits',
];

describe.each(testDrivers)(
  'auth tables are out of reach of tenant transactions on %s',
  (driver) => {
    let t: TestDatabase;

    beforeAll(async () => {
      t = await createTestDatabase(driver);
    }, 180_000);
    afterAll(async () => {
      await t.close();
    });

    it.each(authTables)('withWorkspace cannot read %s', async (table) => {
      const error = await dbErrorOf(
        withWorkspace(t.db, 'ws_00000000000000000000000000', (tx) =>
          tx.execute(sql`select * from ${sql.identifier(table)}`),
        ),
      );
      expect(error.code).toBe('42501'); // insufficient_privilege
    });
  },
);

/**
 * The README's production set-up: the app connects as a login role that is neither superuser nor
 * BYPASSRLS nor owner, granted storecraft_app and storecraft_runtime. Accounts must work through it.
 */
describe.skipIf(!testDrivers.includes('postgres'))('accounts as the runtime login role', () => {
  let database: ScratchDatabase;
  let login: TestLoginRole;
  let app: DatabaseHandle;
  let auth: AuthService;

  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    const owner = await createDatabase({ driver: 'postgres', url: database.url, poolMax: 2 });
    try {
      await migrate(owner.db);
      // Someone's catalog, which accounts must not be able to read.
      await seedWorkspace(owner.db, 1);
    } finally {
      await owner.close();
    }
    login = await createLoginRole(database.url);
    await asOwner(database.url, (c) =>
      c.query(`grant storecraft_app, storecraft_runtime to "${login.name}"`),
    );
    app = await createDatabase({ driver: 'postgres', url: login.url, poolMax: 4 });
    auth = createAuth({
      db: app.db,
      driver: 'postgres',
      baseUrl: BASE_URL,
      secret: randomBytes(32).toString('base64url'),
      rateLimit: { signInPerAccount: { points: 2, durationSeconds: 600 } },
    });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await login?.drop();
  });

  it('signs up, signs in, limits guesses in rate_limits, invites and resolves API keys', async () => {
    const owner = await signUp(auth, person('owner'));
    const ownerActor = await userActor(auth, owner.cookie);
    const [personal] = await auth.workspaces.listWorkspaces(ownerActor);
    expect(personal?.role).toBe('owner');
    const ws = personal?.id ?? '';

    const guest = await signUp(auth, person('guest'));
    const guestActor = await userActor(auth, guest.cookie);
    const { token } = await auth.workspaces.createInvitation(ownerActor, ws, {
      email: guest.email,
      role: 'member',
    });
    await auth.workspaces.acceptInvitation(guestActor, token);
    expect(await auth.workspaces.listMembers(guestActor, ws)).toHaveLength(2);

    const { key } = await auth.workspaces.createApiKey(ownerActor, ws, {
      name: 'ci',
      scope: 'read',
    });
    expect(await auth.resolveActor(new Headers({ authorization: `Bearer ${key}` }))).toMatchObject({
      workspaceId: ws,
      scope: 'read',
    });

    expect((await signIn(auth, { email: guest.email, password: 'wrong-1-password' })).status).toBe(
      401,
    );
    expect((await signIn(auth, { email: guest.email, password: 'wrong-2-password' })).status).toBe(
      401,
    );
    const refused = await signIn(auth, guest);
    expect(refused.status).toBe(429);
    // Counted in PostgreSQL (shared by every server process), under a hash of the email.
    const rows = await asOwner(database.url, (c) => c.query(`select key from rate_limits`));
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows.rows)).not.toContain(guest.email);

    // The runtime role does not open the catalog: tenant tables stay behind their policies.
    const brands = await app.db.execute(sql`select count(*)::int as n from brands`);
    expect(rowsOf<{ n: number }>(brands)[0]?.n).toBe(0);
    const seeded = await asOwner(database.url, (c) =>
      c.query(`select count(*)::int as n from brands`),
    );
    expect(seeded.rows[0]).toEqual({ n: 1 });
  });
});
