import { sql } from 'drizzle-orm';
import type { ProductOption } from '@storecraft/core';
import { productStatuses } from '@storecraft/core';
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
import { brands } from './brands.ts';
import { categories } from './categories.ts';

export const productStatus = pgEnum('product_status', productStatuses);

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn(),
    brandId: text('brand_id').notNull(),
    categoryId: text('category_id').notNull(),
    /** Order in the generated catalog (its index), so exports are reproducible. */
    position: integer('position').notNull(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    bodyHtml: text('body_html').notNull(),
    vendor: text('vendor').notNull(),
    productType: text('product_type').notNull(),
    taxonomyPath: text('taxonomy_path').notNull(),
    tags: jsonb('tags').$type<string[]>().notNull(),
    status: productStatus('status').notNull().default('active'),
    publishedOnline: boolean('published_online').notNull().default(true),
    seoTitle: text('seo_title').notNull(),
    seoDescription: text('seo_description').notNull(),
    options: jsonb('options').$type<ProductOption[]>().notNull(),
    minPriceCents: integer('min_price_cents').notNull(),
    maxPriceCents: integer('max_price_cents').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'products_brand_fk',
      columns: [t.workspaceId, t.brandId],
      foreignColumns: [brands.workspaceId, brands.id],
    }).onDelete('cascade'),
    // NO ACTION (checked at statement end) so deleting a brand cascades through both paths.
    foreignKey({
      name: 'products_category_fk',
      columns: [t.workspaceId, t.brandId, t.categoryId],
      foreignColumns: [categories.workspaceId, categories.brandId, categories.id],
    }),
    unique('products_brand_handle_key').on(t.brandId, t.handle),
    unique('products_workspace_brand_id_key').on(t.workspaceId, t.brandId, t.id),
    index('products_brand_position_idx').on(t.brandId, t.position),
    index('products_category_idx').on(t.categoryId),
    check('products_price_range_check', sql`${t.minPriceCents} <= ${t.maxPriceCents}`),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();
