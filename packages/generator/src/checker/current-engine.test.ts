import { describe, expect, it } from 'vitest';
import { generateProducts, planCatalog } from '../index.ts';
import { checkCatalog } from './check-catalog.ts';
import type { CatalogCheckReport } from './types.ts';

/**
 * Documents the engine before v2 (issue 9): its catalogs contradict themselves. Engine v2 flips
 * this one line to `true`, and from then on every catalog below must have no contradiction.
 */
const ENGINE_V2 = false;

const NICHES = [
  'loose leaf tea',
  'organic skincare',
  'baby accessories',
  'leather bags',
  'scandinavian home decor',
  'dog and cat supplies',
  'kitchenware',
  'camping equipment',
];
const SIZE = 300;

function* catalog() {
  for (const niche of NICHES)
    yield* generateProducts(planCatalog({ niche, seed: '1', size: SIZE }));
}

/** `material-mismatch  52.3 % of 1,058 products it applies to (553)` per rule. */
function rates(report: CatalogCheckReport): string {
  const lines = report.rules.map((r) => {
    const rate = r.applicable === 0 ? 0 : (100 * r.products) / r.applicable;
    return `${r.rule.padEnd(22)} ${rate.toFixed(1).padStart(5)} % of ${String(r.applicable).padStart(5)} products it applies to (${r.products})`;
  });
  const share = ((100 * report.productsWithErrors) / report.products).toFixed(1);
  return [
    `${report.productsWithErrors} of ${report.products} products (${share} %) contradict themselves`,
    ...lines,
  ].join('\n');
}

describe(`today's engine over ${NICHES.length} niches × ${SIZE} products, through the checker`, () => {
  it(
    ENGINE_V2
      ? 'writes listings without contradictions'
      : 'writes listings that contradict themselves (pre-v2)',
    () => {
      const report = checkCatalog(catalog(), { examplesPerRule: 3 });
      console.info(`Consistency of today's engine:\n${rates(report)}`);
      expect(report.products).toBe(NICHES.length * SIZE);
      if (ENGINE_V2) {
        expect(
          report.rules.flatMap((r) => r.examples.filter((e) => e.severity === 'error')),
        ).toEqual([]);
      } else {
        expect(report.productsWithErrors).toBeGreaterThan(0);
        expect(report.ok).toBe(false);
      }
    },
  );
});
