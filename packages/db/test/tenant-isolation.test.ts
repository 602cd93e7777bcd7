import { sql } from 'drizzle-orm';
import { newId } from '@storecraft/core';
import { rowsOf, withWorkspace, type TenantTx } from '@storecraft/db';
import {
  createTestDatabase,
  dbErrorOf,
  testDrivers,
  type TestDatabase,
} from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from '@storecraft/db/testing';

/** Every table holding tenant data, with the column naming its workspace. */
const tenantTables = [
  ['workspaces', 'id'],
  ['workspace_memberships', 'workspace_id'],
  ['brands', 'workspace_id'],
  ['categories', 'workspace_id'],
  ['products', 'workspace_id'],
  ['variants', 'workspace_id'],
  ['images', 'workspace_id'],
  ['generation_jobs', 'workspace_id'],
  ['export_jobs', 'workspace_id'],
] as const;

type Seed = Awaited<ReturnType<typeof seedWorkspace>> & { userId: string };

async function seed(t: TestDatabase): Promise<Seed> {
  const s = await seedWorkspace(t.db, 2);
  const userId = newId('user');
  // Users are created by sign-up on the owner connection, outside any workspace.
  await t.raw(`insert into users (id, email, name) values ($1, $2, 'Member')`, [
    userId,
    `${userId}@example.test`,
  ]);
  await t.raw(
    `insert into workspace_memberships (id, workspace_id, user_id, role) values ($1, $2, $3, 'owner')`,
    [newId('membership'), s.workspaceId, userId],
  );
  await t.raw(
    `insert into generation_jobs (id, workspace_id, brand_id, kind, payload) values ($1, $2, $3, 'image', '{}')`,
    [newId('generationJob'), s.workspaceId, s.brandId],
  );
  await t.raw(
    `insert into export_jobs (id, workspace_id, brand_id, format) values ($1, $2, $3, 'shopify')`,
    [newId('exportJob'), s.workspaceId, s.brandId],
  );
  return { ...s, userId };
}

