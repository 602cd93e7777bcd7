import { describe, expect, it } from 'vitest';
import { CatalogChecker, checkCatalog } from './check-catalog.ts';
import { listingFixture } from './listing-fixture.ts';
import { consistencyRules } from './types.ts';

const leatherNylonBag = listingFixture({
  title: 'Recycled Nylon Toiletry Bag',
  productType: 'Toiletry Bag',
  specs: [['Material', 'Full-grain leather']],
});
const nylonBag = listingFixture({
  title: 'Recycled Nylon Wash Bag',
  productType: 'Toiletry Bag',
  specs: [['Material', 'Recycled nylon']],
});
const plainMug = listingFixture({ title: 'Everyday Mug', productType: 'Mug' });
const jelly = listingFixture({
  title: 'Glow Jelly Serum',
  productType: 'Face Serum',
  options: [{ name: 'Size', values: ['30 g'] }],
  grams: 80,
});

describe('checkCatalog', () => {
  it('counts products per rule, with the share each rule applied to and examples by handle', () => {
    const report = checkCatalog([leatherNylonBag, nylonBag, plainMug, jelly]);
    expect(report.products).toBe(4);
    expect(report.productsWithErrors).toBe(1);
    expect(report.productsWithWarnings).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.rules.map((r) => r.rule)).toEqual([...consistencyRules]);
    const material = report.rules.find((r) => r.rule === 'material-mismatch');
    expect(material).toMatchObject({ products: 1, applicable: 2, errors: 1, warnings: 0 });
    expect(material?.examples).toEqual([
      {
        handle: 'recycled-nylon-toiletry-bag',
        severity: 'error',
        message: 'material: title says "Nylon" but Material row says "Full-grain leather"',
      },
    ]);
    const unit = report.rules.find((r) => r.rule === 'unit-mismatch');
    expect(unit).toMatchObject({ products: 1, errors: 0, warnings: 1 });
  });

  it('is ok with warnings alone, and keeps only the first examples of a rule', () => {
    const report = checkCatalog([jelly, jelly, jelly], { examplesPerRule: 2 });
    expect(report.ok).toBe(true);
    expect(report.warnings).toBe(3);
    expect(report.rules.find((r) => r.rule === 'unit-mismatch')?.examples).toHaveLength(2);
  });

  it('streams: add() returns each product’s issues and report() sums what was added', () => {
    const checker = new CatalogChecker();
    expect(checker.add(nylonBag)).toEqual([]);
    expect(checker.add(leatherNylonBag).map((i) => i.rule)).toEqual(['material-mismatch']);
    expect(checker.report()).toMatchObject({ products: 2, productsWithErrors: 1, errors: 1 });
  });
});
