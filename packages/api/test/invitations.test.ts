import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../src/testing/index.ts';

/** The invitation page's calls through the gateway: preview what a link offers, then accept it. */
describe.each(testDrivers)('workspace.invitations.preview on %s', (driver) => {
  let h: ApiHarness;

  beforeAll(async () => {
    h = await createApiHarness(driver);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  async function codeOf(call: Promise<unknown>): Promise<string> {
    return call.then(
      () => 'OK',
      (error: unknown) => (error as { code?: string }).code ?? 'UNKNOWN',
    );
  }

  it('shows the invitee what the link offers, and nobody else', async () => {
    const owner = await h.auth.signUp('preview-owner@example.com', 'Paula');
    const invitee = await h.auth.signUp('preview-invitee@example.com');
    const stranger = await h.auth.signUp('preview-stranger@example.com');
    const ownerApi = await h.caller(h.auth.as(owner.userId));
    const inviteeApi = await h.caller(h.auth.as(invitee.userId));
    const workspaceId = owner.workspaceId;
    const { invitation, token } = await ownerApi.workspace.invitations.create({
      workspaceId,
      email: 'preview-invitee@example.com',
      role: 'admin',
    });

    expect(await inviteeApi.workspace.invitations.preview({ token })).toEqual({
      workspaceId,
      workspaceName: "Paula's workspace",
      email: 'preview-invitee@example.com',
      role: 'admin',
      expiresAt: invitation.expiresAt,
      status: 'pending',
    });

    const strangerApi = await h.caller(h.auth.as(stranger.userId));
    expect(await codeOf(strangerApi.workspace.invitations.preview({ token }))).toBe('FORBIDDEN');
    const { key } = await ownerApi.workspace.apiKeys.create({
      workspaceId,
      name: 'ci',
      scope: 'write',
    });
    const keyApi = await h.caller(h.auth.asKey(key));
    expect(await codeOf(keyApi.workspace.invitations.preview({ token }))).toBe('FORBIDDEN');
    const signedOut = await h.http('workspace.invitations.preview', {
      type: 'query',
      input: { token },
    });
    expect(signedOut.status).toBe(401);
    expect(signedOut.text).not.toContain('preview-invitee');

    const unknown = await h.http('workspace.invitations.preview', {
      type: 'query',
      input: { token: `${token}x` },
      headers: h.auth.as(invitee.userId),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('This invitation link is not valid');

    const joined = await inviteeApi.workspace.invitations.accept({ token });
    expect(joined).toMatchObject({ id: workspaceId, role: 'admin' });
    expect(await inviteeApi.workspace.invitations.preview({ token })).toMatchObject({
      status: 'accepted',
    });
  });
});
