import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvFormats, exportCatalog, validateExport, type CsvFormat } from '@storecraft/exporters';
import { generateProducts, planCatalog } from '@storecraft/generator';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const NICHES = [
  'specialty coffee',
  'sustainable yoga wear',
  'artisanal hot sauce',
  'minimalist jewelry',
  'organic skincare',
  'dog accessories',
  'scandinavian home decor',
  'wooden kids toys',
  'cycling gear',
  'phone accessories',
  'luxury candles',
];

async function exportToString(
  format: CsvFormat,
  niche: string,
  seed: string,
  size: number,
): Promise<Map<string, string>> {
  const plan = planCatalog({ niche, seed, size });
  const files = new Map<string, string>();
  const chunks = exportCatalog(format, {
    brand: plan.brand,
    categories: plan.categories,
    products: generateProducts(plan),
    imageBaseUrl: 'https://cdn.example.com/shop',
  });
  for await (const chunk of chunks)
    files.set(chunk.path, (files.get(chunk.path) ?? '') + chunk.data);
  return files;
}

const mainFile: Record<CsvFormat, string> = {
  shopify: 'products.csv',
  woocommerce: 'products.csv',
  magento: 'catalog_product.csv',
  bigcommerce: 'products.csv',
};

describe('generated catalogs pass every platform validator', () => {
  const cases = NICHES.flatMap((niche) =>
    ['42', 'b7'].flatMap((seed) => [1, 50].map((size) => [niche, seed, size] as const)),
  );
  it.each(cases)('%s / seed %s / %i products', async (niche, seed, size) => {
    for (const format of csvFormats) {
      const files = await exportToString(format, niche, seed, size);
      const report = await validateExport(format, files.get(mainFile[format]) ?? '');
      expect(
        report.issues.filter((i) => i.severity === 'error'),
        `${format}`,
      ).toEqual([]);
      expect(report.productCount, format).toBe(size);
    }
  });

  it.each(['specialty coffee', 'sustainable yoga wear', 'scandinavian home decor'])(
    '%s at 2,000 products',
    async (niche) => {
      for (const format of csvFormats) {
        const files = await exportToString(format, niche, 'large', 2_000);
        const report = await validateExport(format, files.get(mainFile[format]) ?? '');
        expect(report.ok, `${format}: ${JSON.stringify(report.issues.slice(0, 3))}`).toBe(true);
        expect(report.productCount).toBe(2_000);
      }
    },
    120_000,
  );
});

describe('storecraft generate --formats, export and validate', () => {
  it('writes every format into its folder and each file validates from the command line', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'storecraft-exp-')), 'shop');
    const generated = await cli(
      'generate',
      '--no-images',
      '--niche',
      'organic skincare',
      '--products',
      '30',
      '--seed',
      '1',
      '--out',
      out,
      '--formats',
      'shopify,woocommerce,magento,bigcommerce',
    );
    expect(generated.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'bigcommerce',
      'brand.json',
      'catalog.jsonl',
      'categories.json',
      'logo.svg',
      'magento',
      'shopify',
      'woocommerce',
    ]);
    expect(readdirSync(path.join(out, 'magento')).sort()).toEqual([
      'README-magento.txt',
      'catalog_product.csv',
    ]);
    for (const format of csvFormats) {
      const result = await cli(
        'validate',
        path.join(out, format, mainFile[format]),
        '--format',
        format,
      );
      expect(result.code, result.out).toBe(0);
      expect(result.out).toMatch(/^OK: .* 30 products, 0 errors/m);
    }
  });

  it('re-exports an existing catalog, with legacy Shopify headers on request', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'storecraft-exp-')), 'shop');
    await cli(
      'generate',
      '--no-images',
      '--niche',
      'cycling gear',
      '--products',
      '12',
      '--seed',
      '3',
      '--out',
      out,
    );
    const exported = await cli(
      'export',
      '--from',
      path.join(out, 'catalog.jsonl'),
      '--format',
      'shopify',
      '--shopify-headers',
      'legacy',
    );
    expect(exported.code).toBe(0);
    const csv = readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8');
    expect(csv.startsWith('Handle,Title,Body (HTML),')).toBe(true);
    expect(
      (await cli('validate', path.join(out, 'shopify', 'products.csv'), '--format', 'shopify'))
        .code,
    ).toBe(0);
  });

  it('reports an invalid file with row numbers and exit code 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'storecraft-exp-'));
    await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--products',
      '3',
      '--seed',
      '9',
      '--out',
      path.join(dir, 'shop'),
    );
    const file = path.join(dir, 'shop', 'shopify', 'products.csv');
    const lines = readFileSync(file, 'utf8').split('\r\n');
    lines[1] = (lines[1] ?? '').replace(/,(\d+\.\d\d),/, ',twelve,');
    writeFileSync(file, lines.join('\r\n'));
    const result = await cli('validate', file, '--format', 'shopify');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/row 2 \[Price\]: error/);
  });

  it('stops a re-export at a corrupt catalog line and keeps the previous files', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'storecraft-exp-')), 'shop');
    await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--products',
      '5',
      '--seed',
      '4',
      '--out',
      out,
    );
    const before = readFileSync(path.join(out, 'shopify', 'products.csv'));
    const catalog = readFileSync(path.join(out, 'catalog.jsonl'), 'utf8').split('\n');
    catalog[3] = '{"handle": "broken"';
    writeFileSync(path.join(out, 'catalog.jsonl'), catalog.join('\n'));
    const result = await cli('export', '--from', out, '--format', 'shopify');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/line 4/);
    expect(readFileSync(path.join(out, 'shopify', 'products.csv'))).toEqual(before);
    expect(readdirSync(out).filter((f) => f.startsWith('.export-tmp'))).toEqual([]);
  });

  it('refuses an unknown format and a non-http image base URL with exit code 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'storecraft-exp-'));
    const bad = await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--out',
      path.join(dir, 'x'),
      '--formats',
      'shopify,etsy',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown format "etsy"/);
    const url = await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--out',
      path.join(dir, 'y'),
      '--image-base-url',
      'ftp://x',
    );
    expect(url.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
