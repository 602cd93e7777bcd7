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
    roleOf,

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

    async acceptInvitation(actor, token) {
      const user = requireUser(actor, 'accept an invitation');
      const invalid = () =>
        new AppError('NOT_FOUND', 'Invitation token not found', {
          userMessage: 'This invitation link is not valid. Ask for a new one.',
        });
      const parsed = tokenSchema.safeParse(token);
      if (!parsed.success) throw invalid();
      const invitation = await findInvitationByTokenHash(db, sha256Hex(parsed.data));
      if (!invitation || invitation.status === 'revoked') throw invalid();
      if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
        throw new AppError('FORBIDDEN', 'Invitation is for another email address', {
          userMessage: `This invitation was sent to another email address; sign in as that person to accept it.`,
        });
      }
      if (invitation.status === 'pending') {
        const claimed = await claimInvitation(db, { invitationId: invitation.id, now: now() });
        if (!claimed) {
          // Expired, or accepted a moment ago by a parallel request of this same person.
          const current = await findInvitationByTokenHash(db, invitation.tokenHash);
          if (current?.status !== 'accepted') {
            throw new AppError('NOT_FOUND', 'Invitation expired', {
              userMessage: 'This invitation has expired. Ask for a new one.',
            });
          }
        }
      }
      // Accepted now or before (a second click on the link): the person is, or becomes, a member.
      const role = await insertMembershipIfAbsent(db, {
        id: newAuthId('membership'),
        workspaceId: invitation.workspaceId,
        userId: user.userId,
        role: invitation.role,
      });
      const workspace = await findWorkspaceSummary(db, invitation.workspaceId);
      if (!workspace) throw invalid();
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
