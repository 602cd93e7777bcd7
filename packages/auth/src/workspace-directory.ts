import { z } from 'zod';
import { AppError, membershipRoleSchema, parseInput, type MembershipRole } from '@storecraft/core';
import {
  claimInvitation,
  deleteMembershipKeepingAnOwner,
  findInvitationByTokenHash,
  findMembershipRole,
  findWorkspaceSummary,
  insertApiKey,
  insertInvitation,
  insertMembershipIfAbsent,
  isEmailMember,
  listApiKeys,
  listInvitations,
  listUserWorkspaces,
  listWorkspaceMembers,
  revokeApiKey,
  revokeInvitation,
  type ApiKeyRow,
  type Database,
  type InvitationRow,
} from '@storecraft/db';
import { generateApiKeySecret } from './api-key-secret.ts';
import { newAuthId } from './ids.ts';
import { randomToken, sha256Hex } from './secrets.ts';
import { TtlCache } from './ttl-cache.ts';
import type {
  Actor,
  ApiKeySummary,
  InvitationSummary,
  WorkspaceDirectory,
  WorkspaceSummary,
} from './types.ts';

export interface WorkspaceDirectoryDeps {
  db: Database;
  invitationExpiresInSeconds: number;
  now: () => Date;
  /** How long a member's role is remembered for the gateway's checks; 0 (default) looks up every time. */
  roleCacheMs?: number;
}

const invitationInputSchema = z.object({
  email: z.email().max(254),
  role: membershipRoleSchema,
});

const apiKeyInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['read', 'write']),
});

const tokenSchema = z.string().min(20).max(200);

/** What an API key may do in its own workspace: what a member may (its scope narrows it further). */
const API_KEY_ROLE: MembershipRole = 'member';

const MANAGERS: readonly MembershipRole[] = ['owner', 'admin'];

/** How long an accepted invitation still answers its invitee who is not (yet) a member. */
const ACCEPT_RETRY_GRACE_MS = 10_000;

/**
 * Memberships, invitations and API keys. Every method taking a workspace id first asks for the
 * actor's role there; a non-member is answered as if the workspace did not exist (null, [], or
 * NOT_FOUND), so ids of other workspaces cannot be probed. Members without the right role get
 * FORBIDDEN: they already know the workspace exists.
 */
