import { and, asc, eq, sql } from 'drizzle-orm';
import type { MembershipRole } from '@storecraft/core';
import type { Database } from '../database.ts';
import { users, workspaceMemberships, workspaces } from '../schema/index.ts';

/*
 * The workspace directory as accounts see it: reads and writes across workspaces, run on the app's
 * connection outside any workspace (as the runtime role on PostgreSQL, see migration 0004). Tenant
 * code uses withWorkspace and never these.
 */

export interface UserWorkspaceRow {
  id: string;
  name: string;
  slug: string;
  role: MembershipRole;
}

export interface WorkspaceMemberRow {
  userId: string;
  email: string;
  name: string;
  role: MembershipRole;
  joinedAt: Date;
}

/** The user's role in the workspace, or undefined when they are not a member (or it does not exist). */
export async function findMembershipRole(
  db: Database,
  query: { workspaceId: string; userId: string },
): Promise<MembershipRole | undefined> {
  const [row] = await db
    .select({ role: workspaceMemberships.role })
    .from(workspaceMemberships)
    .where(
      and(
        eq(workspaceMemberships.workspaceId, query.workspaceId),
        eq(workspaceMemberships.userId, query.userId),
      ),
    );
  return row?.role;
}

/** Every workspace the user belongs to, oldest membership first. */
export async function listUserWorkspaces(
  db: Database,
  userId: string,
): Promise<UserWorkspaceRow[]> {
  return db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      slug: workspaces.slug,
      role: workspaceMemberships.role,
    })
    .from(workspaceMemberships)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMemberships.workspaceId))
    .where(eq(workspaceMemberships.userId, userId))
    .orderBy(asc(workspaceMemberships.createdAt), asc(workspaces.id));
}

export async function findWorkspaceSummary(
  db: Database,
  workspaceId: string,
): Promise<{ id: string; name: string; slug: string } | undefined> {
  const [row] = await db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row;
}

/** The members of one workspace with their names and emails, in the order they joined. */
export async function listWorkspaceMembers(
  db: Database,
  workspaceId: string,
): Promise<WorkspaceMemberRow[]> {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: workspaceMemberships.role,
      joinedAt: workspaceMemberships.createdAt,
    })
    .from(workspaceMemberships)
    .innerJoin(users, eq(users.id, workspaceMemberships.userId))
    .where(eq(workspaceMemberships.workspaceId, workspaceId))
    .orderBy(asc(workspaceMemberships.createdAt), asc(users.id));
}

/** Adds the user to the workspace; a user who is already a member keeps the role they have. */
export async function insertMembershipIfAbsent(
  db: Database,
  membership: { id: string; workspaceId: string; userId: string; role: MembershipRole },
): Promise<MembershipRole> {
  await db
    .insert(workspaceMemberships)
    .values(membership)
    .onConflictDoNothing({
      target: [workspaceMemberships.workspaceId, workspaceMemberships.userId],
    });
  const role = await findMembershipRole(db, membership);
  return role ?? membership.role;
}

export type RemoveMembershipOutcome = 'removed' | 'not-member' | 'last-owner';

/**
 * Removes a member unless they are the workspace's last owner. The workspace's membership rows are
 * locked first, so two owners removing each other at once cannot both succeed.
 */
export async function deleteMembershipKeepingAnOwner(
  db: Database,
  target: { workspaceId: string; userId: string },
): Promise<RemoveMembershipOutcome> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ userId: workspaceMemberships.userId, role: workspaceMemberships.role })
      .from(workspaceMemberships)
      .where(eq(workspaceMemberships.workspaceId, target.workspaceId))
      .for('update');
    const member = rows.find((r) => r.userId === target.userId);
    if (!member) return 'not-member';
    const owners = rows.filter((r) => r.role === 'owner').length;
    if (member.role === 'owner' && owners <= 1) return 'last-owner';
    await tx
      .delete(workspaceMemberships)
      .where(
        and(
          eq(workspaceMemberships.workspaceId, target.workspaceId),
          eq(workspaceMemberships.userId, target.userId),
        ),
      );
    return 'removed';
  });
}

/** Whether someone with this email (any case) is a member of the workspace. */
export async function isEmailMember(
  db: Database,
  query: { workspaceId: string; email: string },
): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(workspaceMemberships)
    .innerJoin(users, eq(users.id, workspaceMemberships.userId))
    .where(
      and(
        eq(workspaceMemberships.workspaceId, query.workspaceId),
        sql`lower(${users.email}) = lower(${query.email})`,
      ),
    );
  return row !== undefined;
}

/** Deletes a person and, through the foreign keys, their sessions, password and memberships. */
export async function deleteUser(db: Database, userId: string): Promise<void> {
  await db.delete(users).where(eq(users.id, userId));
}
