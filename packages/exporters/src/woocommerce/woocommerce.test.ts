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
import { fixtureCatalog, makeBrand, makeCategories } from '../testing/fixtures.ts';
import { splitListCell, validateWooCommerceCsv } from './validate-woocommerce-csv.ts';
import { writeWooCommerceCsv } from './write-woocommerce-csv.ts';

async function exportWoo(products: Product[] = fixtureCatalog()): Promise<string> {
  const files = await collectFiles(
    writeWooCommerceCsv({
      brand: makeBrand(),
      categories: makeCategories(),
      products,
      imageBaseUrl: 'https://cdn.example.com',
    }),
  );
  return fileOf(files, 'products.csv');
}

describe('writeWooCommerceCsv', () => {
  it('writes a variable parent followed by one variation per variant pointing at the parent SKU', async () => {
    const { rows } = parseCsv(await exportWoo());
    const group = rows.filter(
      (r) => r['SKU'] === 'fixture-product-3' || r['Parent'] === 'fixture-product-3',
    );
    expect(
      group.map((r) => [
        r['Type'],
        r['SKU'],
        r['Parent'],
        r['Attribute 1 value(s)'],
        r['Attribute 2 value(s)'],
      ]),
    ).toEqual([
      ['variable', 'fixture-product-3', '', 'Red, Blue', 'S, M'],
      ['variation', 'SC-3-1', 'fixture-product-3', 'Red', 'S'],
      ['variation', 'SC-3-2', 'fixture-product-3', 'Red', 'M'],
      ['variation', 'SC-3-3', 'fixture-product-3', 'Blue', 'S'],
      ['variation', 'SC-3-4', 'fixture-product-3', 'Blue', 'M'],
    ]);
    const [parent, firstVariation] = group;
    expect(parent?.['Attribute 1 name']).toBe('Colour');
    expect(parent?.['Attribute 1 default']).toBe('Red');
    expect(parent?.['Categories']).toBe('Home > Kitchen > Mugs & Cups');
    expect(firstVariation?.['Regular price']).toBe('29.99');
    expect(firstVariation?.['Sale price']).toBe('19.99');
    expect(firstVariation?.['Weight (kg)']).toBe('0.35');
    expect(firstVariation?.['Images']).toBe(
      'https://cdn.example.com/images/fixture-product-3/1.webp',
    );
  });

  it('escapes commas inside list items and line breaks in descriptions the way the importer reads them', async () => {
    const { rows } = parseCsv(await exportWoo());
    const quoted = rows.find((r) => r['SKU'] === 'fixture-product-7');
    expect(quoted?.['Tags']).toBe('big\\, bold, quote"tag');
    expect(splitListCell(quoted?.['Tags'] ?? '')).toEqual(['big, bold', 'quote"tag']);
    expect(quoted?.['Attribute 1 value(s)']).toBe('Matte\\, dark, Gloss "bright"');
    expect(quoted?.['Description']).toBe(
      '<p>Line one,\\nline two with "quotes", and a comma.</p>\\n<p>Second paragraph</p>',
    );
    const tees = rows.find((r) => r['Name'] === 'Potter T-Shirt');
    expect(tees?.['Categories']).toBe('Apparel > T-Shirts\\, Tops');
  });

  it('maps stock, publishing and digital products to WooCommerce values', async () => {
    const { rows } = parseCsv(await exportWoo());
    const bySku = new Map(rows.map((r) => [r['SKU'], r]));
    expect(bySku.get('SC-1-1')?.['Type']).toBe('simple');
    expect(bySku.get('SC-2-2')?.['In stock?']).toBe('0');
    expect(bySku.get('SC-2-3')?.['In stock?']).toBe('backorder');
    expect(bySku.get('SC-2-3')?.['Backorders allowed?']).toBe('1');
    expect(bySku.get('fixture-product-10')?.['Type']).toBe('variable, virtual');
    expect(bySku.get('fixture-product-10')?.['Published']).toBe('-1');
    expect(bySku.get('SC-10-1')?.['Type']).toBe('variation, virtual');
    expect(bySku.get('SC-10-1')?.['Weight (kg)']).toBe('');
  });
});

describe('validateWooCommerceCsv', () => {
  it('reports a variation before its parent, a foreign attribute value, two values and a repeated SKU', async () => {
    const records = parseRecords(await exportWoo());
    const header = records[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const rowOf = (sku: string) => records.findIndex((r) => r[col('SKU')] === sku);
    // A variation of product 2 moved above its parent.
    const [moved] = records.splice(rowOf('SC-2-1'), 1);
    records.splice(rowOf('fixture-product-2'), 0, moved ?? []);
    const early = rowOf('SC-2-1') + 1;
    const foreign = records[rowOf('SC-3-2')] ?? [];
    foreign[col('Attribute 1 value(s)')] = 'Green';
    const two = records[rowOf('SC-3-3')] ?? [];
    two[col('Attribute 2 value(s)')] = 'S, M';
    const duplicateRow = rowOf('SC-3-4') + 1;
    const duplicate = records[rowOf('SC-3-4')] ?? [];
    duplicate[col('SKU')] = 'SC-1-1';
    const report = await validateWooCommerceCsv(toCsv(records));
    const errors = errorsOf(report.issues).map((i) => [i.row, i.column]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [early, 'Parent'],
        [rowOf('SC-3-2') + 1, 'Attribute 1 value(s)'],
        [rowOf('SC-3-3') + 1, 'Attribute 2 value(s)'],
        [duplicateRow, 'SKU'],
      ]),
    );
  });

  it('accepts the WooCommerce exporter quirks: BOM, id: parents, empty optional columns', async () => {
    const csv =
      '\uFEFFID,Type,SKU,Name,Published,Regular price,Parent,Attribute 1 name,Attribute 1 value(s),Attribute 1 visible,Attribute 1 global\n' +
      '41,variable,,Hoodie,1,,,Size,"S, M",1,1\n' +
      '42,variation,HOOD-S,Hoodie - S,1,40,id:41,Size,S,,1\n' +
      '43,variation,HOOD-M,Hoodie - M,1,40,id:41,Size,M,,1\n';
    const report = await validateWooCommerceCsv(csv);
    expect(errorsOf(report.issues)).toEqual([]);
    expect(report.productCount).toBe(1);
  });
});
