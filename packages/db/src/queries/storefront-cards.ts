import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TenantTx } from '../database.ts';
import { categories, images, products, variants } from '../schema/index.ts';

/** The picture a product card or a collection tile shows: the product's first image. */
export interface CardImageRecord {
  productId: string;
  position: number;
  alt: string;
  status: 'pending' | 'ready' | 'failed';
  storageKey: string | null;
  width: number | null;
  height: number | null;
}

/** What a storefront card adds to a product summary: a sale price and whether it can be bought. */
export interface CardExtrasRecord {
  productId: string;
  /** Compare-at price of the cheapest variant, when that variant is on sale. */
  compareAtPriceCents: number | null;
  /** Some variant has stock. */
  available: boolean;
  image: CardImageRecord | null;
}

/** Sale price, stock and first image of each product, for the cards of a storefront page. */
export async function listCardExtras(
  tx: TenantTx,
  productIds: readonly string[],
): Promise<Map<string, CardExtrasRecord>> {
  if (productIds.length === 0) return new Map();
  const ids = [...productIds];
  // One statement at a time: a transaction is one connection.
  const cheapest = await tx
    .selectDistinctOn([variants.productId], {
      productId: variants.productId,
      compareAtPriceCents: variants.compareAtPriceCents,
    })
    .from(variants)
    .where(inArray(variants.productId, ids))
    .orderBy(variants.productId, asc(variants.priceCents), asc(variants.position));
  const stocked = await tx
    .select({ productId: variants.productId })
    .from(variants)
    .where(and(inArray(variants.productId, ids), sql`${variants.inventoryQuantity} > 0`))
    .groupBy(variants.productId);
  const firstImages = await tx
    .select(cardImageColumns)
    .from(images)
    .where(and(inArray(images.productId, ids), eq(images.position, 1)));
  const compareAtOf = new Map(cheapest.map((row) => [row.productId, row.compareAtPriceCents]));
  const inStock = new Set(stocked.map((row) => row.productId));
  const imageOf = new Map(firstImages.map((row) => [row.productId, row]));
  return new Map(
    ids.map((productId) => [
      productId,
      {
        productId,
        compareAtPriceCents: compareAtOf.get(productId) ?? null,
        available: inStock.has(productId),
        image: imageOf.get(productId) ?? null,
      },
    ]),
  );
}

const cardImageColumns = {
  productId: images.productId,
  position: images.position,
  alt: images.alt,
  status: images.status,
  storageKey: images.storageKey,
  width: images.width,
  height: images.height,
};

/** A top-level collection and the first picture found in it (its own products or its children's). */
export interface CollectionCoverRecord {
  categoryId: string;
  /** Products in the collection and everything under it. */
  productCount: number;
  image: CardImageRecord | null;
}

/**
 * For every top-level category of the brand: how many products it holds (its subtree, at most 3
 * levels) and the first image of its first product in catalog order, preferring a rendered one.
 */
export async function listCollectionCovers(
  tx: TenantTx,
  brandId: string,
): Promise<CollectionCoverRecord[]> {
  // Each category with the top-level category it belongs to.
  const parent = alias(categories, 'parent');
  const grandparent = alias(categories, 'grandparent');
  const roots = await tx
    .select({
      id: categories.id,
      rootId: sql<string>`coalesce(${grandparent.id}, ${parent.id}, ${categories.id})`,
    })
    .from(categories)
    .leftJoin(parent, eq(parent.id, categories.parentId))
    .leftJoin(grandparent, eq(grandparent.id, parent.parentId))
    .where(eq(categories.brandId, brandId));
  const rootOf = new Map(roots.map((row) => [row.id, row.rootId]));
  const topLevel = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.brandId, brandId), eq(categories.depth, 1)))
    .orderBy(asc(categories.position), asc(categories.id));

  const perCategory = await tx
    .select({ categoryId: products.categoryId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(products)
    .where(eq(products.brandId, brandId))
    .groupBy(products.categoryId);
  const counts = new Map<string, number>();
  for (const row of perCategory) {
    const root = rootOf.get(row.categoryId);
    if (root !== undefined) counts.set(root, (counts.get(root) ?? 0) + row.n);
  }

  // The first product of each category with a rendered first image (or, failing that, any).
  const firsts = await tx
    .selectDistinctOn([products.categoryId], {
      categoryId: products.categoryId,
      productPosition: products.position,
      ...cardImageColumns,
    })
    .from(products)
    .innerJoin(images, and(eq(images.productId, products.id), eq(images.position, 1)))
    .where(eq(products.brandId, brandId))
    .orderBy(products.categoryId, sql`(${images.status} = 'ready') desc`, asc(products.position));
  const coverOf = new Map<string, { position: number; ready: boolean; image: CardImageRecord }>();
  for (const { categoryId, productPosition: position, ...image } of firsts) {
    const root = rootOf.get(categoryId);
    if (root === undefined) continue;
    const ready = image.status === 'ready';
    const best = coverOf.get(root);
    // Rendered beats pending; then catalog order.
    if (!best || (ready && !best.ready) || (ready === best.ready && position < best.position)) {
      coverOf.set(root, { position, ready, image });
    }
  }
  return topLevel.map(({ id }) => ({
    categoryId: id,
    productCount: counts.get(id) ?? 0,
    image: coverOf.get(id)?.image ?? null,
  }));
}
