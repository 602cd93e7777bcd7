import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { ProductStatus } from '@storecraft/core';
import type { TenantTx } from '../database.ts';
import { products, variants } from '../schema/index.ts';

/** One variant as the catalog table shows it, with the product fields it is read next to. */
export interface CatalogTableRecord {
  variantId: string;
  productId: string;
  productTitle: string;
  productStatus: ProductStatus;
  categoryId: string;
  /** The product's option names, in the order of `optionValues`. */
  optionNames: string[];
  optionValues: string[];
  sku: string;
  barcode: string | null;
  priceCents: number;
  compareAtPriceCents: number | null;
  inventoryQuantity: number;
}

export interface CatalogTableRecords {
  records: CatalogTableRecord[];
  /** Position of the last product the page holds, or null when the page is empty. */
  lastProductPosition: number | null;
  /** Whether products follow this page. */
  hasMore: boolean;
}

/**
 * A brand's variants in catalog order (product position, then variant position), whole products
 * at a time: as many products as fit in `limit` rows (at least one, so a product with more
 * variants than `limit` still makes a page).
 *
 * Both statements walk an index from where the last page stopped (`products_brand_position_idx`,
 * then `variants_product_position_key` per product), so the 5th page costs what the first does
 * and the plan does not depend on table statistics, which PGlite never gathers on its own (a join
 * ordered across both tables was planned as a per-product bitmap scan: seconds for 10,000 rows).
 */
export async function listCatalogTableRecords(
  tx: TenantTx,
  params: { brandId: string; limit: number; afterProductPosition?: number },
): Promise<CatalogTableRecords> {
  const after = params.afterProductPosition;
  // In turn: the transaction is one connection.
  const candidates = await tx
    .select({
      id: products.id,
      position: products.position,
      title: products.title,
      status: products.status,
      categoryId: products.categoryId,
      options: products.options,
      // Qualified by hand: in a one-table select Drizzle writes columns bare, and a bare "id"
      // inside the subquery would mean the variant's.
      variantCount:
        sql<number>`(select count(*) from ${variants} v where v.product_id = "products"."id")`.mapWith(
          Number,
        ),
    })
    .from(products)
    .where(
      and(
        eq(products.brandId, params.brandId),
        after === undefined ? undefined : gt(products.position, after),
      ),
    )
    .orderBy(asc(products.position))
    .limit(params.limit);

  const page: typeof candidates = [];
  let rows = 0;
  for (const product of candidates) {
    if (page.length > 0 && rows + product.variantCount > params.limit) break;
    page.push(product);
    rows += product.variantCount;
  }
  const last = page.at(-1);
  if (!last) return { records: [], lastProductPosition: null, hasMore: false };

  const variantRows = await tx
    .select({
      id: variants.id,
      productId: variants.productId,
      optionValues: variants.optionValues,
      sku: variants.sku,
      barcode: variants.barcode,
      priceCents: variants.priceCents,
      compareAtPriceCents: variants.compareAtPriceCents,
      inventoryQuantity: variants.inventoryQuantity,
    })
    .from(variants)
    .where(
      inArray(
        variants.productId,
        page.map((p) => p.id),
      ),
    )
    .orderBy(asc(variants.productId), asc(variants.position));
  const variantsOf = new Map<string, typeof variantRows>();
  for (const variant of variantRows) {
    const list = variantsOf.get(variant.productId) ?? [];
    list.push(variant);
    variantsOf.set(variant.productId, list);
  }

  const records = page.flatMap((product) => {
    const optionNames = product.options.map((option) => option.name);
    return (variantsOf.get(product.id) ?? []).map(
      ({ id, productId, ...variant }): CatalogTableRecord => ({
        variantId: id,
        productId,
        productTitle: product.title,
        productStatus: product.status,
        categoryId: product.categoryId,
        optionNames,
        ...variant,
      }),
    );
  });
  return {
    records,
    lastProductPosition: last.position,
    hasMore: page.length < candidates.length || candidates.length === params.limit,
  };
}

/** How many variants (table rows) the brand has. */
export async function countCatalogTableRecords(tx: TenantTx, brandId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(variants).where(eq(variants.brandId, brandId));
  return Number(row?.n ?? 0);
}
