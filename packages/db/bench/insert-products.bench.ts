import { newId } from '@storecraft/core';
import { defineBenches, type BenchCase } from '@storecraft/core/testing';
import {
  insertBrand,
  insertCategories,
  insertProducts,
  insertWorkspace,
  withWorkspace,
} from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { makeBrand, makeCategories, makeProduct } from '@storecraft/db/testing';

const PRODUCTS = 10_000;
const PER_TRANSACTION = 1_000;

// Built once: the bench measures the data layer, not the fixture factory.
const catalog = Array.from({ length: PRODUCTS }, (_, i) => makeProduct(i, 4));

async function insertCatalog(t: TestDatabase): Promise<void> {
  const workspaceId = newId('workspace');
  const brandId = newId('brand');
  const categoryIds = await withWorkspace(t.db, workspaceId, async (tx) => {
    await insertWorkspace(tx, {
      id: workspaceId,
      name: 'Bench',
      slug: `bench-${workspaceId.slice(-12)}`,
    });
    await insertBrand(tx, { id: brandId, workspaceId, brand: makeBrand() });
    return insertCategories(tx, { workspaceId, brandId, categories: makeCategories() });
  });
  for (let first = 0; first < PRODUCTS; first += PER_TRANSACTION) {
    await withWorkspace(t.db, workspaceId, (tx) =>
      insertProducts(tx, {
        workspaceId,
        brandId,
        categoryIds,
        products: catalog.slice(first, first + PER_TRANSACTION),
        firstPosition: first,
      }),
    );
  }
}

const cases: BenchCase[] = (['pglite', 'postgres'] as const).map((driver) => ({
  name: `db: insert ${PRODUCTS.toLocaleString('en-US')} products × 4 variants (${driver})`,
  runs: 3,
  warmup: 0,
  skip: testDrivers.includes(driver) ? undefined : 'set DATABASE_URL to include PostgreSQL',
  setup: () => createTestDatabase(driver),
  run: async (t) => {
    await insertCatalog(t as TestDatabase);
    return { items: PRODUCTS, unit: 'products' };
  },
  teardown: (t) => (t as TestDatabase).close(),
}));

export default defineBenches(cases);
