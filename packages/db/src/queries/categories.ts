import { asc, eq } from 'drizzle-orm';
import { AppError, type Category, newId } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { categories } from '../schema/index.ts';

/**
 * Inserts a brand's category tree (parents before children) and returns handle → id.
 */
export async function insertCategories(
  tx: TenantTx,
  input: { workspaceId: string; brandId: string; categories: readonly Category[] },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const ordered = [...input.categories].sort(
    (a, b) => a.depth - b.depth || a.position - b.position,
  );
  for (const c of ordered) ids.set(c.handle, newId('category'));
  const rows = ordered.map((c) => {
    const parentId = c.parentHandle === null ? null : ids.get(c.parentHandle);
    if (parentId === undefined) {
      throw new AppError(
        'INVALID_INPUT',
        `Category ${c.handle} names unknown parent ${c.parentHandle}`,
      );
    }
    return {
      id: ids.get(c.handle) ?? '',
      workspaceId: input.workspaceId,
      brandId: input.brandId,
      parentId,
      handle: c.handle,
      title: c.title,
      description: c.description,
      taxonomyPath: c.taxonomyPath,
      depth: c.depth,
      position: c.position,
    };
  });
  // One statement per level: the depth trigger reads each row's parent.
  for (const depth of [1, 2, 3]) {
    const level = rows.filter((r) => r.depth === depth);
    if (level.length > 0) await tx.insert(categories).values(level);
  }
  return ids;
}

export async function listCategories(
  tx: TenantTx,
  brandId: string,
): Promise<(Category & { id: string })[]> {
  const rows = await tx
    .select()
    .from(categories)
    .where(eq(categories.brandId, brandId))
    .orderBy(asc(categories.depth), asc(categories.position));
  const handles = new Map(rows.map((r) => [r.id, r.handle]));
  return rows.map((r) => ({
    id: r.id,
    handle: r.handle,
    title: r.title,
    parentHandle: r.parentId ? (handles.get(r.parentId) ?? null) : null,
    depth: r.depth,
    taxonomyPath: r.taxonomyPath,
    description: r.description,
    position: r.position,
  }));
}
