import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvFormats, exportCatalog, validateExport, type CsvFormat } from '@storecraft/exporters';
import { generateProducts, planCatalog } from '@storecraft/generator';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.ts';

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

/** A fresh `generate` output with `products` products and its Shopify file. */
async function generated(products: number): Promise<string> {
  const out = path.join(tempDir('storecraft-exp-'), 'shop');
  const { code, err } = await cli(
    'generate',
    '--no-images',
    '--niche',
    'coffee',
    '--products',
    String(products),
    '--seed',
    'cut',
    '--out',
    out,
  );
  if (code !== 0) throw new Error(err);
  return out;
}

describe('storecraft generate --formats, export and validate', () => {
  it('writes every format into its folder and each file validates from the command line', async () => {
    const out = path.join(tempDir('storecraft-exp-'), 'shop');
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
      'storecraft-manifest.json',
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
    const out = path.join(tempDir('storecraft-exp-'), 'shop');
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
    const dir = tempDir('storecraft-exp-');
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
    const out = path.join(tempDir('storecraft-exp-'), 'shop');
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
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it.each([
    ['at a line boundary', ''],
    ['inside a line', '{"handle":"half-a-prod'],
  ])('refuses a catalog cut short %s and keeps the previous files', async (_, rest) => {
    const out = await generated(40);
    const before = readFileSync(path.join(out, 'shopify', 'products.csv'));
    const lines = readFileSync(path.join(out, 'catalog.jsonl'), 'utf8').split('\n');
    writeFileSync(path.join(out, 'catalog.jsonl'), `${lines.slice(0, 10).join('\n')}\n${rest}`);

    const result = await cli('export', '--from', out, '--format', 'shopify,woocommerce');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /catalog\.jsonl has 10 products but storecraft-manifest\.json records 40: the file was changed or cut short; regenerate it/,
    );
    expect(readFileSync(path.join(out, 'shopify', 'products.csv'))).toEqual(before);
    expect(readdirSync(out)).not.toContain('woocommerce');
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a catalog whose products were changed, after reading it, and writes nothing', async () => {
    const out = await generated(8);
    const before = readFileSync(path.join(out, 'shopify', 'products.csv'));
    const catalog = readFileSync(path.join(out, 'catalog.jsonl'), 'utf8');
    // Same size and line count, still valid: only the checksum can tell.
    writeFileSync(
      path.join(out, 'catalog.jsonl'),
      catalog.replace(/"priceCents":(\d)/, (_, d) => `"priceCents":${d === '9' ? '8' : '9'}`),
    );
    expect(readFileSync(path.join(out, 'catalog.jsonl'), 'utf8')).not.toBe(catalog);

    const result = await cli('export', '--from', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /catalog\.jsonl does not match the checksum storecraft-manifest\.json records/,
    );
    expect(readFileSync(path.join(out, 'shopify', 'products.csv'))).toEqual(before);
  });

  it.each([
    ['an empty', ''],
    ['a blank', '\n\n'],
  ])('refuses %s catalog.jsonl, with or without a manifest', async (_, content) => {
    const out = await generated(5);
    const before = readFileSync(path.join(out, 'shopify', 'products.csv'));
    writeFileSync(path.join(out, 'catalog.jsonl'), content);
    const result = await cli('export', '--from', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/catalog\.jsonl (is empty|has 0 products)/);

    rmSync(path.join(out, 'storecraft-manifest.json'));
    const unchecked = await cli('export', '--from', out);
    expect(unchecked.code).toBe(2);
    expect(unchecked.err).toMatch(/catalog\.jsonl is empty: there are no products to export/);
    expect(readFileSync(path.join(out, 'shopify', 'products.csv'))).toEqual(before);
  });

  it('exports a catalog without a manifest (made by hand) and says it could not be checked', async () => {
    const out = await generated(5);
    rmSync(path.join(out, 'storecraft-manifest.json'));
    const target = path.join(path.dirname(out), 'export');
    const result = await cli('export', '--from', out, '--out', target);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/has no storecraft-manifest\.json describing the catalog/);
    expect(readFileSync(path.join(target, 'shopify', 'products.csv'))).toEqual(
      readFileSync(path.join(out, 'shopify', 'products.csv')),
    );
  });

  it('refuses a folder whose last run was interrupted while moving files into place', async () => {
    const out = await generated(5);
    const manifestFile = path.join(out, 'storecraft-manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { complete: boolean };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, complete: false }));
    const result = await cli('export', '--from', out, '--out', path.join(out, 'again'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/was not written completely/);
    expect(readdirSync(out)).not.toContain('again');
  });

  it('refuses an unknown format and a non-http image base URL with exit code 2', async () => {
    const dir = tempDir('storecraft-exp-');
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
