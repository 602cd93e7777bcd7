import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { MembershipRole } from '@storecraft/core';
import type { Database } from '../database.ts';
import { workspaceInvitations } from '../schema/index.ts';

/* Invitations by link; accounts-side queries (see memberships.ts). Tokens arrive here hashed. */

export type InvitationRow = typeof workspaceInvitations.$inferSelect;

export async function insertInvitation(
  db: Database,
  invitation: {
    id: string;
    workspaceId: string;
    email: string;
    role: MembershipRole;
    tokenHash: string;
    inviterId: string;
    expiresAt: Date;
  },
): Promise<InvitationRow> {
  return db.transaction(async (tx) => {
    // A new link for the same address supersedes the old one, so only the latest link works.
    await tx
      .update(workspaceInvitations)
      .set({ status: 'revoked' })
      .where(
        and(
          eq(workspaceInvitations.workspaceId, invitation.workspaceId),
          eq(workspaceInvitations.status, 'pending'),
          sql`lower(${workspaceInvitations.email}) = lower(${invitation.email})`,
        ),
      );
    const [row] = await tx.insert(workspaceInvitations).values(invitation).returning();
    if (!row) throw new Error('Invitation insert returned no row');
    return row;
  });
}

export async function listInvitations(db: Database, workspaceId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(workspaceInvitations)
    .where(eq(workspaceInvitations.workspaceId, workspaceId))
    .orderBy(desc(workspaceInvitations.createdAt), desc(workspaceInvitations.id));
}

export async function findInvitationByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(workspaceInvitations)
    .where(eq(workspaceInvitations.tokenHash, tokenHash));
  return row;
}

/** Marks a pending invitation of the workspace revoked; false when there is none by that id. */
export async function revokeInvitation(
  db: Database,
  query: { workspaceId: string; invitationId: string },
): Promise<boolean> {
  const [existing] = await db
    .select({ status: workspaceInvitations.status })
    .from(workspaceInvitations)
    .where(
      and(
        eq(workspaceInvitations.workspaceId, query.workspaceId),
        eq(workspaceInvitations.id, query.invitationId),
      ),
    );
  if (!existing) return false;
  if (existing.status === 'pending') {
    await db
      .update(workspaceInvitations)
      .set({ status: 'revoked' })
      .where(eq(workspaceInvitations.id, query.invitationId));
  }
  return true;
}

/**
 * Claims a pending, unexpired invitation for acceptance (one winner when a link is used twice at
 * once). Returns the invitation, or undefined when it was not pending or has expired.
 */
export async function claimInvitation(
  db: Database,
  query: { invitationId: string; now: Date },
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(workspaceInvitations)
    .set({ status: 'accepted', acceptedAt: query.now })
    .where(
      and(
        eq(workspaceInvitations.id, query.invitationId),
        eq(workspaceInvitations.status, 'pending'),
        gt(workspaceInvitations.expiresAt, query.now),
      ),
    )
    .returning();
  return row;
}
