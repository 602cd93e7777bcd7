import { sql } from 'drizzle-orm';
import { newId } from '@storecraft/core';
import {
  countProducts,
  insertProducts,
  listCategories,
  listProducts,
  migrate,
  withWorkspace,
} from '@storecraft/db';
import {
  createTestDatabase,
  dbErrorOf,
  testDrivers,
  type TestDatabase,
} from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProduct, seedWorkspace } from '@storecraft/db/testing';

describe.each(testDrivers)('catalog schema on %s', (driver) => {
  let t: TestDatabase;
  let s: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    s = await seedWorkspace(t.db, 3);
  });
  afterAll(async () => {
    await t?.close();
  });

  const inWorkspace = <T>(fn: Parameters<typeof withWorkspace<T>>[2]) =>
    withWorkspace(t.db, s.workspaceId, fn);

  it('re-running migrations applies nothing', async () => {
    expect(await migrate(t.db)).toMatchObject({ applied: 0 });
  });

  it('reads back products with variants and images exactly as written', async () => {
    const products = await inWorkspace((tx) => listProducts(tx, { brandId: s.brandId }));
    expect(products.map((p) => p.handle)).toEqual([
      'stoneware-mug-0',
      'stoneware-mug-1',
      'stoneware-mug-2',
    ]);
    const { id: _id, position: _position, ...first } = products[0]!;
    expect(first).toEqual(makeProduct(0));
    const page = await inWorkspace((tx) =>
      listProducts(tx, { brandId: s.brandId, afterPosition: 0, limit: 1 }),
    );
    expect(page.map((p) => p.handle)).toEqual(['stoneware-mug-1']);
  });

  it('refuses a second product with the same handle in a brand', async () => {
    const error = await dbErrorOf(
      inWorkspace((tx) =>
        insertProducts(tx, { ...s, products: [makeProduct(1)], firstPosition: 10 }),
      ),
    );
    expect(error.code).toBe('23505');
    // The failed batch left nothing behind.
    expect(await inWorkspace((tx) => countProducts(tx, s.brandId))).toBe(3);
  });

  it('refuses a SKU used twice in a brand', async () => {
    const product = {
      ...makeProduct(50),
      variants: makeProduct(50).variants.map((v) => ({ ...v, sku: 'SAME-SKU' })),
    };
    const error = await dbErrorOf(
      inWorkspace((tx) => insertProducts(tx, { ...s, products: [product], firstPosition: 50 })),
    );
    expect(error.code).toBe('23505');
    expect(error.message).toMatch(/variants_brand_sku_key/);
  });

  it('refuses a compare-at price that is not above the price', async () => {
    const base = makeProduct(60);
    const product = {
      ...base,
      variants: base.variants.map((v) => ({ ...v, compareAtPriceCents: v.priceCents })),
    };
    const error = await dbErrorOf(
      inWorkspace((tx) => insertProducts(tx, { ...s, products: [product], firstPosition: 60 })),
    );
    expect(error.code).toBe('23514');
  });

  it('derives category depth from the parent and refuses a fourth level', async () => {
    const tree = await inWorkspace((tx) => listCategories(tx, s.brandId));
    expect(tree.map((c) => [c.handle, c.depth, c.parentHandle])).toEqual([
      ['kitchen', 1, null],
      ['drinkware', 2, 'kitchen'],
      ['mugs', 3, 'drinkware'],
    ]);
    const mugsId = s.categoryIds.get('mugs');
    const error = await dbErrorOf(
      inWorkspace((tx) =>
        tx.execute(
          sql`insert into categories (id, workspace_id, brand_id, parent_id, handle, title) values (${newId('category')}, ${s.workspaceId}, ${s.brandId}, ${mugsId}, 'too-deep', 'Too deep')`,
        ),
      ),
    );
    expect(error.code).toBe('23514');
    expect(error.message).toMatch(/at most 3 levels/);
  });

  it('allows one primary image per product', async () => {
    const productId = s.productIds[0];
    const error = await dbErrorOf(
      inWorkspace((tx) =>
        tx.execute(sql`update images set is_primary = true where product_id = ${productId}`),
      ),
    );
    expect(error.code).toBe('23505');
  });

  it('deletes a brand with everything under it and orphans nothing', async () => {
    const other = await seedWorkspace(t.db, 2);
    await withWorkspace(t.db, other.workspaceId, (tx) =>
      tx.execute(sql`delete from brands where id = ${other.brandId}`),
    );
    for (const table of ['categories', 'products', 'variants', 'images']) {
      const rows = await t.raw(`select count(*)::int as n from ${table} where brand_id = $1`, [
        other.brandId,
      ]);
      expect(rows[0]?.n, table).toBe(0);
    }
    // The first workspace is untouched.
    expect(await inWorkspace((tx) => countProducts(tx, s.brandId))).toBe(3);
  });
});
