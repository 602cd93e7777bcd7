import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantPolicy, updatedAt, workspaceIdColumn } from './_shared.ts';
import { products } from './products.ts';

export const imageStatus = pgEnum('image_status', ['pending', 'ready', 'failed']);

export const images = pgTable(
  'images',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn(),
    brandId: text('brand_id').notNull(),
    productId: text('product_id').notNull(),
    position: integer('position').notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    alt: text('alt').notNull(),
    template: text('template').notNull(),
    shot: text('shot').notNull(),
    /** The colour option value it shows; variants point at it through `variants.image_position`. */
    colour: text('colour'),
    status: imageStatus('status').notNull().default('pending'),
    storageKey: text('storage_key'),
    width: integer('width'),
    height: integer('height'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'images_product_fk',
      columns: [t.workspaceId, t.brandId, t.productId],
      foreignColumns: [products.workspaceId, products.brandId, products.id],
    }).onDelete('cascade'),
    unique('images_product_position_key').on(t.productId, t.position),
    // At most one primary image per product.
    uniqueIndex('images_one_primary_per_product')
      .on(t.productId)
      .where(sql`${t.isPrimary}`),
    check('images_position_check', sql`${t.position} >= 1`),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();
