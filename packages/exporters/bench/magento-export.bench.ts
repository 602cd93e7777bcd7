import { setImmediate as nextTick } from 'node:timers/promises';
import { defineBenches } from '@storecraft/core/testing';
import { exportCatalog } from '../src/index.ts';
import { makeBrand, makeCategories, syntheticProducts } from '../src/testing/fixtures.ts';

/** The generator's ceiling (MAX_PRODUCTS): the largest catalog a user can export. */
const PRODUCTS = 200_000;

/**
 * Exports a lazily generated 200,000-product catalog (4 variants each: 5 rows and 5 url_keys per
 * product, 1,000,000 in all) as Magento 2 CSV to a sink that only sums chunk lengths. The sink
 * yields to the event loop now and then so the runner's RSS sampler sees the peak, not only the end.
 */
async function exportToCountingSink(): Promise<{ rows: number; chars: number }> {
  let chars = 0;
  let chunks = 0;
  for await (const chunk of exportCatalog('magento', {
    brand: makeBrand(),
    categories: makeCategories(),
    products: syntheticProducts(PRODUCTS),
    imageBaseUrl: 'https://cdn.example.com/kiln-and-co/',
  })) {
    chars += chunk.data.length;
    if (++chunks % 64 === 0) await nextTick();
  }
  return { rows: PRODUCTS * 5, chars };
}

export default defineBenches([
  {
    name: 'magento export, 200,000 products × 4 variants',
    runs: 3,
    warmup: 0,
    async run() {
      const { rows, chars } = await exportToCountingSink();
      if (chars === 0) throw new Error('nothing was written');
      return { items: rows, unit: 'rows' };
    },
  },
]);
