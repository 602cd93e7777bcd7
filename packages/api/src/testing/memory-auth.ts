import { randomBytes } from 'node:crypto';
import type {
  Actor,
  ApiKeyScope,
  ApiKeySummary,
  AuthService,
  InvitationSummary,
  MemberSummary,
  WorkspaceDirectory,
  WorkspaceSummary,
} from '@storecraft/auth';
import { AppError, type MembershipRole } from '@storecraft/core';
import type { Database } from '@storecraft/db';
import { ensureWorkspace } from '@storecraft/services';

/**
 * An in-memory AuthService for the gateway's tests: people, workspaces (whose rows it creates in
 * the database, as sign-up does), invitations and API keys, with the contract's rules (non-members
 * see nothing; owners and admins manage). A person is named by the `x-test-user` header; a key by
 * `Authorization: Bearer`.
 */
export interface TestAccounts extends AuthService {
  signUp(email: string, name?: string): Promise<{ userId: string; workspaceId: string }>;
  /** Headers that make the request the user's. */
  as(userId: string): Headers;
  asKey(key: string): Headers;
  actorOf(userId: string): Actor;
}

export type MemoryAuth = TestAccounts;

interface Member {
  userId: string;
  role: MembershipRole;
  joinedAt: Date;
}
interface StoredKey {
  summary: ApiKeySummary;
  key: string;
  workspaceId: string;
}
interface StoredInvitation {
  summary: InvitationSummary;
  token: string;
  workspaceId: string;
}

const notFound = () =>
  new AppError('NOT_FOUND', 'Workspace not found', {
    userMessage: 'That workspace does not exist.',
  });

