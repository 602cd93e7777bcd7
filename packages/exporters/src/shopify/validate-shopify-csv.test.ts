import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findReferenceFile, readReferenceFile, referenceSkipNote } from '@storecraft/core/testing';
import { describe, expect, it } from 'vitest';
import { errorsOf, parseRecords, toCsv } from '../testing/csv-test-helpers.ts';
import { validateShopifyCsv } from './validate-shopify-csv.ts';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');
/** A legacy-format import file of our own: 4 products, 7 variant rows, images on every row. */
const SAMPLE = readFileSync(path.join(fixtures, 'shopify-legacy-sample.csv'), 'utf8');

/** Shopify's own files: checked only when STORECRAFT_REFERENCE_DIR holds them. */
const PARTNER_SAMPLES = [
  'shopify-partner-samples/apparel.csv',
  'shopify-partner-samples/home-and-garden.csv',
  'shopify-partner-samples/jewelery.csv',
];
const TEMPLATES = ['shopify-product-template-2026.csv', 'shopify-product-template-legacy.csv'];

/** Parses the sample CSV, lets a test edit its records, and writes it back. */
function edited(edit: (records: string[][], col: (header: string) => number) => void): string {
  const records = parseRecords(SAMPLE);
  const header = records[0] ?? [];
  edit(records, (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name}`);
    return index;
  });
  return toCsv(records);
}

function at(records: string[][], handle: string, nth = 0): { record: string[]; row: number } {
  let seen = 0;
  for (let i = 1; i < records.length; i++) {
    if (records[i]?.[0] === handle && seen++ === nth)
      return { record: records[i] ?? [], row: i + 1 };
  }
  throw new Error(`no row ${nth} for ${handle}`);
}

describe('validateShopifyCsv', () => {
  it('accepts a legacy-format file with single- and multi-variant products', async () => {
    const report = await validateShopifyCsv(SAMPLE, { headers: 'legacy' });
    expect(errorsOf(report.issues)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.productCount).toBe(4);
    expect(report.rowCount).toBe(7);
  });

  for (const name of PARTNER_SAMPLES) {
    it.skipIf(!findReferenceFile(name))(
      `accepts Shopify's own partner demo CSV ${name} with the legacy headers${referenceSkipNote(name)}`,
      async () => {
        const report = await validateShopifyCsv(readReferenceFile(name), { headers: 'legacy' });
        expect(errorsOf(report.issues)).toEqual([]);
        expect(report.ok).toBe(true);
        expect(report.productCount).toBeGreaterThanOrEqual(10);
      },
    );
  }

  it.skipIf(!TEMPLATES.every((name) => findReferenceFile(name)))(
    `accepts Shopify's current and legacy templates, with warnings for their made-up barcodes${referenceSkipNote(TEMPLATES[0] ?? '')}`,
    async () => {
      const current = await validateShopifyCsv(
        readReferenceFile('shopify-product-template-2026.csv'),
      );
      expect(current.ok).toBe(true);
      expect(current.productCount).toBe(2);
      expect(current.issues.every((issue) => issue.column === 'Barcode')).toBe(true);
      const legacy = await validateShopifyCsv(
        readReferenceFile('shopify-product-template-legacy.csv'),
      );
      expect(legacy.ok).toBe(true);
      expect(legacy.productCount).toBe(3);
    },
  );

  it('reports a broken CSV — repeated option combination, bad price, handle out of order — by row', async () => {
    let duplicateRow = 0;
    let priceRow = 0;
    let movedRow = 0;
    const csv = edited((records, col) => {
      const medium = at(records, 'rib-knit-cardigan', 1);
      medium.record[col('Option1 Value')] = 'Small';
      duplicateRow = medium.row;
      const jumper = at(records, 'mustard-wool-jumper');
      jumper.record[col('Variant Price')] = '80,00';
      priceRow = jumper.row;
      // Move the cardigan's last row to the end of the file.
      const large = at(records, 'rib-knit-cardigan', 2);
      records.splice(large.row - 1, 1);
      records.push(large.record);
      movedRow = records.length;
      priceRow -= priceRow > large.row ? 1 : 0;
    });
    const report = await validateShopifyCsv(csv, { headers: 'legacy' });
    expect(report.ok).toBe(false);
    const errors = errorsOf(report.issues).map((issue) => ({
      row: issue.row,
      column: issue.column,
    }));
    expect(errors).toContainEqual({ row: duplicateRow, column: 'Option1 Value' });
    expect(errors).toContainEqual({ row: priceRow, column: 'Variant Price' });
    expect(errors).toContainEqual({ row: movedRow, column: 'Handle' });
    expect(report.issues.find((i) => i.row === duplicateRow)?.message).toMatch(
      /Small.*repeats row/,
    );
    expect(report.issues.find((i) => i.row === movedRow)?.message).toMatch(/contiguous/);
  });

  it('reports header problems: wrong set, unknown column, order, missing handle', async () => {
    const legacyText = SAMPLE;
    const wrongSet = await validateShopifyCsv(legacyText, { headers: 'current' });
    expect(wrongSet.issues[0]?.message).toMatch(/Expected the current Shopify header set/);

    const unknown = edited((records) => {
      records.forEach((record, i) => record.push(i === 0 ? 'Favourite Colour' : ''));
    });
    expect(errorsOf((await validateShopifyCsv(unknown)).issues)).toEqual([
      expect.objectContaining({ row: 1, column: 'Favourite Colour' }),
    ]);

    const swapped = edited((records) => {
      for (const record of records) {
        const [handle = '', title = ''] = record;
        record[0] = title;
        record[1] = handle;
      }
    });
    expect(errorsOf((await validateShopifyCsv(swapped)).issues)[0]?.message).toMatch(
      /"Handle" must come before "Title"/,
    );

    const noHandle = await validateShopifyCsv('Title,Vendor\r\nMug,Kiln\r\n');
    expect(noHandle.ok).toBe(false);
  });

  it('reports row-model and value errors a Shopify import would trip on', async () => {
    const header =
      'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Variant Compare At Price,Variant Requires Shipping,Variant Barcode,Image Src,Image Position,Status\r\n';
    const rows = [
      'mug,Mug,Size,S,M-S,350,19.99,24.99,TRUE,4000000010005,https://cdn.example.com/1.jpg,2,active', // 2
      'mug,,Size,M,M-M,heavy,19.999,,yes,123,javascript:alert(1),1,', // 3
      'cup,Cup,Title,Default Title,C-1,100,5.00,,FALSE,,images/cup/1.webp,1,Published', // 4
      'cup,,,,C-2,100,5.00,4.00,FALSE,,,,', // 5
      ',Orphan,,,,,,,,,,,', // 6
    ];
    const report = await validateShopifyCsv(header + rows.join('\r\n'));
    const found = report.issues.map((i) => `${i.row} ${i.severity} ${i.column ?? ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '3 error Option1 Name', // option name on a later row
        '3 error Variant Grams',
        '3 error Variant Price',
        '3 error Variant Requires Shipping',
        '3 warning Variant Barcode',
        '3 error Image Src',
        '3 error Image Position',
        '4 error Status',
        '4 warning Image Src', // relative path
        '5 warning Variant Compare At Price',
        '6 error Handle',
      ]),
    );
    expect(report.issues.some((i) => i.row === 5 && /several variant rows/.test(i.message))).toBe(
      true,
    );
    expect(report.productCount).toBe(2);
    expect(report.rowCount).toBe(5);
  });

  it('reads Buffer pieces and reports a CSV syntax error with its line', async () => {
    function* pieces() {
      yield Buffer.from('Handle,Title\r\nmug,"Mug\r\n');
      yield Buffer.from('cup,Cup\r\n');
    }
    const report = await validateShopifyCsv(pieces());
    expect(report.ok).toBe(false);
    expect(report.issues.some((issue) => /CSV syntax error.*line/.test(issue.message))).toBe(true);
  });
});
