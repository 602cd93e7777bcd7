import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Product } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.ts';

/** A listing whose title, spec table and copy agree. */
function product(handle: string, overrides: Partial<Product> = {}): Product {
  return {
    handle,
    title: 'Recycled Nylon Toiletry Bag',
    bodyHtml:
      '<p>A roomy wash bag made from recycled nylon.</p><table><tbody><tr><th>Material</th><td>Recycled nylon ripstop</td></tr></tbody></table>',
    vendor: 'Harbor Goods',
    productType: 'Toiletry Bag',
    taxonomyPath: 'Luggage & Bags > Cosmetic & Toiletry Bags > Toiletry Bags',
    categoryHandle: 'bags',
    tags: ['travel'],
    status: 'active',
    publishedOnline: true,
    seoTitle: 'Recycled Nylon Toiletry Bag',
    seoDescription: 'A roomy wash bag.',
    options: [],
    variants: [
      {
        sku: `HG-${handle}`,
        barcode: '036000291452',
        optionValues: [],
        priceCents: 3200,
        compareAtPriceCents: null,
        costCents: 1100,
        grams: 240,
        inventoryQuantity: 4,
        inventoryPolicy: 'deny',
        requiresShipping: true,
        taxable: true,
        imagePosition: null,
      },
    ],
    images: [],
    ...overrides,
  };
}

const leather =
  '<p>A roomy wash bag.</p><table><tbody><tr><th>Material</th><td>Full-grain leather</td></tr></tbody></table>';

function catalogDir(lines: readonly string[]): string {
  const dir = path.join(tempDir(), 'shop');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'catalog.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

describe('storecraft validate --catalog', () => {
  it('lists the contradictions with product handles, sums them per rule and exits 1', async () => {
    const dir = catalogDir([
      JSON.stringify(product('wash-bag')),
      JSON.stringify(product('nylon-bag', { bodyHtml: leather })),
    ]);
    const { code, out } = await cli('validate', '--catalog', dir);
    expect(code).toBe(1);
    expect(out).toContain(
      'nylon-bag: error: material: title says "Nylon" but Material row says "Full-grain leather"\n',
    );
    expect(out).not.toContain('wash-bag:');
    expect(out).toMatch(/^ {2}material-mismatch +1 \/ 2 +50\.0 % {2}1 errors, 0 warnings$/m);
    expect(out).toContain(
      `INVALID: ${path.join(dir, 'catalog.jsonl')} — 2 products, 1 with contradictions, 1 errors, 0 warnings`,
    );
  });

  it('passes a catalog whose listings agree, given the folder or the file', async () => {
    const dir = catalogDir([JSON.stringify(product('wash-bag'))]);
    const run = await cli('validate', '--catalog', dir);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^OK: .*catalog\.jsonl — 1 products, 0 with contradictions, 0 errors/m);
    const file = await cli('validate', '--catalog', path.join(dir, 'catalog.jsonl'));
    expect(file.code).toBe(0);
  });

  it('prints the report as JSON', async () => {
    const dir = catalogDir([JSON.stringify(product('nylon-bag', { bodyHtml: leather }))]);
    const { code, out } = await cli('validate', '--catalog', dir, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { ok: boolean; errors: number; rules: { rule: string }[] };
    expect(report).toMatchObject({ ok: false, errors: 1 });
    expect(report.rules.map((r) => r.rule)).toContain('material-mismatch');
  });

  it('writes the catalog’s own text terminal-safe', async () => {
    const bodyHtml = '<p>It is glass lens, with clean lines\u001b[2J.</p>';
    const dir = catalogDir([JSON.stringify(product('clock', { bodyHtml, title: 'Wall Clock' }))]);
    const { code, out } = await cli('validate', '--catalog', dir);
    expect(code).toBe(1);
    expect(out).toContain('clock: error: grammar: "It is glass lens" needs an article');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\u001b[2J');
  });

  it('refuses what is not a catalog with exit code 2, naming the line', async () => {
    const bad = catalogDir([JSON.stringify(product('wash-bag')), '{"handle": "oops"']);
    const broken = await cli('validate', '--catalog', bad);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('catalog.jsonl line 2 is not valid JSON');

    const invalid = catalogDir([JSON.stringify({ ...product('wash-bag'), variants: [] })]);
    const schema = await cli('validate', '--catalog', invalid);
    expect(schema.code).toBe(2);
    expect(schema.err).toContain('catalog.jsonl line 1');

    const empty = tempDir();
    const missing = await cli('validate', '--catalog', empty);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('catalog.jsonl is missing');

    const both = await cli('validate', path.join(empty, 'x.csv'), '--catalog', empty);
    expect(both.code).toBe(2);
    expect(both.err).toContain('Give either a CSV file (with --format) or --catalog DIR');
  });

  it('stops at a line longer than 4 MB instead of holding it', async () => {
    const dir = catalogDir([JSON.stringify(product('wash-bag')), 'x'.repeat(5 * 2 ** 20)]);
    const { code, err } = await cli('validate', '--catalog', dir);
    expect(code).toBe(2);
    expect(err).toContain('catalog.jsonl line 2 is longer than 4 MB: not a product catalog?');
  });
});
