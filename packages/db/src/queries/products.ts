import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { AppError, newId, type Product } from '@storecraft/core';
import { bulkInsert } from '../bulk-insert.ts';
import type { TenantTx } from '../database.ts';
import { categories, images, products, variants } from '../schema/index.ts';

/** Rows per INSERT statement (one array parameter per column, so this bounds message size only). */
const ROWS_PER_STATEMENT = 5_000;

export interface InsertProductsInput {
  workspaceId: string;
  brandId: string;
  /** category handle → id, as returned by insertCategories. */
  categoryIds: ReadonlyMap<string, string>;
  products: readonly Product[];
  /** Catalog index of the first product (products keep their generation order). */
  firstPosition: number;
}

/**
 * Bulk-inserts products with their variants and images: three `unnest` statements per batch, so
 * a 10,000-product catalog is a few dozen round trips. Returns the new product ids in order.
 */
export async function insertProducts(tx: TenantTx, input: InsertProductsInput): Promise<string[]> {
  const { workspaceId, brandId } = input;
  const productRows: (typeof products.$inferInsert)[] = [];
  const variantRows: (typeof variants.$inferInsert)[] = [];
  const imageRows: (typeof images.$inferInsert)[] = [];

  input.products.forEach((p, i) => {
    const categoryId = input.categoryIds.get(p.categoryHandle);
    if (!categoryId) {
      throw new AppError(
        'INVALID_INPUT',
        `Product ${p.handle} names unknown category ${p.categoryHandle}`,
      );
    }
    const productId = newId('product');
    const prices = p.variants.map((v) => v.priceCents);
    productRows.push({
      id: productId,
      workspaceId,
      brandId,
      categoryId,
      position: input.firstPosition + i,
      handle: p.handle,
      title: p.title,
      bodyHtml: p.bodyHtml,
      vendor: p.vendor,
      productType: p.productType,
      taxonomyPath: p.taxonomyPath,
      tags: p.tags,
      status: p.status,
      publishedOnline: p.publishedOnline,
      seoTitle: p.seoTitle,
      seoDescription: p.seoDescription,
      options: p.options,
      minPriceCents: Math.min(...prices),
      maxPriceCents: Math.max(...prices),
    });
    p.variants.forEach((v, position) => {
      variantRows.push({ id: newId('variant'), workspaceId, brandId, productId, position, ...v });
    });
    for (const image of p.images) {
      imageRows.push({
        id: newId('image'),
        workspaceId,
        brandId,
        productId,
        position: image.position,
        isPrimary: image.position === 1,
        alt: image.alt,
        template: image.template,
        shot: image.shot,
        colour: image.colour,
        status: image.src ? 'ready' : 'pending',
        storageKey: image.src,
      });
    }
  });

  if (productRows.length === 0) return [];
  // Postgres checks each variant and image row against its product with the foreign key's query,
  // and the session keeps that query's generic plan. Planned while the products table was a batch
  // or two long, the plan walks a brand's products by position to find one id, so every later batch
  // paid for all the products before it: a 5,000-product build in batches of 50 took 22 s on
  // PGlite and 14 s on PostgreSQL, its last batches 9× slower than its first (npm run bench "as
  // builds do"). Planned afresh for each row (in this transaction only), the checks use the key:
  // 3.0 s and 1.9 s, every batch alike. Planning costs ≈25 µs a row, which a few large batches
  // into a big table do not win back (10,000 products in batches of 1,000: 4.9 s against 2.8 s).
  await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true)`);
  for (const chunk of chunks(productRows, ROWS_PER_STATEMENT))
    await bulkInsert(tx, products, chunk);
  for (const chunk of chunks(variantRows, ROWS_PER_STATEMENT))
    await bulkInsert(tx, variants, chunk);
  for (const chunk of chunks(imageRows, ROWS_PER_STATEMENT)) await bulkInsert(tx, images, chunk);
  return productRows.map((r) => r.id);
}

export async function countProducts(tx: TenantTx, brandId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(products).where(eq(products.brandId, brandId));
  return row?.n ?? 0;
}

/**
 * A page of a brand's products in catalog order, with variants and images, as domain objects
 * (ready for the exporters). Page with `afterPosition` = the last position of the previous page.
 */
export async function listProducts(
  tx: TenantTx,
  params: { brandId: string; limit?: number; afterPosition?: number },
): Promise<(Product & { id: string; position: number })[]> {
  const limit = Math.min(Math.max(params.limit ?? 100, 1), 1_000);
  const rows = await tx
    .select({ product: products, categoryHandle: categories.handle })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(
      and(
        eq(products.brandId, params.brandId),
        params.afterPosition === undefined
          ? undefined
          : gt(products.position, params.afterPosition),
      ),
    )
    .orderBy(asc(products.position))
    .limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.product.id);
  const [variantRows, imageRows] = await Promise.all([
    tx
      .select()
      .from(variants)
      .where(inArray(variants.productId, ids))
      .orderBy(asc(variants.productId), asc(variants.position)),
    tx
      .select()
      .from(images)
      .where(inArray(images.productId, ids))
      .orderBy(asc(images.productId), asc(images.position)),
  ]);
  const variantsBy = groupBy(variantRows, (v) => v.productId);
  const imagesBy = groupBy(imageRows, (i) => i.productId);
  return rows.map(({ product: p, categoryHandle }) => ({
    id: p.id,
    position: p.position,
    handle: p.handle,
    title: p.title,
    bodyHtml: p.bodyHtml,
    vendor: p.vendor,
    productType: p.productType,
    taxonomyPath: p.taxonomyPath,
    categoryHandle,
    tags: p.tags,
    status: p.status,
    publishedOnline: p.publishedOnline,
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    options: p.options,
    variants: (variantsBy.get(p.id) ?? []).map((v) => ({
      sku: v.sku,
      barcode: v.barcode ?? '',
      optionValues: v.optionValues,
      priceCents: v.priceCents,
      compareAtPriceCents: v.compareAtPriceCents,
      costCents: v.costCents,
      grams: v.grams,
      inventoryQuantity: v.inventoryQuantity,
      inventoryPolicy: v.inventoryPolicy,
      requiresShipping: v.requiresShipping,
      taxable: v.taxable,
      imagePosition: v.imagePosition,
    })),
    images: (imagesBy.get(p.id) ?? []).map((i) => ({
      position: i.position,
      alt: i.alt,
      template: i.template,
      shot: i.shot,
      colour: i.colour,
      src: i.storageKey,
    })),
  }));
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
