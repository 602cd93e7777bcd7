import { and, asc, count, desc, eq, gt, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { BrandVoice, Palette, ProductStatus } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { brands, categories, images, products, variants } from '../schema/index.ts';

/** What a list of brands shows: no logo, no copy. */
export interface BrandSummary {
  id: string;
  name: string;
  handle: string;
  tagline: string;
  voice: BrandVoice;
  palette: Palette;
  niche: string;
  createdAt: Date;
  updatedAt: Date;
}

const brandSummaryColumns = {
  id: brands.id,
  name: brands.name,
  handle: brands.handle,
  tagline: brands.tagline,
  voice: brands.voice,
  palette: brands.palette,
  niche: brands.niche,
  createdAt: brands.createdAt,
  updatedAt: brands.updatedAt,
};

/** The workspace's brands, newest first, a page at a time (`before` = the last id seen). */
export async function listBrandSummaries(
  tx: TenantTx,
  params: { limit: number; before?: string },
): Promise<BrandSummary[]> {
  return tx
    .select(brandSummaryColumns)
    .from(brands)
    .where(params.before === undefined ? undefined : sql`${brands.id} < ${params.before}`)
    .orderBy(desc(brands.id))
    .limit(params.limit);
}

/** What people may rename, rewrite or restyle on a brand (the logo follows the others). */
export type BrandFields = Partial<
  Pick<
    typeof brands.$inferInsert,
    'name' | 'tagline' | 'mission' | 'values' | 'voice' | 'palette' | 'typography' | 'logoSvg'
  >
>;

/** Changes what people may rename or restyle; false when the brand is not in the workspace. */
export async function updateBrandFields(
  tx: TenantTx,
  id: string,
  fields: BrandFields,
): Promise<boolean> {
  if (Object.keys(fields).length === 0) {
    const [row] = await tx.select({ id: brands.id }).from(brands).where(eq(brands.id, id));
    return row !== undefined;
  }
  const updated = await tx
    .update(brands)
    .set(fields)
    .where(eq(brands.id, id))
    .returning({ id: brands.id });
  return updated.length > 0;
}

/**
 * Removes a brand's catalog (products with their variants and images, then categories), keeping
 * the brand: a catalog build starts from nothing, so a redelivered build job writes it again.
 */
export async function deleteBrandCatalog(tx: TenantTx, brandId: string): Promise<void> {
  await tx.delete(products).where(eq(products.brandId, brandId));
  // Children first: the parent key cascades, but deleting leaves first keeps the trigger quiet.
  for (const depth of [3, 2, 1]) {
    await tx
      .delete(categories)
      .where(and(eq(categories.brandId, brandId), eq(categories.depth, depth)));
  }
}

/** One row of the products page. */
export interface ProductSummary {
  id: string;
  position: number;
  handle: string;
  title: string;
  status: ProductStatus;
  productType: string;
  categoryId: string;
  minPriceCents: number;
  maxPriceCents: number;
  variantCount: number;
  /** Storage key of the first image once it is rendered. */
  primaryImageKey: string | null;
}

export interface ProductPageParams {
  brandId: string;
  limit: number;
  /** Position of the last product of the previous page. */
  afterPosition?: number;
  /** Case-insensitive substring of the title. */
  search?: string;
  /** A category and everything under it (the tree is at most 3 levels deep). */
  categoryId?: string;
}

/** A page of a brand's products in catalog order, filtered by title and category. */
export async function listProductSummaries(
  tx: TenantTx,
  params: ProductPageParams,
): Promise<ProductSummary[]> {
  const filters: (SQL | undefined)[] = [eq(products.brandId, params.brandId)];
  if (params.afterPosition !== undefined) filters.push(gt(products.position, params.afterPosition));
  if (params.search) filters.push(ilike(products.title, `%${escapeLike(params.search)}%`));
  if (params.categoryId !== undefined) {
    const id = params.categoryId;
    filters.push(
      inArray(
        products.categoryId,
        sql`(select c.id from ${categories} c
             left join ${categories} p on p.id = c.parent_id
             where c.brand_id = ${params.brandId}
               and (c.id = ${id} or c.parent_id = ${id} or p.parent_id = ${id}))`,
      ),
    );
  }
  // One statement for the page: it is read on every scroll of a product list, and a transaction
  // is one connection, so each extra statement is a round trip in turn.
  return tx
    .select({
      id: products.id,
      position: products.position,
      handle: products.handle,
      title: products.title,
      status: products.status,
      productType: products.productType,
      categoryId: products.categoryId,
      minPriceCents: products.minPriceCents,
      maxPriceCents: products.maxPriceCents,
      // `products.id` spelled out: drizzle writes a bare "id" here, which the subquery would read
      // as its own table's column.
      variantCount: sql<number>`(select count(*)::int from ${variants} v
        where v.product_id = products.id)`.mapWith(Number),
      primaryImageKey: sql<string | null>`(select i.storage_key from ${images} i
        where i.product_id = products.id and i.position = 1 and i.status = 'ready' limit 1)`,
    })
    .from(products)
    .where(and(...filters))
    .orderBy(asc(products.position))
    .limit(params.limit);
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface ProductDetail {
  id: string;
  brandId: string;
  categoryId: string;
  position: number;
  handle: string;
  title: string;
  bodyHtml: string;
  vendor: string;
  productType: string;
  taxonomyPath: string;
  tags: string[];
  status: ProductStatus;
  seoTitle: string;
  seoDescription: string;
  options: { name: string; values: string[] }[];
  variants: {
    id: string;
    position: number;
    sku: string;
    barcode: string | null;
    optionValues: string[];
    priceCents: number;
    compareAtPriceCents: number | null;
    inventoryQuantity: number;
    imagePosition: number | null;
  }[];
  images: {
    id: string;
    position: number;
    alt: string;
    status: 'pending' | 'ready' | 'failed';
    storageKey: string | null;
    width: number | null;
    height: number | null;
  }[];
}

/** A product of the workspace with its variants and images, or undefined. */
export async function findProductDetail(
  tx: TenantTx,
  params: { brandId: string; productId: string },
): Promise<ProductDetail | undefined> {
  const [row] = await tx
    .select()
    .from(products)
    .where(and(eq(products.id, params.productId), eq(products.brandId, params.brandId)));
  if (!row) return undefined;
  const variantRows = await tx
    .select()
    .from(variants)
    .where(eq(variants.productId, row.id))
    .orderBy(asc(variants.position));
  const imageRows = await tx
    .select()
    .from(images)
    .where(eq(images.productId, row.id))
    .orderBy(asc(images.position));
  return {
    id: row.id,
    brandId: row.brandId,
    categoryId: row.categoryId,
    position: row.position,
    handle: row.handle,
    title: row.title,
    bodyHtml: row.bodyHtml,
    vendor: row.vendor,
    productType: row.productType,
    taxonomyPath: row.taxonomyPath,
    tags: row.tags,
    status: row.status,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    options: row.options,
    variants: variantRows.map((v) => ({
      id: v.id,
      position: v.position,
      sku: v.sku,
      barcode: v.barcode,
      optionValues: v.optionValues,
      priceCents: v.priceCents,
      compareAtPriceCents: v.compareAtPriceCents,
      inventoryQuantity: v.inventoryQuantity,
      imagePosition: v.imagePosition,
    })),
    images: imageRows.map((i) => ({
      id: i.id,
      position: i.position,
      alt: i.alt,
      status: i.status,
      storageKey: i.storageKey,
      width: i.width,
      height: i.height,
    })),
  };
}

/** Products and categories of a brand, and how many of its images are rendered. */
export interface CatalogCounts {
  products: number;
  categories: number;
  images: number;
  imagesReady: number;
}

export async function countCatalog(tx: TenantTx, brandId: string): Promise<CatalogCounts> {
  const productRow = await tx
    .select({ n: count() })
    .from(products)
    .where(eq(products.brandId, brandId));
  const categoryRow = await tx
    .select({ n: count() })
    .from(categories)
    .where(eq(categories.brandId, brandId));
  const imageRow = await tx
    .select({
      n: count(),
      ready: sql<number>`count(*) filter (where ${images.status} = 'ready')`.mapWith(Number),
    })
    .from(images)
    .where(eq(images.brandId, brandId));
  return {
    products: Number(productRow[0]?.n ?? 0),
    categories: Number(categoryRow[0]?.n ?? 0),
    images: Number(imageRow[0]?.n ?? 0),
    imagesReady: Number(imageRow[0]?.ready ?? 0),
  };
}

/** Whether the category belongs to the brand (and so to the workspace). */
export async function hasCategory(
  tx: TenantTx,
  params: { brandId: string; categoryId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, params.categoryId), eq(categories.brandId, params.brandId)));
  return row !== undefined;
}