async function countIn(
  tx: TenantTx,
  table: string,
  column: string,
  workspaceId: string,
): Promise<number> {
  const result = await tx.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${workspaceId}`,
  );
  return rowsOf<{ n: number }>(result)[0]?.n ?? -1;
}

/** Runs `fn` in a transaction as the app role with no workspace set: what a forgotten helper would do. */
async function asAppRoleWithoutWorkspace<T>(
  t: TestDatabase,
  fn: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  return t.db.transaction(async (tx) => {
    await tx.execute(sql`set local role storecraft_app`);
    return fn(tx as TenantTx);
  });
}

describe.each(testDrivers)('tenant isolation on %s', (driver) => {
  let t: TestDatabase;
  let a: Seed;
  let b: Seed;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    a = await seed(t);
    b = await seed(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds rows for both workspaces in every tenant table (owner view)', async () => {
    for (const [table, column] of tenantTables) {
      const rows = await t.raw(
        `select ${column} as w, count(*)::int as n from ${table} group by 1`,
      );
      const byWorkspace = new Map(rows.map((r) => [String(r.w), Number(r.n)]));
      expect(byWorkspace.get(a.workspaceId), table).toBeGreaterThan(0);
      expect(byWorkspace.get(b.workspaceId), table).toBeGreaterThan(0);
    }
  });

  it('shows workspace A its own rows and none of B in every table', async () => {
    await withWorkspace(t.db, a.workspaceId, async (tx) => {
      for (const [table, column] of tenantTables) {
        expect(await countIn(tx, table, column, a.workspaceId), `${table} own`).toBeGreaterThan(0);
        expect(await countIn(tx, table, column, b.workspaceId), `${table} other`).toBe(0);
        const all = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
        );
        expect(all[0]?.n, `${table} unfiltered`).toBe(
          await countIn(tx, table, column, a.workspaceId),
        );
      }
    });
  });

  it('lets workspace A update and delete nothing of B', async () => {
    const touched: Record<string, number> = {};
    await withWorkspace(t.db, a.workspaceId, async (tx) => {
      for (const [table, column] of tenantTables) {
        const updated = await tx.execute(
          sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${column === 'id' ? sql`id` : sql`workspace_id`} where ${sql.identifier(column)} = ${b.workspaceId} returning 1`,
        );
        const deleted = await tx.execute(
          sql`delete from ${sql.identifier(table)} where ${sql.identifier(column)} = ${b.workspaceId} returning 1`,
        );
        touched[table] = rowsOf(updated).length + rowsOf(deleted).length;
      }
    });
    expect(
      Object.values(touched).every((n) => n === 0),
      JSON.stringify(touched),
    ).toBe(true);
    const after = await t.raw(`select count(*)::int as n from products where workspace_id = $1`, [
      b.workspaceId,
    ]);
    expect(after[0]?.n).toBe(2);
  });

  it('refuses inserts of rows into workspace B from workspace A', async () => {
    const attempts: [string, ReturnType<typeof sql>][] = [
      [
        'workspaces',
        sql`insert into workspaces (id, name, slug) values (${b.workspaceId + 'x'}, 'x', ${'x-' + a.workspaceId.slice(-8)})`,
      ],
      [
        'workspace_memberships',
        sql`insert into workspace_memberships (id, workspace_id, user_id) values (${newId('membership')}, ${b.workspaceId}, ${b.userId})`,
      ],
      [
        'brands',
        sql`insert into brands (id, workspace_id, name, handle, tagline, mission, values, voice, palette, logo_svg, typography, niche, verticals, seed) values (${newId('brand')}, ${b.workspaceId}, 'x', 'x', 'x', 'x', '[]', 'bold', '{}', '<svg/>', '{}', 'x', '[]', 'x')`,
      ],
      [
        'categories',
        sql`insert into categories (id, workspace_id, brand_id, handle, title) values (${newId('category')}, ${b.workspaceId}, ${b.brandId}, 'x', 'x')`,
      ],
      [
        'products',
        sql`insert into products (id, workspace_id, brand_id, category_id, position, handle, title, body_html, vendor, product_type, taxonomy_path, tags, seo_title, seo_description, options, min_price_cents, max_price_cents) values (${newId('product')}, ${b.workspaceId}, ${b.brandId}, ${[...b.categoryIds.values()][0]}, 99, 'x', 'x', '', 'x', 'x', 'x', '[]', '', '', '[]', 1, 1)`,
      ],
      [
        'variants',
        sql`insert into variants (id, workspace_id, brand_id, product_id, position, sku, option_values, price_cents, cost_cents, grams) values (${newId('variant')}, ${b.workspaceId}, ${b.brandId}, ${b.productIds[0]}, 99, 'X-1', '[]', 100, 10, 1)`,
      ],
      [
        'images',
        sql`insert into images (id, workspace_id, brand_id, product_id, position, alt, template, shot) values (${newId('image')}, ${b.workspaceId}, ${b.brandId}, ${b.productIds[0]}, 99, 'x', 'mug', 'front')`,
      ],
      [
        'generation_jobs',
        sql`insert into generation_jobs (id, workspace_id, brand_id, kind, payload) values (${newId('generationJob')}, ${b.workspaceId}, ${b.brandId}, 'image', '{}')`,
      ],
      [
        'export_jobs',
        sql`insert into export_jobs (id, workspace_id, brand_id, format) values (${newId('exportJob')}, ${b.workspaceId}, ${b.brandId}, 'shopify')`,
      ],
    ];
    expect(attempts.map(([table]) => table).sort()).toEqual(
      tenantTables.map(([table]) => table).sort(),
    );
    for (const [table, statement] of attempts) {
      const error = await dbErrorOf(
        withWorkspace(t.db, a.workspaceId, (tx) => tx.execute(statement)),
      );
      expect(error.code, `${table}: ${error.message}`).toBe('42501');
      expect(error.message, table).toMatch(/row-level security/);
    }
  });

  it('refuses a row of A that points at B’s parent rows', async () => {
    // Own workspace id, but another tenant's brand: the composite foreign key rejects it.
    const error = await dbErrorOf(
      withWorkspace(t.db, a.workspaceId, (tx) =>
        tx.execute(
          sql`insert into categories (id, workspace_id, brand_id, handle, title) values (${newId('category')}, ${a.workspaceId}, ${b.brandId}, 'stolen', 'x')`,
        ),
      ),
    );
    expect(error.code).toBe('23503');
  });

  it('shows members only to their own workspace', async () => {
    const seen = await withWorkspace(t.db, a.workspaceId, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select id from users`)).map((r) => r.id),
    );
    expect(seen).toEqual([a.userId]);
  });

  it('shows no tenant rows to the app role without the helper', async () => {
    await asAppRoleWithoutWorkspace(t, async (tx) => {
      for (const [table] of [...tenantTables, ['users', 'id'] as const]) {
        const rows = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
        );
        expect(rows[0]?.n, table).toBe(0);
      }
      const updated = await tx.execute(sql`update products set title = 'hijacked' returning 1`);
      expect(rowsOf(updated)).toHaveLength(0);
    });
    const error = await dbErrorOf(
      asAppRoleWithoutWorkspace(t, (tx) =>
        tx.execute(
          sql`insert into export_jobs (id, workspace_id, brand_id, format) values (${newId('exportJob')}, ${a.workspaceId}, ${a.brandId}, 'shopify')`,
        ),
      ),
    );
    expect(error.message).toMatch(/row-level security/);
  });

  it('does not leak the workspace setting past the transaction', async () => {
    await withWorkspace(t.db, a.workspaceId, (tx) =>
      countIn(tx, 'products', 'workspace_id', a.workspaceId),
    );
    // Same connection on PGlite; a pooled one on Postgres: either way nothing carries over.
    const setting = rowsOf<{ w: string | null; r: string }>(
      await t.db.execute(
        sql`select nullif(current_setting('app.workspace_id', true), '') as w, current_user as r`,
      ),
    )[0];
    expect(setting?.w ?? null).toBeNull();
    expect(setting?.r).not.toBe('storecraft_app');
  });

  it('rolls back what a failed step wrote and gives its connection back', async () => {
    const title = `rolled back ${newId('product')}`;
    // More failures than the test pool has connections: a leaked checkout would hang the next call.
    for (let i = 0; i < 10; i++) {
      const failed = withWorkspace(t.db, a.workspaceId, async (tx) => {
        await tx.execute(
          sql`update products set title = ${title} where workspace_id = ${a.workspaceId}`,
        );
        throw new Error('step failed');
      });
      await expect(failed).rejects.toThrow('step failed');
    }
    const titles = await t.raw(`select title from products where title = $1`, [title]);
    expect(titles).toEqual([]);
    const seen = await withWorkspace(t.db, a.workspaceId, (tx) =>
      countIn(tx, 'products', 'workspace_id', a.workspaceId),
    );
    expect(seen).toBeGreaterThan(0);
  });

  it('takes a workspace id as data, quotes and all', async () => {
    const hostile = `${a.workspaceId}', true); set role postgres; select ('`;
    const seen = await withWorkspace(t.db, hostile, async (tx) => {
      const setting = rowsOf<{ w: string; r: string }>(
        await tx.execute(sql`select current_setting('app.workspace_id') as w, current_user as r`),
      )[0];
      return { setting, products: await countIn(tx, 'products', 'workspace_id', a.workspaceId) };
    });
    expect(seen).toEqual({ setting: { w: hostile, r: 'storecraft_app' }, products: 0 });
  });
});
