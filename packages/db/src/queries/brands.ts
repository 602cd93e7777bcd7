import { asc, eq } from 'drizzle-orm';
import { AppError, type Brand, brandSchema } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { brands } from '../schema/index.ts';

export interface BrandRecord extends Brand {
  id: string;
  workspaceId: string;
}

export async function insertBrand(
  tx: TenantTx,
  input: { id: string; workspaceId: string; brand: Brand },
): Promise<BrandRecord> {
  await tx.insert(brands).values({ id: input.id, workspaceId: input.workspaceId, ...input.brand });
  return { id: input.id, workspaceId: input.workspaceId, ...input.brand };
}

export async function findBrand(tx: TenantTx, id: string): Promise<BrandRecord | undefined> {
  const [row] = await tx.select().from(brands).where(eq(brands.id, id));
  if (!row) return undefined;
  return { id: row.id, workspaceId: row.workspaceId, ...brandSchema.parse(row) };
}

export async function getBrand(tx: TenantTx, id: string): Promise<BrandRecord> {
  const brand = await findBrand(tx, id);
  if (!brand)
    throw new AppError('NOT_FOUND', `Brand ${id} not found`, {
      userMessage: 'That brand does not exist.',
    });
  return brand;
}

/** The ids of the workspace's brands, oldest first. */
export async function listBrandIds(tx: TenantTx): Promise<string[]> {
  const rows = await tx
    .select({ id: brands.id })
    .from(brands)
    .orderBy(asc(brands.createdAt), asc(brands.id));
  return rows.map((row) => row.id);
}
