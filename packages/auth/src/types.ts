import type { MembershipRole } from '@storecraft/core';

/**
 * The contract between accounts (`@storecraft/auth`) and the API gateway (`@storecraft/api`).
 * The gateway never sees passwords, cookies or key secrets: it asks `resolveActor` who is calling,
 * and the `WorkspaceDirectory` what that caller may reach.
 */

/** Read-only keys may call queries; write keys may call everything a member may. */
export type ApiKeyScope = 'read' | 'write';

/** Who is calling: a signed-in person (session cookie) or an automation key (Bearer). */
export type Actor =
  | { kind: 'user'; userId: string; email: string; sessionId: string }
  | { kind: 'api-key'; keyId: string; workspaceId: string; scope: ApiKeyScope };

export interface WorkspaceSummary {
  id: string;
  name: string;
  slug: string;
  role: MembershipRole;
}

export interface MemberSummary {
  userId: string;
  email: string;
  name: string;
  role: MembershipRole;
  joinedAt: Date;
}

export interface InvitationSummary {
  id: string;
  email: string;
  role: MembershipRole;
  expiresAt: Date;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

/**
 * What an invitation link offers, shown to the signed-in holder of the link before joining.
 * `accepted`: the caller already joined with it (a second visit), so the page can open the
 * workspace instead of asking again.
 */
export interface InvitationPreview {
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: MembershipRole;
  expiresAt: Date;
  status: 'pending' | 'accepted';
}

export interface ApiKeySummary {
  id: string;
  name: string;
  scope: ApiKeyScope;
  /** The first characters of the key (`sc_live_AbC1…`), so people can tell keys apart. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * What the API needs of workspaces and memberships. Every method that takes a `workspaceId`
 * answers as if the workspace did not exist (null / empty / `NOT_FOUND` AppError) when the actor is
 * not a member: callers never learn that someone else's id exists.
 */
export interface WorkspaceDirectory {
  /** The actor's role in the workspace, or null when it is not a member (API keys: own workspace only). */
  roleOf(actor: Actor, workspaceId: string): Promise<MembershipRole | null>;
  /** Workspaces a user belongs to (an API key sees only its own). */
  listWorkspaces(actor: Actor): Promise<WorkspaceSummary[]>;
  listMembers(actor: Actor, workspaceId: string): Promise<MemberSummary[]>;
  /** Owners and admins only. The token goes into an invitation link; it is returned once. */
  createInvitation(
    actor: Actor,
    workspaceId: string,
    input: { email: string; role: MembershipRole },
  ): Promise<{ invitation: InvitationSummary; token: string }>;
  listInvitations(actor: Actor, workspaceId: string): Promise<InvitationSummary[]>;
  revokeInvitation(actor: Actor, workspaceId: string, invitationId: string): Promise<void>;
  /**
   * The invitation behind a link, for a signed-in user about to accept it. Unknown, revoked,
   * expired, or used by someone else (or by a member since removed): NOT_FOUND, with a message
   * that says which.
   */
  previewInvitation(actor: Actor, token: string): Promise<InvitationPreview>;
  /** The signed-in user joins the workspace the token invites to. */
  acceptInvitation(actor: Actor, token: string): Promise<WorkspaceSummary>;
  /** Owners and admins; the last owner cannot be removed. */
  removeMember(actor: Actor, workspaceId: string, userId: string): Promise<void>;
  /** Owners and admins. The full key is in the answer once and never again (only its hash is kept). */
  createApiKey(
    actor: Actor,
    workspaceId: string,
    input: { name: string; scope: ApiKeyScope },
  ): Promise<{ apiKey: ApiKeySummary; key: string }>;
  listApiKeys(actor: Actor, workspaceId: string): Promise<ApiKeySummary[]>;
  revokeApiKey(actor: Actor, workspaceId: string, keyId: string): Promise<void>;
}

/** What `createAuth` returns: mounted by the web server, used by the API's context. */
export interface AuthService {
  /** Handles `/api/auth/*` (sign-up, sign-in, sign-out, sessions) as a fetch handler. */
  handler(request: Request): Promise<Response>;
  /** Session cookie or `Authorization: Bearer <api key>`; null when neither is valid. */
  resolveActor(headers: Headers): Promise<Actor | null>;
  workspaces: WorkspaceDirectory;
}
