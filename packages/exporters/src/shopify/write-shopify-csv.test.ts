import { AppError } from '@storecraft/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles, fileOf, parseCsv, parseRecords } from '../testing/csv-test-helpers.ts';
import {
  fixtureCatalog,
  makeBrand,
  makeCategories,
  makeProduct,
  syntheticProducts,
} from '../testing/fixtures.ts';
import type { Product } from '@storecraft/core';
import { validateShopifyCsv } from './validate-shopify-csv.ts';
import { shopifyPartPath, writeShopifyCsv } from './write-shopify-csv.ts';

const BASE = 'https://cdn.example.com/kiln/';

async function exportShopify(
  products: Iterable<Product> | AsyncIterable<Product>,
  options: Parameters<typeof writeShopifyCsv>[1] = {},
  imageBaseUrl: string | null = BASE,
) {
  return collectFiles(
    writeShopifyCsv(
      {
        brand: makeBrand(),
        categories: makeCategories(),
        products,
        ...(imageBaseUrl === null ? {} : { imageBaseUrl }),
      },
      options,
    ),
  );
}

describe('writeShopifyCsv', () => {
  it("writes the header of Shopify's 2026 template, exactly and in order, as UTF-8 without BOM and CRLF rows", async () => {
    const text = fileOf(await exportShopify(fixtureCatalog()), 'products.csv');
    const templateHeader = readFileSync(
      path.resolve(import.meta.dirname, '../../test/fixtures/shopify-template-2026.header.csv'),
      'utf8',
    ).split('\r\n')[0];
    expect(text.startsWith(`${templateHeader}\r\n`)).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('lays out a two-option colour product row by row as the row model says', async () => {
    const product = fixtureCatalog()[2] as Product; // Colour Red/Blue × Size S/M, on sale
    const { rows } = parseCsv(fileOf(await exportShopify([product]), 'products.csv'));
    const image = (n: number) => `${BASE}images/fixture-product-3/${n}.webp`;
    const pick = (row: Record<string, string> | undefined) => ({
      title: row?.['Title'],
      handle: row?.['URL handle'],
      option1Name: row?.['Option1 name'],
      option1: row?.['Option1 value'],
      option2Name: row?.['Option2 name'],
      option2: row?.['Option2 value'],
      price: row?.['Price'],
      compareAt: row?.['Compare-at price'],
      imageUrl: row?.['Product image URL'],
      position: row?.['Image position'],
      variantImage: row?.['Variant image URL'],
      status: row?.['Status'],
    });
    expect(rows.map(pick)).toEqual([
      {
        title: 'Stoneware Mug 3',
        handle: 'fixture-product-3',
        option1Name: 'Colour',
        option1: 'Red',
        option2Name: 'Size',
        option2: 'S',
        price: '19.99',
        compareAt: '29.99',
        imageUrl: image(1),
        position: '1',
        variantImage: image(1),
        status: 'active',
      },
      {
        title: '',
        handle: 'fixture-product-3',
        option1Name: '',
        option1: 'Red',
        option2Name: '',
        option2: 'M',
        price: '20.99',
        compareAt: '30.99',
        imageUrl: image(2),
        position: '2',
        variantImage: image(1),
        status: '',
      },
      {
        title: '',
        handle: 'fixture-product-3',
        option1Name: '',
        option1: 'Blue',
        option2Name: '',
        option2: 'S',
        price: '21.99',
        compareAt: '31.99',
        imageUrl: image(3),
        position: '3',
        variantImage: image(2),
        status: '',
      },
      {
        title: '',
        handle: 'fixture-product-3',
        option1Name: '',
        option1: 'Blue',
        option2Name: '',
        option2: 'M',
        price: '22.99',
        compareAt: '32.99',
        imageUrl: '',
        position: '',
        variantImage: image(2),
        status: '',
      },
    ]);
    const first = rows[0];
    expect(first?.['Published on online store']).toBe('TRUE');
    expect(first?.['Charge tax']).toBe('TRUE');
    expect(first?.['Requires shipping']).toBe('TRUE');
    expect(first?.['Weight value (grams)']).toBe('350');
    expect(first?.['Weight unit for display']).toBe('g');
    expect(first?.['Cost per item']).toBe('8.50');
    expect(first?.['Product category']).toBe(product.taxonomyPath);
    expect(first?.['Barcode']).toBe(product.variants[0]?.barcode);
  });

  it('gives a product without options the Title / Default Title variant and adds image-only rows', async () => {
    const product = makeProduct({ index: 77, extraImages: 3 });
    const { rows } = parseCsv(fileOf(await exportShopify([product]), 'products.csv'));
    expect(
      rows.map((r) => [r['Option1 name'], r['Option1 value'], r['SKU'], r['Image position']]),
    ).toEqual([
      ['Title', 'Default Title', 'SC-77-1', '1'],
      ['', '', '', '2'],
      ['', '', '', '3'],
    ]);
  });

  it('skips unrendered images, numbers the rest 1, 2, … and leaves a colour without image blank', async () => {
    const product = fixtureCatalog()[4] as Product; // Red rendered, Blue and one extra not
    const { rows } = parseCsv(fileOf(await exportShopify([product]), 'products.csv'));
    expect(
      rows.map((r) => [
        r['Option1 value'],
        r['Product image URL'],
        r['Image position'],
        r['Variant image URL'],
      ]),
    ).toEqual([
      [
        'Red',
        `${BASE}images/fixture-product-5/1.webp`,
        '1',
        `${BASE}images/fixture-product-5/1.webp`,
      ],
      ['Blue', `${BASE}images/fixture-product-5/4.webp`, '2', ''],
    ]);
  });

  it('writes sold-out policies, draft status and digital variants as Shopify spells them', async () => {
    const catalog = fixtureCatalog();
    const { rows } = parseCsv(fileOf(await exportShopify(catalog), 'products.csv'));
    const bySku = new Map(rows.map((r) => [r['SKU'], r]));
    expect(bySku.get('SC-2-2')?.['Continue selling when out of stock']).toBe('DENY');
    expect(bySku.get('SC-2-2')?.['Inventory quantity']).toBe('0');
    expect(bySku.get('SC-2-3')?.['Continue selling when out of stock']).toBe('CONTINUE');
    const ebook = rows.find((r) => r['Title'] === 'Glaze Recipes eBook');
    expect(ebook?.['Status']).toBe('draft');
    expect(ebook?.['Published on online store']).toBe('FALSE');
    expect(ebook?.['Requires shipping']).toBe('FALSE');
    expect(ebook?.['Charge tax']).toBe('FALSE');
    expect(rows.find((r) => r['Title'] === 'Potter T-Shirt')?.['Status']).toBe('archived');
  });

  it('gives back every text value through a csv-parse round trip', async () => {
    const catalog = fixtureCatalog();
    const { rows } = parseCsv(fileOf(await exportShopify(catalog), 'products.csv'));
    const quoted = catalog[6] as Product; // commas, quotes, newlines
    const first = rows.find((r) => r['URL handle'] === quoted.handle);
    expect(first?.['Title']).toBe('Mug, "Large" edition');
    expect(first?.['Description']).toBe(quoted.bodyHtml);
    expect(first?.['SEO description']).toBe(quoted.seoDescription);
    expect(first?.['Tags']).toBe('big bold, quote"tag');
    expect(
      rows.filter((r) => r['URL handle'] === quoted.handle).map((r) => r['Option1 value']),
    ).toEqual(['Matte, dark', 'Gloss "bright"']);
    const unicode = rows.find((r) => r['URL handle'] === 'fixture-product-6');
    expect(unicode?.['Title']).toBe('Café Crème Tasse — 咖啡杯 ☕');
    expect(unicode?.['Option1 name']).toBe('Größe');
  });

  it('writes the legacy header set with lower-case policies', async () => {
    const text = fileOf(
      await exportShopify(fixtureCatalog(), { headers: 'legacy' }),
      'products.csv',
    );
    const { header, rows } = parseCsv(text);
    expect(header.slice(0, 4)).toEqual(['Handle', 'Title', 'Body (HTML)', 'Vendor']);
    expect(header).not.toContain('Price / International');
    // Every column is one of the legacy template's, in the template's order.
    const template = readFileSync(
      path.resolve(import.meta.dirname, '../../test/fixtures/shopify-template-legacy.header.csv'),
      'utf8',
    )
      .trimEnd()
      .split(',');
    const positions = header.map((column) => template.indexOf(column));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(rows[0]?.['Variant SKU']).toBe('SC-1-1');
    expect(rows[0]?.['Variant Inventory Policy']).toBe('deny');
    expect(rows[0]?.['Variant Weight Unit']).toBe('g');
    const report = await validateShopifyCsv(text, { headers: 'legacy' });
    expect(report.issues).toEqual([]);
  });

  it('keeps image cells relative without a base URL and refuses a base URL that is not http(s)', async () => {
    const { rows } = parseCsv(
      fileOf(await exportShopify(fixtureCatalog(), {}, null), 'products.csv'),
    );
    expect(rows[0]?.['Product image URL']).toBe('images/fixture-product-1/1.webp');
    const refused = exportShopify(fixtureCatalog(), {}, 'ftp://cdn.example.com');
    await expect(refused).rejects.toSatisfy((error) => AppError.is(error, 'INVALID_INPUT'));
  });

  it('writes a header-only file for an empty catalog', async () => {
    const text = fileOf(await exportShopify([]), 'products.csv');
    expect(parseRecords(text)).toHaveLength(1);
  });

  it('splits into numbered parts on product boundaries, each with the header and within the size', async () => {
    const maxFileBytes = 12_000;
    const files = await exportShopify(syntheticProducts(60), { maxFileBytes });
    expect(files.size).toBeGreaterThan(2);
    expect([...files.keys()]).toEqual(
      Array.from({ length: files.size }, (_, i) => shopifyPartPath(i + 1)),
    );
    expect([...files.keys()].slice(0, 2)).toEqual(['products.csv', 'products-part-2.csv']);
    const partOfHandle = new Map<string, string>();
    let products = 0;
    for (const [path, text] of files) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxFileBytes);
      const { header, rows } = parseCsv(text);
      expect(header[0]).toBe('Title');
      for (const row of rows) {
        const handle = row['URL handle'] ?? '';
        expect(partOfHandle.get(handle) ?? path).toBe(path);
        partOfHandle.set(handle, path);
      }
      const report = await validateShopifyCsv(text);
      expect(report.errorCount).toBe(0);
      products += report.productCount;
    }
    expect(products).toBe(60);
  });

  it('streams chunks of at most a few hundred KB from an async source', async () => {
    async function* slowly(): AsyncGenerator<Product> {
      for (const product of syntheticProducts(1500)) {
        await Promise.resolve();
        yield product;
      }
    }
    let chunks = 0;
    let largest = 0;
    for await (const chunk of writeShopifyCsv({
      brand: makeBrand(),
      categories: [],
      products: slowly(),
    })) {
      chunks++;
      largest = Math.max(largest, chunk.data.length);
    }
    expect(chunks).toBeGreaterThan(5);
    expect(largest).toBeLessThan(200 * 1024);
  });
});
