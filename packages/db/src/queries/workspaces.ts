import { eq } from 'drizzle-orm';
import { AppError, type MembershipRole, type Workspace } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { workspaceMemberships, workspaces } from '../schema/index.ts';

/** Inserts the transaction's own workspace (its id must equal the workspace the tx is bound to). */
export async function insertWorkspace(tx: TenantTx, workspace: Workspace): Promise<Workspace> {
  const [row] = await tx.insert(workspaces).values(workspace).returning();
  if (!row) throw new AppError('INTERNAL', 'Workspace insert returned no row');
  return { id: row.id, name: row.name, slug: row.slug };
}

export async function findWorkspace(tx: TenantTx, id: string): Promise<Workspace | undefined> {
  const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, id));
  return row ? { id: row.id, name: row.name, slug: row.slug } : undefined;
}

export async function addMembership(
  tx: TenantTx,
  membership: { id: string; workspaceId: string; userId: string; role: MembershipRole },
): Promise<void> {
  await tx.insert(workspaceMemberships).values(membership);
}

/**
 * Deletes the transaction's own workspace and, through the foreign keys, everything in it: brands,
 * categories, products, variants, images, generation and export jobs, memberships. Returns false
 * when it was not there.
 */
export async function deleteWorkspace(tx: TenantTx, id: string): Promise<boolean> {
  const deleted = await tx
    .delete(workspaces)
    .where(eq(workspaces.id, id))
    .returning({ id: workspaces.id });
  return deleted.length > 0;
}
