import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantPolicy, updatedAt, workspaceIdColumn } from './_shared.ts';
import { products } from './products.ts';

export const inventoryPolicy = pgEnum('inventory_policy', ['deny', 'continue']);

export const variants = pgTable(
  'variants',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn(),
    brandId: text('brand_id').notNull(),
    productId: text('product_id').notNull(),
    position: integer('position').notNull(),
    sku: text('sku').notNull(),
    barcode: text('barcode'),
    optionValues: jsonb('option_values').$type<string[]>().notNull(),
    priceCents: integer('price_cents').notNull(),
    compareAtPriceCents: integer('compare_at_price_cents'),
    costCents: integer('cost_cents').notNull(),
    grams: integer('grams').notNull(),
    inventoryQuantity: integer('inventory_quantity').notNull().default(0),
    inventoryPolicy: inventoryPolicy('inventory_policy').notNull().default('deny'),
    requiresShipping: boolean('requires_shipping').notNull().default(true),
    taxable: boolean('taxable').notNull().default(true),
    imagePosition: integer('image_position'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One key carries workspace, brand and product: a variant cannot point at another brand's product.
    foreignKey({
      name: 'variants_product_fk',
      columns: [t.workspaceId, t.brandId, t.productId],
      foreignColumns: [products.workspaceId, products.brandId, products.id],
    }).onDelete('cascade'),
    unique('variants_brand_sku_key').on(t.brandId, t.sku),
    unique('variants_product_position_key').on(t.productId, t.position),
    index('variants_barcode_idx').on(t.brandId, t.barcode),
    check('variants_price_check', sql`${t.priceCents} > 0 and ${t.costCents} >= 0`),
    check(
      'variants_compare_at_check',
      sql`${t.compareAtPriceCents} is null or ${t.compareAtPriceCents} > ${t.priceCents}`,
    ),
    check('variants_inventory_check', sql`${t.inventoryQuantity} >= 0 and ${t.grams} >= 0`),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();
