import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { MAX_CATEGORY_DEPTH } from '@storecraft/core';
import { createdAt, tenantPolicy, updatedAt, workspaceIdColumn } from './_shared.ts';
import { brands } from './brands.ts';

/**
 * The collection tree of a brand. `depth` is derived from the parent by a trigger (custom
 * migration) that also refuses a fourth level and a parent from another brand.
 */
export const categories = pgTable(
  'categories',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn(),
    brandId: text('brand_id').notNull(),
    parentId: text('parent_id'),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    taxonomyPath: text('taxonomy_path'),
    depth: smallint('depth').notNull().default(1),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'categories_brand_fk',
      columns: [t.workspaceId, t.brandId],
      foreignColumns: [brands.workspaceId, brands.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'categories_parent_fk',
      columns: [t.workspaceId, t.brandId, t.parentId],
      foreignColumns: [t.workspaceId, t.brandId, t.id],
    }).onDelete('cascade'),
    unique('categories_brand_handle_key').on(t.brandId, t.handle),
    unique('categories_workspace_brand_id_key').on(t.workspaceId, t.brandId, t.id),
    index('categories_parent_idx').on(t.parentId),
    check(
      'categories_depth_check',
      sql`${t.depth} between 1 and ${sql.raw(String(MAX_CATEGORY_DEPTH))}`,
    ),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();