export function createWorkspaceDirectory(deps: WorkspaceDirectoryDeps): WorkspaceDirectory {
  const { db, now } = deps;

  async function roleOf(actor: Actor, workspaceId: string): Promise<MembershipRole | null> {
    if (actor.kind === 'api-key') return actor.workspaceId === workspaceId ? API_KEY_ROLE : null;
    return (await findMembershipRole(db, { workspaceId, userId: actor.userId })) ?? null;
  }

  /**
   * Members' roles as the gateway checks them on every request, remembered for a few seconds.
   * Only memberships are remembered (a refusal is always looked up); a change made through this
   * directory forgets them all at once, one made by another server process shows within the TTL.
   */
  const roles = new TtlCache<MembershipRole>({
    ttlMs: deps.roleCacheMs ?? 0,
    maxEntries: 10_000,
    now: () => now().getTime(),
  });
  async function cachedRoleOf(actor: Actor, workspaceId: string): Promise<MembershipRole | null> {
    if (actor.kind !== 'user' || !roles.enabled) return roleOf(actor, workspaceId);
    const key = `${actor.userId}\u0000${workspaceId}`;
    const known = roles.get(key);
    if (known !== undefined) return known;
    const role = await roleOf(actor, workspaceId);
    if (role !== null) roles.set(key, role);
    return role;
  }

  /** The actor's role, or NOT_FOUND when not a member; FORBIDDEN when the role is not `allowed`. */
  async function requireRole(
    actor: Actor,
    workspaceId: string,
    allowed: readonly MembershipRole[],
    action: string,
  ): Promise<MembershipRole> {
    const role = await roleOf(actor, workspaceId);
    if (role === null) throw workspaceNotFound();
    if (!allowed.includes(role)) {
      throw new AppError('FORBIDDEN', `A ${role} cannot ${action}`, {
        userMessage: `Only owners and admins can ${action}.`,
      });
    }
    return role;
  }

  function requireUser(actor: Actor, action: string): Extract<Actor, { kind: 'user' }> {
    if (actor.kind !== 'user') {
      throw new AppError('FORBIDDEN', `An API key cannot ${action}`, {
        userMessage: `Sign in to ${action}; API keys cannot.`,
      });
    }
    return actor;
  }

  /**
   * The invitation a link's token names, if `user` may still use it: pending and unexpired, for
   * their email; or accepted by them and they are a member (a second visit), or accepted seconds
   * ago (a double click racing its own membership insert). An accepted link never brings back a
   * member who was removed since.
   */
  async function usableInvitation(
    user: Extract<Actor, { kind: 'user' }>,
    token: string,
  ): Promise<InvitationRow> {
    const parsed = tokenSchema.safeParse(token);
    if (!parsed.success) throw invalidInvitation();
    const invitation = await findInvitationByTokenHash(db, sha256Hex(parsed.data));
    if (!invitation || invitation.status === 'revoked') throw invalidInvitation();
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError('FORBIDDEN', 'Invitation is for another email address', {
        userMessage: `This invitation was sent to another email address; sign in as that person to accept it.`,
      });
    }
    if (invitation.status === 'pending') {
      if (invitation.expiresAt.getTime() <= now().getTime()) throw expiredInvitation();
      return invitation;
    }
    const member =
      (await findMembershipRole(db, {
        workspaceId: invitation.workspaceId,
        userId: user.userId,
      })) !== undefined;
    const acceptedMsAgo = invitation.acceptedAt
      ? now().getTime() - invitation.acceptedAt.getTime()
      : Number.POSITIVE_INFINITY;
    if (!member && acceptedMsAgo > ACCEPT_RETRY_GRACE_MS) {
      throw new AppError('NOT_FOUND', 'Invitation already used', {
        userMessage: 'This invitation has already been used. Ask for a new one.',
      });
    }
    return invitation;
  }

  function invitationSummary(row: InvitationRow): InvitationSummary {
    const expired = row.status === 'pending' && row.expiresAt.getTime() <= now().getTime();
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      expiresAt: row.expiresAt,
      status: expired ? 'expired' : row.status,
    };
  }

  return {
    roleOf: cachedRoleOf,

    async listWorkspaces(actor): Promise<WorkspaceSummary[]> {
      if (actor.kind === 'api-key') {
        const workspace = await findWorkspaceSummary(db, actor.workspaceId);
        return workspace ? [{ ...workspace, role: API_KEY_ROLE }] : [];
      }
      return listUserWorkspaces(db, actor.userId);
    },

    async listMembers(actor, workspaceId) {
      if ((await roleOf(actor, workspaceId)) === null) return [];
      return listWorkspaceMembers(db, workspaceId);
    },

    async createInvitation(actor, workspaceId, input) {
      const user = requireUserOrNotFound(actor, workspaceId);
      const role = await requireRole(user, workspaceId, MANAGERS, 'invite people');
      const { email, role: invitedRole } = parseInput(invitationInputSchema, input, 'invitation');
      if (invitedRole === 'owner' && role !== 'owner') {
        throw new AppError('FORBIDDEN', 'Only owners can invite owners');
      }
      if (await isEmailMember(db, { workspaceId, email })) {
        throw new AppError('CONFLICT', `${email} is already a member`, {
          fieldErrors: [{ path: 'email', message: 'is already a member of this workspace' }],
        });
      }
      const token = randomToken(32);
      const row = await insertInvitation(db, {
        id: newAuthId('invitation'),
        workspaceId,
        email,
        role: invitedRole,
        tokenHash: sha256Hex(token),
        inviterId: user.userId,
        expiresAt: new Date(now().getTime() + deps.invitationExpiresInSeconds * 1000),
      });
      return { invitation: invitationSummary(row), token };
    },

    async listInvitations(actor, workspaceId) {
      const role = await roleOf(actor, workspaceId);
      if (role === null) return [];
      if (!MANAGERS.includes(role)) {
        throw new AppError('FORBIDDEN', `A ${role} cannot see invitations`, {
          userMessage: 'Only owners and admins can see invitations.',
        });
      }
      return (await listInvitations(db, workspaceId)).map(invitationSummary);
    },

    async revokeInvitation(actor, workspaceId, invitationId) {
      await requireRole(actor, workspaceId, MANAGERS, 'revoke invitations');
      if (!(await revokeInvitation(db, { workspaceId, invitationId }))) {
        throw new AppError('NOT_FOUND', `Invitation ${invitationId} not found`, {
          userMessage: 'That invitation was not found.',
        });
      }
    },

    async previewInvitation(actor, token) {
      const user = requireUser(actor, 'see an invitation');
      const invitation = await usableInvitation(user, token);
      const workspace = await findWorkspaceSummary(db, invitation.workspaceId);
      if (!workspace) throw invalidInvitation();
      return {
        workspaceId: workspace.id,
        workspaceName: workspace.name,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        status: invitation.status === 'accepted' ? 'accepted' : 'pending',
      };
    },

    async acceptInvitation(actor, token) {
      const user = requireUser(actor, 'accept an invitation');
      const invitation = await usableInvitation(user, token);
      if (invitation.status === 'pending') {
        const claimed = await claimInvitation(db, { invitationId: invitation.id, now: now() });
        if (!claimed) {
          // Expired, or accepted a moment ago by a parallel request of this same person.
          const current = await findInvitationByTokenHash(db, invitation.tokenHash);
          if (current?.status !== 'accepted') throw expiredInvitation();
        }
      }
      // Accepted now or a moment ago (a second click): the person is, or becomes, a member.
      roles.clear();
      const role = await insertMembershipIfAbsent(db, {
        id: newAuthId('membership'),
        workspaceId: invitation.workspaceId,
        userId: user.userId,
        role: invitation.role,
      });
      const workspace = await findWorkspaceSummary(db, invitation.workspaceId);
      if (!workspace) throw invalidInvitation();
      return { ...workspace, role };
    },

    async removeMember(actor, workspaceId, userId) {
      const role = await roleOf(actor, workspaceId);
      if (role === null) throw workspaceNotFound();
      const leaving = actor.kind === 'user' && actor.userId === userId;
      if (!leaving) await requireRole(actor, workspaceId, MANAGERS, 'remove members');
      const targetRole = await findMembershipRole(db, { workspaceId, userId });
      if (targetRole === undefined) {
        throw new AppError('NOT_FOUND', `User ${userId} is not a member`, {
          userMessage: 'That person is not a member of this workspace.',
        });
      }
      if (!leaving && targetRole === 'owner' && role !== 'owner') {
        throw new AppError('FORBIDDEN', 'Only owners can remove owners');
      }
      const outcome = await deleteMembershipKeepingAnOwner(db, { workspaceId, userId });
      roles.clear();
      switch (outcome) {
        case 'removed':
          return;
        case 'not-member':
          throw new AppError('NOT_FOUND', `User ${userId} is not a member`, {
            userMessage: 'That person is not a member of this workspace.',
          });
        case 'last-owner':
          throw new AppError('CONFLICT', 'The last owner cannot be removed', {
            userMessage: 'A workspace needs an owner: make someone else owner first.',
          });
        default:
          return assertNever(outcome);
      }
    },

    async createApiKey(actor, workspaceId, input) {
      const user = requireUserOrNotFound(actor, workspaceId);
      await requireRole(user, workspaceId, MANAGERS, 'create API keys');
      const { name, scope } = parseInput(apiKeyInputSchema, input, 'API key');
      const secret = generateApiKeySecret();
      const row = await insertApiKey(db, {
        id: newAuthId('apiKey'),
        workspaceId,
        name,
        scope,
        keyHash: secret.hash,
        prefix: secret.prefix,
        createdBy: user.userId,
      });
      return { apiKey: apiKeySummary(row), key: secret.key };
    },

    async listApiKeys(actor, workspaceId) {
      const role = await roleOf(actor, workspaceId);
      if (role === null) return [];
      if (actor.kind !== 'user' || !MANAGERS.includes(role)) {
        throw new AppError('FORBIDDEN', 'Only owners and admins can see API keys');
      }
      return (await listApiKeys(db, workspaceId)).map(apiKeySummary);
    },

    async revokeApiKey(actor, workspaceId, keyId) {
      const user = requireUserOrNotFound(actor, workspaceId);
      await requireRole(user, workspaceId, MANAGERS, 'revoke API keys');
      if (!(await revokeApiKey(db, { workspaceId, keyId, now: now() }))) {
        throw new AppError('NOT_FOUND', `API key ${keyId} not found`, {
          userMessage: 'That API key was not found.',
        });
      }
    },
  };
}

/**
 * Managing members and keys takes a person. An API key of another workspace must still learn
 * nothing, so it gets NOT_FOUND there, and FORBIDDEN only in its own.
 */
function requireUserOrNotFound(
  actor: Actor,
  workspaceId: string,
): Extract<Actor, { kind: 'user' }> {
  if (actor.kind === 'user') return actor;
  if (actor.workspaceId !== workspaceId) throw workspaceNotFound();
  throw new AppError('FORBIDDEN', 'API keys cannot manage members or keys', {
    userMessage: 'Sign in to manage members and API keys; API keys cannot.',
  });
}

function invalidInvitation(): AppError {
  return new AppError('NOT_FOUND', 'Invitation token not found', {
    userMessage: 'This invitation link is not valid. Ask for a new one.',
  });
}

function expiredInvitation(): AppError {
  return new AppError('NOT_FOUND', 'Invitation expired', {
    userMessage: 'This invitation has expired. Ask for a new one.',
  });
}

function workspaceNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Workspace not found', {
    userMessage: 'That workspace was not found.',
  });
}

function apiKeySummary(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected outcome ${JSON.stringify(value)}`);
}
