import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { apiKeys } from '../schema/index.ts';

/* Workspace API keys; accounts-side queries (see memberships.ts). Keys arrive here hashed. */

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeyScope = ApiKeyRow['scope'];

export async function insertApiKey(
  db: Database,
  key: {
    id: string;
    workspaceId: string;
    name: string;
    scope: ApiKeyScope;
    keyHash: string;
    prefix: string;
    createdBy: string | null;
  },
): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  if (!row) throw new Error('API key insert returned no row');
  return row;
}

export async function listApiKeys(db: Database, workspaceId: string): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** The key with this hash, unless it was revoked. */
export async function findActiveApiKeyByHash(
  db: Database,
  keyHash: string,
): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
  return row;
}

/** Revokes a key of the workspace (idempotent); false when the workspace has no key by that id. */
export async function revokeApiKey(
  db: Database,
  query: { workspaceId: string; keyId: string; now: Date },
): Promise<boolean> {
  const [existing] = await db
    .select({ revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.workspaceId, query.workspaceId), eq(apiKeys.id, query.keyId)));
  if (!existing) return false;
  if (existing.revokedAt === null) {
    await db.update(apiKeys).set({ revokedAt: query.now }).where(eq(apiKeys.id, query.keyId));
  }
  return true;
}

/**
 * Records a use of the key. Written at most once per `resolution` (a busy key would otherwise write
 * its row on every request), so `lastUsedAt` is exact to that resolution.
 */
export async function touchApiKey(
  db: Database,
  query: { keyId: string; now: Date; resolutionMs: number },
): Promise<void> {
  const staleBefore = new Date(query.now.getTime() - query.resolutionMs);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: query.now })
    .where(
      and(
        eq(apiKeys.id, query.keyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore)),
      ),
    );
}
