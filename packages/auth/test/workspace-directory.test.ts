import { AppError } from '@storecraft/core';
import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, AuthService } from '@storecraft/auth';
import { person, signUp, startAuth, userActor, type TestAuth } from './helpers.ts';

async function newMember(auth: AuthService, label = 'user') {
  const signedIn = await signUp(auth, person(label));
  const actor = await userActor(auth, signedIn.cookie);
  const [personal] = await auth.workspaces.listWorkspaces(actor);
  if (!personal) throw new Error('no personal workspace');
  return { ...signedIn, actor, workspaceId: personal.id };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (AppError.is(error)) return error.code;
    throw error;
  }
  return 'OK';
}

const bearer = (key: string) => new Headers({ authorization: `Bearer ${key}` });

describe.each(testDrivers)('workspace directory on %s', (driver) => {
  let s: TestAuth;
  /** Moves this auth's clock (what it remembers roles by) ahead of the database's. */
  let clockAheadMs = 0;

  beforeAll(async () => {
    s = await startAuth(driver, { now: () => new Date(Date.now() + clockAheadMs) });
    // A fresh PGlite is migrated once per worker: slow when the machine is busy.
  }, 180_000);
  afterAll(async () => {
    await s.t.close();
  });

  it('invites by link: token hashed at rest, accepted once by the invited person', async () => {
    const owner = await newMember(s.auth, 'owner');
    const invitee = await newMember(s.auth, 'invitee');
    const { invitation, token } = await s.auth.workspaces.createInvitation(
      owner.actor,
      owner.workspaceId,
      { email: invitee.email.toUpperCase(), role: 'admin' },
    );
    expect(invitation).toMatchObject({ role: 'admin', status: 'pending' });
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    expect(token.length).toBeGreaterThanOrEqual(40);
    // Only the hash is stored.
    const stored = await s.t.raw(`select * from workspace_invitations where id = $1`, [
      invitation.id,
    ]);
    expect(JSON.stringify(stored)).not.toContain(token);

    // Someone else signed in cannot use the link.
    const stranger = await newMember(s.auth, 'stranger');
    expect(await codeOf(s.auth.workspaces.acceptInvitation(stranger.actor, token))).toBe(
      'FORBIDDEN',
    );
    expect(await s.auth.workspaces.roleOf(stranger.actor, owner.workspaceId)).toBeNull();

    const joined = await s.auth.workspaces.acceptInvitation(invitee.actor, token);
    expect(joined).toMatchObject({ id: owner.workspaceId, role: 'admin' });
    expect(await s.auth.workspaces.roleOf(invitee.actor, owner.workspaceId)).toBe('admin');
    const members = await s.auth.workspaces.listMembers(invitee.actor, owner.workspaceId);
    expect(members.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [owner.email, 'owner'],
        [invitee.email, 'admin'],
      ].sort(),
    );
    const workspaces = await s.auth.workspaces.listWorkspaces(invitee.actor);
    expect(workspaces.map((w) => w.id)).toContain(owner.workspaceId);
    const listed = await s.auth.workspaces.listInvitations(owner.actor, owner.workspaceId);
    expect(listed.find((i) => i.id === invitation.id)?.status).toBe('accepted');

    // A second click on the link changes nothing; a made-up token is not found.
    expect(await s.auth.workspaces.acceptInvitation(invitee.actor, token)).toMatchObject({
      role: 'admin',
    });
    expect(await codeOf(s.auth.workspaces.acceptInvitation(invitee.actor, `${token}x`))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses revoked and expired invitations', async () => {
    const owner = await newMember(s.auth, 'owner');
    const a = await newMember(s.auth, 'a');
    const b = await newMember(s.auth, 'b');
    const revoked = await s.auth.workspaces.createInvitation(owner.actor, owner.workspaceId, {
      email: a.email,
      role: 'member',
    });
    await s.auth.workspaces.revokeInvitation(owner.actor, owner.workspaceId, revoked.invitation.id);
    expect(await codeOf(s.auth.workspaces.acceptInvitation(a.actor, revoked.token))).toBe(
      'NOT_FOUND',
    );

    const expired = await s.auth.workspaces.createInvitation(owner.actor, owner.workspaceId, {
      email: b.email,
      role: 'member',
    });
    await s.t.raw(
      `update workspace_invitations set expires_at = now() - interval '1 minute' where id = $1`,
      [expired.invitation.id],
    );
    const listed = await s.auth.workspaces.listInvitations(owner.actor, owner.workspaceId);
    expect(listed.find((i) => i.id === expired.invitation.id)?.status).toBe('expired');
    expect(listed.find((i) => i.id === revoked.invitation.id)?.status).toBe('revoked');
    expect(await codeOf(s.auth.workspaces.acceptInvitation(b.actor, expired.token))).toBe(
      'NOT_FOUND',
    );
    expect(await s.auth.workspaces.roleOf(a.actor, owner.workspaceId)).toBeNull();
    expect(await s.auth.workspaces.roleOf(b.actor, owner.workspaceId)).toBeNull();
  });

  it('previews an invitation for its invitee, and says why a link no longer works', async () => {
    const owner = await newMember(s.auth, 'owner');
    const invitee = await newMember(s.auth, 'invitee');
    const stranger = await newMember(s.auth, 'stranger');
    const [workspace] = await s.auth.workspaces.listWorkspaces(owner.actor);
    const { invitation, token } = await s.auth.workspaces.createInvitation(
      owner.actor,
      owner.workspaceId,
      { email: invitee.email, role: 'admin' },
    );

    expect(await s.auth.workspaces.previewInvitation(invitee.actor, token)).toEqual({
      workspaceId: owner.workspaceId,
      workspaceName: workspace?.name,
      email: invitee.email,
      role: 'admin',
      expiresAt: invitation.expiresAt,
      status: 'pending',
    });
    // Previewing changes nothing.
    expect(await s.auth.workspaces.roleOf(invitee.actor, owner.workspaceId)).toBeNull();
    // Another signed-in person learns nothing about it; a made-up token is not found.
    expect(await codeOf(s.auth.workspaces.previewInvitation(stranger.actor, token))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(s.auth.workspaces.previewInvitation(invitee.actor, `${token}x`))).toBe(
      'NOT_FOUND',
    );
    // API keys are not people.
    const { key } = await s.auth.workspaces.createApiKey(owner.actor, owner.workspaceId, {
      name: 'ci',
      scope: 'write',
    });
    const keyActor = await s.auth.resolveActor(bearer(key));
    if (!keyActor) throw new Error('key did not resolve');
    expect(await codeOf(s.auth.workspaces.previewInvitation(keyActor, token))).toBe('FORBIDDEN');

    // After joining, the link says so (a second visit opens the workspace).
    await s.auth.workspaces.acceptInvitation(invitee.actor, token);
    expect(await s.auth.workspaces.previewInvitation(invitee.actor, token)).toMatchObject({
      status: 'accepted',
    });

    // Expired: a clear NOT_FOUND, for preview and accept alike.
    const later = await s.auth.workspaces.createInvitation(owner.actor, owner.workspaceId, {
      email: stranger.email,
      role: 'member',
    });
    await s.t.raw(
      `update workspace_invitations set expires_at = now() - interval '1 minute' where id = $1`,
      [later.invitation.id],
    );
    for (const call of [
      () => s.auth.workspaces.previewInvitation(stranger.actor, later.token),
      () => s.auth.workspaces.acceptInvitation(stranger.actor, later.token),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(AppError.is(error) && error.code).toBe('NOT_FOUND');
      expect(AppError.is(error) && error.userMessage).toMatch(/expired/);
    }
  });

  it('never lets a removed member back in with the link they joined by', async () => {
    const owner = await newMember(s.auth, 'owner');
    const member = await newMember(s.auth, 'member');
    const { invitation, token } = await s.auth.workspaces.createInvitation(
      owner.actor,
      owner.workspaceId,
      { email: member.email, role: 'member' },
    );
    await s.auth.workspaces.acceptInvitation(member.actor, token);
    // A double click right after joining still answers.
    expect(await s.auth.workspaces.acceptInvitation(member.actor, token)).toMatchObject({
      id: owner.workspaceId,
    });
    await s.auth.workspaces.removeMember(owner.actor, owner.workspaceId, member.actor.userId);
    // Long enough ago that it is not a double click any more.
    await s.t.raw(
      `update workspace_invitations set accepted_at = now() - interval '1 hour' where id = $1`,
      [invitation.id],
    );
    // One after the other: a call started early would reject while the loop awaits the first.
    for (const call of [
      () => s.auth.workspaces.acceptInvitation(member.actor, token),
      () => s.auth.workspaces.previewInvitation(member.actor, token),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(AppError.is(error) && error.code).toBe('NOT_FOUND');
      expect(AppError.is(error) && error.userMessage).toMatch(/already been used/);
    }
    expect(await s.auth.workspaces.roleOf(member.actor, owner.workspaceId)).toBeNull();
  });

  it('lets owners and admins manage members, never removing the last owner', async () => {
    const owner = await newMember(s.auth, 'owner');
    const admin = await newMember(s.auth, 'admin');
    const member = await newMember(s.auth, 'member');
    for (const [who, role] of [
      [admin, 'admin'],
      [member, 'member'],
    ] as const) {
      const { token } = await s.auth.workspaces.createInvitation(owner.actor, owner.workspaceId, {
        email: who.email,
        role,
      });
      await s.auth.workspaces.acceptInvitation(who.actor, token);
    }
    const ws = owner.workspaceId;
    // Members cannot invite or remove; admins cannot invite owners or remove owners.
    expect(
      await codeOf(
        s.auth.workspaces.createInvitation(member.actor, ws, {
          email: 'x@example.test',
          role: 'member',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(s.auth.workspaces.removeMember(member.actor, ws, admin.actor.userId))).toBe(
      'FORBIDDEN',
    );
    expect(
      await codeOf(
        s.auth.workspaces.createInvitation(admin.actor, ws, {
          email: 'x@example.test',
          role: 'owner',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(s.auth.workspaces.removeMember(admin.actor, ws, owner.actor.userId))).toBe(
      'FORBIDDEN',
    );
    expect(
      await codeOf(
        s.auth.workspaces.createInvitation(admin.actor, ws, {
          email: member.email,
          role: 'member',
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      await codeOf(
        s.auth.workspaces.createInvitation(admin.actor, ws, {
          email: 'not-an-email',
          role: 'member',
        }),
      ),
    ).toBe('INVALID_INPUT');

    // The last owner can neither be removed nor leave.
    expect(await codeOf(s.auth.workspaces.removeMember(owner.actor, ws, owner.actor.userId))).toBe(
      'CONFLICT',
    );
    expect(await s.auth.workspaces.roleOf(owner.actor, ws)).toBe('owner');

    await s.auth.workspaces.removeMember(admin.actor, ws, member.actor.userId);
    expect(await s.auth.workspaces.roleOf(member.actor, ws)).toBeNull();
    expect(await s.auth.workspaces.listMembers(member.actor, ws)).toEqual([]);
    expect(await codeOf(s.auth.workspaces.removeMember(admin.actor, ws, member.actor.userId))).toBe(
      'NOT_FOUND',
    );

    // An admin may leave on their own.
    await s.auth.workspaces.removeMember(admin.actor, ws, admin.actor.userId);
    expect(await s.auth.workspaces.roleOf(admin.actor, ws)).toBeNull();
  });

  it('keeps an owner when two owners remove each other at once', async () => {
    const first = await newMember(s.auth, 'first');
    const second = await newMember(s.auth, 'second');
    const ws = first.workspaceId;
    const { token } = await s.auth.workspaces.createInvitation(first.actor, ws, {
      email: second.email,
      role: 'owner',
    });
    await s.auth.workspaces.acceptInvitation(second.actor, token);
    const outcomes = await Promise.all([
      codeOf(s.auth.workspaces.removeMember(first.actor, ws, second.actor.userId)),
      codeOf(s.auth.workspaces.removeMember(second.actor, ws, first.actor.userId)),
    ]);
    const owners = (
      await s.t.raw(
        `select user_id from workspace_memberships where workspace_id = $1 and role = 'owner'`,
        [ws],
      )
    ).length;
    expect(owners).toBe(1);
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
  });

  it('creates API keys shown once, resolves them as Bearer, lists and revokes them', async () => {
    const owner = await newMember(s.auth, 'owner');
    const ws = owner.workspaceId;
    const created = await s.auth.workspaces.createApiKey(owner.actor, ws, {
      name: 'CI',
      scope: 'write',
    });
    expect(created.key).toMatch(/^sc_live_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      name: 'CI',
      scope: 'write',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.apiKey.prefix.length).toBeLessThan(16);
    const [row] = await s.t.raw(`select * from api_keys where id = $1`, [created.apiKey.id]);
    expect(JSON.stringify(row)).not.toContain(created.key);

    const actor = await s.auth.resolveActor(bearer(created.key));
    expect(actor).toEqual({
      kind: 'api-key',
      keyId: created.apiKey.id,
      workspaceId: ws,
      scope: 'write',
    });
    const [listed] = await s.auth.workspaces.listApiKeys(owner.actor, ws);
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(await s.auth.workspaces.listApiKeys(owner.actor, ws))).not.toContain(
      created.key,
    );

    // The key reaches its own workspace as a member, and nothing else.
    if (!actor) throw new Error('unreachable');
    expect(await s.auth.workspaces.roleOf(actor, ws)).toBe('member');
    expect(await s.auth.workspaces.listWorkspaces(actor)).toMatchObject([
      { id: ws, role: 'member' },
    ]);
    expect(await s.auth.workspaces.listMembers(actor, ws)).toHaveLength(1);

    await s.auth.workspaces.revokeApiKey(owner.actor, ws, created.apiKey.id);
    expect(await s.auth.resolveActor(bearer(created.key))).toBeNull();
    const [revoked] = await s.auth.workspaces.listApiKeys(owner.actor, ws);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    // Keys that are not ours, or malformed headers, resolve to nobody.
    for (const value of ['sc_live_short', `${created.key}x`, 'Bearer', '']) {
      expect(
        await s.auth.resolveActor(new Headers({ authorization: `Bearer ${value}` })),
      ).toBeNull();
    }
  });

  it('gives a read key its scope, and no way to manage the workspace', async () => {
    const owner = await newMember(s.auth, 'owner');
    const ws = owner.workspaceId;
    const { key, apiKey } = await s.auth.workspaces.createApiKey(owner.actor, ws, {
      name: 'dashboard',
      scope: 'read',
    });
    const actor = await s.auth.resolveActor(bearer(key));
    expect(actor).toMatchObject({ kind: 'api-key', scope: 'read', workspaceId: ws });
    if (!actor) throw new Error('unreachable');
    expect(
      await codeOf(s.auth.workspaces.createApiKey(actor, ws, { name: 'escalate', scope: 'write' })),
    ).toBe('FORBIDDEN');
    expect(await codeOf(s.auth.workspaces.revokeApiKey(actor, ws, apiKey.id))).toBe('FORBIDDEN');
    expect(
      await codeOf(
        s.auth.workspaces.createInvitation(actor, ws, { email: 'x@example.test', role: 'member' }),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(s.auth.workspaces.removeMember(actor, ws, owner.actor.userId))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(s.auth.workspaces.listApiKeys(actor, ws))).toBe('FORBIDDEN');
    expect(await codeOf(s.auth.workspaces.acceptInvitation(actor, 'x'.repeat(43)))).toBe(
      'FORBIDDEN',
    );
    expect(await s.auth.workspaces.roleOf(owner.actor, ws)).toBe('owner');
  });

  it('answers a non-member as if the workspace did not exist, for every method', async () => {
    const a = await newMember(s.auth, 'a');
    const b = await newMember(s.auth, 'b');
    const wsB = b.workspaceId;
    const { invitation, token } = await s.auth.workspaces.createInvitation(b.actor, wsB, {
      email: 'friend@example.test',
      role: 'member',
    });
    const { apiKey, key: keyB } = await s.auth.workspaces.createApiKey(b.actor, wsB, {
      name: 'B key',
      scope: 'write',
    });
    const { key: keyA } = await s.auth.workspaces.createApiKey(a.actor, a.workspaceId, {
      name: 'A key',
      scope: 'write',
    });
    const keyActorA = await s.auth.resolveActor(bearer(keyA));
    if (!keyActorA) throw new Error('unreachable');
    const missing = 'ws_00000000000000000000000000';

    for (const actor of [a.actor as Actor, keyActorA]) {
      for (const ws of [wsB, missing]) {
        const answers = {
          roleOf: await s.auth.workspaces.roleOf(actor, ws),
          listMembers: await s.auth.workspaces.listMembers(actor, ws),
          listInvitations: await s.auth.workspaces.listInvitations(actor, ws),
          listApiKeys: await s.auth.workspaces.listApiKeys(actor, ws),
          createInvitation: await codeOf(
            s.auth.workspaces.createInvitation(actor, ws, {
              email: 'evil@example.test',
              role: 'owner',
            }),
          ),
          revokeInvitation: await codeOf(
            s.auth.workspaces.revokeInvitation(actor, ws, invitation.id),
          ),
          removeMember: await codeOf(s.auth.workspaces.removeMember(actor, ws, b.actor.userId)),
          createApiKey: await codeOf(
            s.auth.workspaces.createApiKey(actor, ws, { name: 'evil', scope: 'write' }),
          ),
          revokeApiKey: await codeOf(s.auth.workspaces.revokeApiKey(actor, ws, apiKey.id)),
        };
        // The same answers for B's real workspace as for one that does not exist.
        expect(answers).toEqual({
          roleOf: null,
          listMembers: [],
          listInvitations: [],
          listApiKeys: [],
          createInvitation: 'NOT_FOUND',
          revokeInvitation: 'NOT_FOUND',
          removeMember: 'NOT_FOUND',
          createApiKey: 'NOT_FOUND',
          revokeApiKey: 'NOT_FOUND',
        });
      }
      expect((await s.auth.workspaces.listWorkspaces(actor)).map((w) => w.id)).not.toContain(wsB);
    }
    // B's ids used from A's own workspace are not found either.
    expect(
      await codeOf(s.auth.workspaces.revokeInvitation(a.actor, a.workspaceId, invitation.id)),
    ).toBe('NOT_FOUND');
    expect(await codeOf(s.auth.workspaces.revokeApiKey(a.actor, a.workspaceId, apiKey.id))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(s.auth.workspaces.removeMember(a.actor, a.workspaceId, b.actor.userId)),
    ).toBe('NOT_FOUND');

    // Nothing of B's changed.
    expect(await s.auth.workspaces.roleOf(b.actor, wsB)).toBe('owner');
    expect(await s.auth.resolveActor(bearer(keyB))).toMatchObject({ workspaceId: wsB });
    const invitations = await s.auth.workspaces.listInvitations(b.actor, wsB);
    expect(invitations).toMatchObject([{ id: invitation.id, status: 'pending' }]);
    expect(token).not.toBe('');
    const keys = await s.auth.workspaces.listApiKeys(b.actor, wsB);
    expect(keys.map((k) => k.name)).toEqual(['B key']);
  });
  it('remembers roles for the gateway a few seconds; changes made through it apply at once', async () => {
    const owner = await newMember(s.auth, 'owner');
    const member = await newMember(s.auth, 'member');
    const { token } = await s.auth.workspaces.createInvitation(owner.actor, owner.workspaceId, {
      email: member.email,
      role: 'member',
    });
    await s.auth.workspaces.acceptInvitation(member.actor, token);
    expect(await s.auth.workspaces.roleOf(member.actor, owner.workspaceId)).toBe('member');

    // Removed through the directory: refused on the next request.
    await s.auth.workspaces.removeMember(owner.actor, owner.workspaceId, member.actor.userId);
    expect(await s.auth.workspaces.roleOf(member.actor, owner.workspaceId)).toBeNull();

    // Removed behind its back (another server process): refused once `cacheSeconds` (10) pass.
    const again = await s.auth.workspaces.createInvitation(owner.actor, owner.workspaceId, {
      email: member.email,
      role: 'admin',
    });
    await s.auth.workspaces.acceptInvitation(member.actor, again.token);
    expect(await s.auth.workspaces.roleOf(member.actor, owner.workspaceId)).toBe('admin');
    await s.t.raw(`delete from workspace_memberships where workspace_id = $1 and user_id = $2`, [
      owner.workspaceId,
      member.actor.userId,
    ]);
    expect(await s.auth.workspaces.roleOf(member.actor, owner.workspaceId)).toBe('admin');
    clockAheadMs = 10_001;
    try {
      expect(await s.auth.workspaces.roleOf(member.actor, owner.workspaceId)).toBeNull();
    } finally {
      clockAheadMs = 0;
    }
  });
});
