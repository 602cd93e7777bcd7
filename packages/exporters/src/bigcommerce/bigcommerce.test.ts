import { AppError, type Product } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import {
  collectFiles,
  errorsOf,
  fileOf,
  parseCsv,
  parseRecords,
  toCsv,
} from '../testing/csv-test-helpers.ts';
import { fixtureCatalog, makeBrand, makeCategories, makeProduct } from '../testing/fixtures.ts';
import { parseBigCommerceOptions, validateBigCommerceCsv } from './validate-bigcommerce-csv.ts';
import { writeBigCommerceCsv } from './write-bigcommerce-csv.ts';

async function exportBigCommerce(products: Product[] = fixtureCatalog()): Promise<string> {
  const files = await collectFiles(
    writeBigCommerceCsv({
      brand: makeBrand(),
      categories: makeCategories(),
      products,
      imageBaseUrl: 'https://cdn.example.com',
    }),
  );
  return fileOf(files, 'products.csv');
}

describe('writeBigCommerceCsv', () => {
  it('writes the Product row, then its Variant rows, then its Image rows', async () => {
    const { header, rows } = parseCsv(await exportBigCommerce());
    expect(header).not.toContain('Categories');
    const start = rows.findIndex((r) => r['Product URL'] === '/fixture-product-3/');
    const group = rows.slice(start, start + 8);
    expect(group.map((r) => r['Item'])).toEqual([
      'Product',
      'Variant',
      'Variant',
      'Variant',
      'Variant',
      'Image',
      'Image',
      'Image',
    ]);
    expect(group[0]).toMatchObject({
      Name: 'Stoneware Mug 3',
      Type: 'physical',
      'Inventory Tracking': 'variant',
      'Is Visible': 'TRUE',
      SKU: '',
    });
    expect(group[1]).toMatchObject({
      SKU: 'SC-3-1',
      Type: '',
      Options: 'Type=Rectangle|Name=Colour|Value=Red|Type=Rectangle|Name=Size|Value=S',
      Price: '29.99',
      'Sale Price': '19.99',
      Weight: '0.35',
      'Variant Image URL': 'https://cdn.example.com/images/fixture-product-3/1.webp',
    });
    expect(group.slice(5).map((r) => [r['Image is Thumbnail'], r['Image Sort Order']])).toEqual([
      ['TRUE', '0'],
      ['FALSE', '1'],
      ['FALSE', '2'],
    ]);
  });

  it('makes repeated product names unique', async () => {
    const twins = [1, 2, 3].map((index) =>
      makeProduct({ index, overrides: { title: 'Twin Mug' } }),
    );
    const { rows } = parseCsv(await exportBigCommerce(twins));
    expect(rows.filter((r) => r['Item'] === 'Product').map((r) => r['Name'])).toEqual([
      'Twin Mug',
      'Twin Mug (2)',
      'Twin Mug (3)',
    ]);
  });

  it('refuses a product with more than 600 variants', async () => {
    const values = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const huge = makeProduct({
      index: 1,
      options: [
        { name: 'A', values: values('a', 10) },
        { name: 'B', values: values('b', 10) },
        { name: 'C', values: values('c', 7) },
      ],
    });
    await expect(exportBigCommerce([huge])).rejects.toSatisfy((error) =>
      AppError.is(error, 'INVALID_INPUT'),
    );
  });
});

describe('validateBigCommerceCsv', () => {
  it('parses Options triples', () => {
    expect(
      parseBigCommerceOptions('Type=Rectangle|Name=Size|Value=M|Type=Swatch|Name=Color|Value=Red'),
    ).toEqual([
      { type: 'Rectangle', name: 'Size', value: 'M' },
      { type: 'Swatch', name: 'Color', value: 'Red' },
    ]);
    expect(parseBigCommerceOptions('Size=M')).toMatch(/triples/);
  });

  it('reports a variant after an image, a repeated name, repeated options and an orphan row', async () => {
    const records = parseRecords(await exportBigCommerce());
    const header = records[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const rowOf = (sku: string) => records.findIndex((r) => r[col('SKU')] === sku);
    // Product 3's last variant moved after its images.
    const [variant] = records.splice(rowOf('SC-3-4'), 1);
    records.splice(rowOf('SC-3-3') + 4, 0, variant ?? []);
    const lateRow = rowOf('SC-3-4') + 1;
    const sameOptions = records[rowOf('SC-2-2')] ?? [];
    sameOptions[col('Options')] = 'Type=Rectangle|Name=Size|Value=S';
    const nameRow = records.findIndex((r) => r[col('Name')] === 'Stoneware Mug 4') + 1;
    (records[nameRow - 1] ?? [])[col('Name')] = 'Stoneware Mug 1';
    records.splice(1, 0, ['Variant', ...header.slice(1).map(() => '')]);
    const report = await validateBigCommerceCsv(toCsv(records));
    const errors = errorsOf(report.issues).map((i) => [i.row, i.column]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [2, 'Item'],
        [lateRow + 1, 'Item'],
        [rowOf('SC-2-2') + 1, 'Options'],
        [nameRow + 1, 'Name'],
      ]),
    );
  });
});
