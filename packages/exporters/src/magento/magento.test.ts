import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Product } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import {
  collectFiles,
  errorsOf,
  fileOf,
  parseCsv,
  parseRecords,
  toCsv,
} from '../testing/csv-test-helpers.ts';
import {
  fixtureCatalog,
  makeBrand,
  makeCategories,
  makeProduct,
  syntheticProducts,
} from '../testing/fixtures.ts';
import { validateMagentoCsv } from './validate-magento-csv.ts';
import { magentoAttributeCode, writeMagentoCsv } from './write-magento-csv.ts';

async function exportMagento(products: Product[] = fixtureCatalog()) {
  return collectFiles(
    writeMagentoCsv({ brand: makeBrand(), categories: makeCategories(), products }),
  );
}

describe('writeMagentoCsv', () => {
  it('writes simple children before their configurable parent, with matching variations', async () => {
    const { rows } = parseCsv(fileOf(await exportMagento(), 'catalog_product.csv'));
    const start = rows.findIndex((r) => r['sku'] === 'SC-3-1');
    const group = rows.slice(start, start + 5);
    expect(group.map((r) => [r['sku'], r['product_type'], r['visibility']])).toEqual([
      ['SC-3-1', 'simple', 'Not Visible Individually'],
      ['SC-3-2', 'simple', 'Not Visible Individually'],
      ['SC-3-3', 'simple', 'Not Visible Individually'],
      ['SC-3-4', 'simple', 'Not Visible Individually'],
      ['fixture-product-3', 'configurable', 'Catalog, Search'],
    ]);
    expect(group[0]?.['additional_attributes']).toBe('color=Red,size=S');
    expect(group[0]?.['price']).toBe('29.99');
    expect(group[0]?.['special_price']).toBe('19.99');
    expect(group[0]?.['weight']).toBe('0.35');
    expect(group[4]?.['configurable_variations']).toBe(
      'sku=SC-3-1,color=Red,size=S|sku=SC-3-2,color=Red,size=M|sku=SC-3-3,color=Blue,size=S|sku=SC-3-4,color=Blue,size=M',
    );
    expect(group[4]?.['configurable_variation_labels']).toBe('color=Colour,size=Size');
    expect(group[4]?.['categories']).toBe('Default Category/Home/Kitchen/Mugs & Cups');
    expect(new Set(rows.map((r) => r['url_key'])).size).toBe(rows.length);
  });

  it('writes README-magento.txt listing the attributes and values the store must have', async () => {
    const files = await exportMagento();
    expect([...files.keys()]).toEqual(['catalog_product.csv', 'README-magento.txt']);
    const readme = fileOf(files, 'README-magento.txt');
    expect(readme).toContain('color  (label "Colour")');
    expect(readme).toContain('Red | Blue');
    expect(readme).toContain('material  (label "Material")');
    expect(readme).toContain('grosse  (label "Größe")');
    expect(readme).toContain('Matte- dark');
    expect(readme).toMatch(/kilograms/);
  });

  it('keeps url_key unique when a handle collides with a child key', async () => {
    const parent = makeProduct({ index: 1, options: [{ name: 'Size', values: ['S'] }] });
    const clash = makeProduct({ index: 2, overrides: { handle: 'fixture-product-1-sc-1-1' } });
    const { rows } = parseCsv(fileOf(await exportMagento([parent, clash]), 'catalog_product.csv'));
    expect(rows.map((r) => r['url_key'])).toEqual([
      'fixture-product-1-sc-1-1',
      'fixture-product-1',
      'fixture-product-1-sc-1-1-2',
    ]);
  });

  it('derives attribute codes Magento accepts', () => {
    expect(magentoAttributeCode('Colour')).toBe('color');
    expect(magentoAttributeCode('Cup Size')).toBe('cup_size');
    expect(magentoAttributeCode('Weight')).toBe('opt_weight');
    expect(magentoAttributeCode('3D Finish')).toBe('opt_3d_finish');
  });
});

describe('validateMagentoCsv', () => {
  it('reports a parent before its child, mismatched values, a repeated url_key and a missing column', async () => {
    const records = parseRecords(fileOf(await exportMagento(), 'catalog_product.csv'));
    const header = records[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const rowOf = (sku: string) => records.findIndex((r) => r[col('sku')] === sku);
    // Product 2's parent moved above its children.
    const [parent] = records.splice(rowOf('fixture-product-2'), 1);
    records.splice(rowOf('SC-2-1'), 0, parent ?? []);
    const parentRow = rowOf('fixture-product-2') + 1;
    const child = records[rowOf('SC-3-2')] ?? [];
    child[col('additional_attributes')] = 'color=Blue,size=M';
    const keyRow = rowOf('SC-3-3') + 1;
    (records[rowOf('SC-3-3')] ?? [])[col('url_key')] = 'fixture-product-1';
    const report = await validateMagentoCsv(toCsv(records));
    const errors = errorsOf(report.issues);
    expect(errors.map((i) => [i.row, i.column])).toEqual(
      expect.arrayContaining([
        [parentRow, 'configurable_variations'],
        [rowOf('fixture-product-3') + 1, 'configurable_variations'],
        [keyRow, 'url_key'],
      ]),
    );
    expect(errors.find((i) => i.row === parentRow)?.message).toMatch(
      /not a simple or virtual product on an earlier row/,
    );

    const noPrice = toCsv(records.map((record) => record.filter((_, i) => i !== col('price'))));
    const missing = await validateMagentoCsv(noPrice);
    expect(errorsOf(missing.issues)[0]).toMatchObject({ row: 1, column: 'price' });
  });
});

describe('writeMagentoCsv memory', () => {
  it('remembers url_keys as hashes: a large catalog keeps well under 40 bytes a row alive', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const products = 26_000;
    let before = 0;
    let retained = 0;
    // Live memory (the JS heap and typed arrays' buffers after a full GC), measured from inside
    // the product stream while the writer and its url_key set are alive.
    const live = () => {
      gc();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    function* catalog(): Generator<Product> {
      before = live();
      yield* syntheticProducts(products);
      retained = live() - before;
    }
    let rows = 0;
    for await (const chunk of writeMagentoCsv({
      brand: makeBrand(),
      categories: makeCategories(),
      products: catalog(),
    })) {
      if (chunk.path === 'catalog_product.csv') rows += chunk.data.split('\r\n').length - 1;
    }
    expect(rows).toBe(products * 5 + 1);
    // As strings in a Set, url_keys took about 80 bytes each; as hashes, 16–32.
    expect(retained / (products * 5)).toBeLessThan(40);
  });
});
