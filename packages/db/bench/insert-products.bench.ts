import { newId, type Product } from '@storecraft/core';
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
/** A build's batches (persist-batch.ts in @storecraft/services): 50 products per transaction. */
const BUILD_PRODUCTS = 5_000;
const BUILD_BATCH = 50;

// Built once: the bench measures the data layer, not the fixture factory.
const catalog = Array.from({ length: PRODUCTS }, (_, i) => makeProduct(i, 4));

/**
 * Inserts `count` products in transactions of `perTransaction` into a new brand; answers each
 * transaction's milliseconds.
 */
async function insertCatalog(
  t: TestDatabase,
  products: readonly Product[],
  perTransaction: number,
): Promise<number[]> {
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
  const times: number[] = [];
  for (let first = 0; first < products.length; first += perTransaction) {
    const started = performance.now();
    await withWorkspace(t.db, workspaceId, (tx) =>
      insertProducts(tx, {
        workspaceId,
        brandId,
        categoryIds,
        products: products.slice(first, first + perTransaction),
        firstPosition: first,
      }),
    );
    times.push(performance.now() - started);
  }
  return times;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const drivers = ['pglite', 'postgres'] as const;
const skip = (driver: (typeof drivers)[number]) =>
  testDrivers.includes(driver) ? undefined : 'set DATABASE_URL to include PostgreSQL';

const cases: BenchCase[] = drivers.flatMap((driver): BenchCase[] => [
  {
    name: `db: insert ${PRODUCTS.toLocaleString('en-US')} products × 4 variants (${driver})`,
    runs: 3,
    warmup: 0,
    skip: skip(driver),
    setup: () => createTestDatabase(driver),
    run: async (t) => {
      await insertCatalog(t as TestDatabase, catalog, PER_TRANSACTION);
      return { items: PRODUCTS, unit: 'products' };
    },
    teardown: (t) => (t as TestDatabase).close(),
  },
  {
    // A build's shape: many small transactions into a growing table. The last batches must cost
    // what the first ones do (they once cost 10× more: the foreign-key checks scanned the table).
    name: `db: insert ${BUILD_PRODUCTS.toLocaleString('en-US')} products in batches of ${BUILD_BATCH}, as builds do (${driver})`,
    runs: 3,
    warmup: 0,
    skip: skip(driver),
    setup: () => createTestDatabase(driver),
    run: async (t) => {
      const times = await insertCatalog(
        t as TestDatabase,
        catalog.slice(0, BUILD_PRODUCTS),
        BUILD_BATCH,
      );
      const tenth = Math.ceil(times.length / 10);
      const first = median(times.slice(1, tenth + 1));
      const last = median(times.slice(-tenth));
      process.stderr.write(
        `bench:   ms per batch of ${BUILD_BATCH} (median): ${first.toFixed(1)} in the first tenth, ` +
          `${last.toFixed(1)} in the last (×${(last / first).toFixed(2)})\n`,
      );
      return { items: BUILD_PRODUCTS, unit: 'products' };
    },
    teardown: (t) => (t as TestDatabase).close(),
  },
]);

export default defineBenches(cases);
