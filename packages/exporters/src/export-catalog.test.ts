import { productSchema, type Product } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { isFormulaLike } from './csv/neutralise-cell.ts';
import { exportCatalog } from './export-catalog.ts';
import { collectFiles, errorsOf, fileOf, parseCsv } from './testing/csv-test-helpers.ts';
import { fixtureCatalog, HOSTILE, makeBrand, makeCategories } from './testing/fixtures.ts';
import { csvFormats, type CsvFormat } from './types.ts';
import { validateExport } from './validate-export.ts';

const MAIN_FILE: Record<CsvFormat, string> = {
  shopify: 'products.csv',
  woocommerce: 'products.csv',
  magento: 'catalog_product.csv',
  bigcommerce: 'products.csv',
};

const HTML_COLUMNS: Record<CsvFormat, string[]> = {
  shopify: ['Description'],
  woocommerce: ['Description', 'Short description'],
  magento: ['description', 'short_description'],
  bigcommerce: ['Description'],
};

const NAME_COLUMN: Record<CsvFormat, string> = {
  shopify: 'Title',
  woocommerce: 'Name',
  magento: 'name',
  bigcommerce: 'Name',
};

async function exportFiles(format: CsvFormat, imageBaseUrl?: string, products?: Product[]) {
  return collectFiles(
    exportCatalog(format, {
      brand: makeBrand({ name: '<script>alert("brand")</script> Kiln' }),
      categories: makeCategories(),
      products: products ?? fixtureCatalog(),
      ...(imageBaseUrl === undefined ? {} : { imageBaseUrl }),
    }),
  );
}

describe('fixture catalog', () => {
  it('is valid domain data', () => {
    for (const product of fixtureCatalog())
      expect(() => productSchema.parse(product)).not.toThrow();
  });
});

describe.each(csvFormats)('%s export', (format) => {
  it('passes its own validator without a single issue when images have a base URL', async () => {
    const files = await exportFiles(format, 'https://cdn.example.com/kiln-and-co');
    const report = await validateExport(format, fileOf(files, MAIN_FILE[format]));
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.productCount).toBe(fixtureCatalog().length);
  });

  it('passes its validator with relative image paths, warning once per column at most', async () => {
    const files = await exportFiles(format);
    const report = await validateExport(format, fileOf(files, MAIN_FILE[format]));
    expect(errorsOf(report.issues)).toEqual([]);
    const columns = report.issues.map((issue) => issue.column);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('neutralises formula-looking cells', async () => {
    const { header, rows } = parseCsv(fileOf(await exportFiles(format), MAIN_FILE[format]));
    for (const row of rows) {
      for (const name of header)
        expect(isFormulaLike(row[name] ?? ''), `${name}: ${row[name]}`).toBe(false);
    }
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells).toContain(`'${HOSTILE.formulaTitle}`);
    expect(cells.some((cell) => cell.startsWith(`'${HOSTILE.formulaTag}`))).toBe(true);
  });

  it('lets no script, event handler or javascript: URL through an HTML field', async () => {
    const { rows } = parseCsv(fileOf(await exportFiles(format), MAIN_FILE[format]));
    const html = rows.flatMap((row) => HTML_COLUMNS[format].map((column) => row[column] ?? ''));
    const joined = html.join('\n');
    // Escaped text such as `&lt;b onmouseover=…` is harmless; tags with handlers are not.
    expect(joined).not.toMatch(/<script|<iframe|<[^>]*\son\w+\s*=|javascript:|<[^>]*style=/i);
    expect(joined).toContain('<a href="https://example.com/care">care guide</a>');
    expect(joined).toContain('Lovely mug');
  });

  it('keeps a <script> in plain-text names as text', async () => {
    const { rows } = parseCsv(fileOf(await exportFiles(format), MAIN_FILE[format]));
    const names = rows.map((row) => row[NAME_COLUMN[format]] ?? '');
    const expected =
      format === 'woocommerce'
        ? '&lt;script&gt;alert("title")&lt;/script&gt; Mug' // WordPress prints names as HTML
        : HOSTILE.scriptTitle;
    expect(names).toContain(expected);
  });

  it('writes the same bytes for the same catalog', async () => {
    const first = await exportFiles(format, 'https://cdn.example.com');
    const second = await exportFiles(format, 'https://cdn.example.com');
    expect([...second]).toEqual([...first]);
  });
});

describe('plain text placed in HTML fields', () => {
  it.each(['woocommerce', 'magento'] as const)(
    'is escaped in %s short descriptions',
    async (format) => {
      const { rows } = parseCsv(fileOf(await exportFiles(format), MAIN_FILE[format]));
      const column = HTML_COLUMNS[format][1] ?? '';
      expect(rows.map((row) => row[column])).toContain(
        '<p>&lt;b onmouseover=&quot;x()&quot;&gt;Bold&lt;/b&gt; claims</p>',
      );
    },
  );
});
