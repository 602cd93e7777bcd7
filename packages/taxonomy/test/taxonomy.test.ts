import { describe, expect, it } from 'vitest';
import { buildTaxonomy, loadTaxonomy } from '../src/index.ts';

describe('the shipped Shopify taxonomy', () => {
  const taxonomy = loadTaxonomy();

  it('holds the whole release: every category, attribute and value', () => {
    expect(taxonomy.version).toBe('2025-01-unstable');
    expect(taxonomy.categories).toHaveLength(10_596);
    expect(taxonomy.roots.map((c) => c.name)).toContain('Apparel & Accessories');
    expect(new Set(taxonomy.categories.map((c) => c.id)).size).toBe(10_596);
  });

  it('gives full paths as Shopify’s CSV importer takes them, with depth and parents', () => {
    const bibs = taxonomy.findByPath(
      'Baby & Toddler > Nursing & Feeding > Feeding Essentials > Bibs',
    );
    expect(bibs?.id).toBe('bt-10-16-7');
    expect(bibs?.depth).toBe(4);
    expect(bibs?.parent?.name).toBe('Feeding Essentials');
    expect(bibs?.isLeaf).toBe(true);
    expect(taxonomy.findById('bt-10')?.children.map((c) => c.id)).toContain('bt-10-16');
    const wrongDepth = taxonomy.categories.filter((c) => c.path.split(' > ').length !== c.depth);
    expect(wrongDepth).toEqual([]);
  });

  it('lists the attributes of a category with the values Shopify defines', () => {
    const keyboards = taxonomy.categories.find((c) => c.name === 'Keyboards' && c.isLeaf);
    const handles = keyboards?.attributes.map((a) => a.handle) ?? [];
    expect(handles).toEqual(expect.arrayContaining(['keyboard-layout', 'connection-type']));
    const fabric = taxonomy.attributes.find((a) => a.handle === 'fabric');
    expect(fabric?.values).toEqual(expect.arrayContaining(['Cotton', 'Linen']));
  });

  it('refuses data whose children come before their parent', () => {
    expect(() =>
      buildTaxonomy({
        version: 'x',
        source: 'test',
        categories: [
          ['a-1', 'Child', 1, []],
          ['a', 'Root', -1, []],
        ],
        attributes: [],
        values: [],
      }),
    ).toThrow(/before its parent/);
  });
});
