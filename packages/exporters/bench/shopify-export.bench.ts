import type { Product } from '@storecraft/core';
import { defineBenches } from '@storecraft/core/testing';
import { exportCatalog } from '../src/index.ts';
import { makeBrand, makeCategories, syntheticProducts } from '../src/testing/fixtures.ts';

const PRODUCTS = 100_000;

/**
 * Exports a lazily generated 100,000-product catalog (4 variants, 3 images each) to a sink that only
 * sums chunk lengths. Rows are counted from the row model as products stream by: a product takes
 * max(variants, rendered images) rows.
 */
async function exportToCountingSink(): Promise<{ rows: number; chars: number }> {
  let rows = 0;
  let chars = 0;
  function* counted(products: Iterable<Product>): Generator<Product> {
    for (const product of products) {
      rows += Math.max(product.variants.length, product.images.filter((i) => i.src).length);
      yield product;
    }
  }
  for await (const chunk of exportCatalog('shopify', {
    brand: makeBrand(),
    categories: makeCategories(),
    products: counted(syntheticProducts(PRODUCTS)),
    imageBaseUrl: 'https://cdn.example.com/kiln-and-co/',
  })) {
    chars += chunk.data.length;
  }
  return { rows, chars };
}

export default defineBenches([
  {
    name: 'shopify export, 100,000 products × 4 variants',
    runs: 3,
    warmup: 1,
    async run() {
      const { rows, chars } = await exportToCountingSink();
      if (chars === 0) throw new Error('nothing was written');
      return { items: rows, unit: 'rows' };
    },
  },
]);