export function createMemoryAuth(db: Database): MemoryAuth {
  const users = new Map<string, { email: string; name: string }>();
  const workspaces = new Map<string, { name: string; slug: string; members: Member[] }>();
  const keys: StoredKey[] = [];
  const invitations: StoredInvitation[] = [];
  const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;

  const userActor = (userId: string): Actor => {
    const user = users.get(userId);
    if (!user) throw new Error(`no user ${userId}`);
    return { kind: 'user', userId, email: user.email, sessionId: `sess_${userId}` };
  };

  async function roleOf(actor: Actor, workspaceId: string): Promise<MembershipRole | null> {
    await Promise.resolve();
    if (actor.kind === 'api-key') {
      const key = keys.find((k) => k.summary.id === actor.keyId && !k.summary.revokedAt);
      return key && key.workspaceId === workspaceId ? 'member' : null;
    }
    return (
      workspaces.get(workspaceId)?.members.find((m) => m.userId === actor.userId)?.role ?? null
    );
  }

  async function manager(actor: Actor, workspaceId: string) {
    const role = await roleOf(actor, workspaceId);
    if (!role) throw notFound();
    if (role === 'member') {
      throw new AppError('FORBIDDEN', 'Owners and admins only', {
        userMessage: 'Only owners and admins can do that.',
      });
    }
    const workspace = workspaces.get(workspaceId);
    if (!workspace) throw notFound();
    return workspace;
  }

  const summaryOf = (workspaceId: string, role: MembershipRole): WorkspaceSummary => {
    const w = workspaces.get(workspaceId);
    return { id: workspaceId, name: w?.name ?? '', slug: w?.slug ?? '', role };
  };

  const directory: WorkspaceDirectory = {
    roleOf,
    async listWorkspaces(actor) {
      await Promise.resolve();
      if (actor.kind === 'api-key') return [summaryOf(actor.workspaceId, 'member')];
      return [...workspaces.entries()].flatMap(([wid, w]) => {
        const m = w.members.find((x) => x.userId === actor.userId);
        return m ? [summaryOf(wid, m.role)] : [];
      });
    },
    async listMembers(actor, workspaceId) {
      if (!(await roleOf(actor, workspaceId))) return [];
      return (workspaces.get(workspaceId)?.members ?? []).map((m): MemberSummary => ({
        userId: m.userId,
        email: users.get(m.userId)?.email ?? '',
        name: users.get(m.userId)?.name ?? '',
        role: m.role,
        joinedAt: m.joinedAt,
      }));
    },
    async createInvitation(actor, workspaceId, input) {
      await manager(actor, workspaceId);
      const token = randomBytes(16).toString('hex');
      const summary: InvitationSummary = {
        id: id('inv'),
        email: input.email,
        role: input.role,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
        status: 'pending',
      };
      invitations.push({ summary, token, workspaceId });
      return { invitation: summary, token };
    },
    async listInvitations(actor, workspaceId) {
      if (!(await roleOf(actor, workspaceId))) return [];
      return invitations.filter((i) => i.workspaceId === workspaceId).map((i) => i.summary);
    },
    async revokeInvitation(actor, workspaceId, invitationId) {
      await manager(actor, workspaceId);
      const found = invitations.find(
        (i) => i.workspaceId === workspaceId && i.summary.id === invitationId,
      );
      if (!found) throw new AppError('NOT_FOUND', 'Invitation not found');
      found.summary.status = 'revoked';
    },
    async previewInvitation(actor, token) {
      await Promise.resolve();
      const found = invitations.find((i) => i.token === token && i.summary.status === 'pending');
      const w = found ? workspaces.get(found.workspaceId) : undefined;
      if (!found || !w || actor.kind !== 'user') {
        throw new AppError('NOT_FOUND', 'Invitation not found');
      }
      const { email, role, expiresAt } = found.summary;
      return {
        workspaceId: found.workspaceId,
        workspaceName: w.name,
        email,
        role,
        expiresAt,
        status: 'pending' as const,
      };
    },
    async acceptInvitation(actor, token) {
      await Promise.resolve();
      const found = invitations.find((i) => i.token === token && i.summary.status === 'pending');
      if (!found || actor.kind !== 'user') throw new AppError('NOT_FOUND', 'Invitation not found');
      found.summary.status = 'accepted';
      const w = workspaces.get(found.workspaceId);
      w?.members.push({ userId: actor.userId, role: found.summary.role, joinedAt: new Date() });
      return summaryOf(found.workspaceId, found.summary.role);
    },
    async removeMember(actor, workspaceId, userId) {
      const w = await manager(actor, workspaceId);
      const index = w.members.findIndex((m) => m.userId === userId);
      if (index < 0) throw new AppError('NOT_FOUND', 'Member not found');
      const owners = w.members.filter((m) => m.role === 'owner');
      if (w.members[index]?.role === 'owner' && owners.length === 1) {
        throw new AppError('CONFLICT', 'The last owner cannot leave');
      }
      w.members.splice(index, 1);
    },
    async createApiKey(actor, workspaceId, input: { name: string; scope: ApiKeyScope }) {
      await manager(actor, workspaceId);
      const key = `sc_live_${randomBytes(16).toString('hex')}`;
      const summary: ApiKeySummary = {
        id: id('key'),
        name: input.name,
        scope: input.scope,
        prefix: key.slice(0, 12),
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      };
      keys.push({ summary, key, workspaceId });
      return { apiKey: summary, key };
    },
    async listApiKeys(actor, workspaceId) {
      if (!(await roleOf(actor, workspaceId))) return [];
      return keys.filter((k) => k.workspaceId === workspaceId).map((k) => k.summary);
    },
    async revokeApiKey(actor, workspaceId, keyId) {
      await manager(actor, workspaceId);
      const found = keys.find((k) => k.workspaceId === workspaceId && k.summary.id === keyId);
      if (!found) throw new AppError('NOT_FOUND', 'API key not found');
      found.summary.revokedAt = new Date();
    },
  };

  return {
    workspaces: directory,
    handler: () => Promise.resolve(new Response(null, { status: 404 })),
    async resolveActor(headers) {
      await Promise.resolve();
      const bearer = /^Bearer (\S+)$/.exec(headers.get('authorization') ?? '')?.[1];
      if (bearer) {
        const key = keys.find((k) => k.key === bearer && !k.summary.revokedAt);
        return key
          ? {
              kind: 'api-key',
              keyId: key.summary.id,
              workspaceId: key.workspaceId,
              scope: key.summary.scope,
            }
          : null;
      }
      const userId = headers.get('x-test-user');
      return userId && users.has(userId) ? userActor(userId) : null;
    },
    async signUp(email, name = email.split('@')[0] ?? email) {
      const userId = id('user');
      users.set(userId, { email, name });
      const workspaceId = `ws_${randomBytes(8).toString('hex')}`;
      const slug = `ws-${workspaceId.slice(3)}`;
      await ensureWorkspace(db, { id: workspaceId, name: `${name}'s workspace`, slug });
      workspaces.set(workspaceId, {
        name: `${name}'s workspace`,
        slug,
        members: [{ userId, role: 'owner', joinedAt: new Date() }],
      });
      return { userId, workspaceId };
    },
    as: (userId) => new Headers({ 'x-test-user': userId }),
    asKey: (key) => new Headers({ authorization: `Bearer ${key}` }),
    actorOf: userActor,
  };
}
