import { describe, expect, it } from 'vitest';
import { exportCatalog } from './export-catalog.ts';
import { collectFiles, fileOf, parseRecords, toCsv } from './testing/csv-test-helpers.ts';
import { fixtureCatalog, makeBrand, makeCategories } from './testing/fixtures.ts';
import { csvFormats } from './types.ts';
import { validateExport } from './validate-export.ts';

const MB = 2 ** 20;
const ROW_TOO_LARGE = 'Row is larger than 4 MB: not a product CSV? Reading stopped here';

/**
 * `head`, then `bytes` more of `unit` repeated with no line break, in 64 KB pieces, as a file read
 * stream delivers them; `read()` says how many bytes the consumer pulled.
 */
function longLine(head: string, bytes: number, unit = 'abcdefgh,') {
  let read = 0;
  const piece = unit.repeat(Math.ceil((64 * 1024) / unit.length));
  function* pieces(): Generator<Buffer> {
    const first = Buffer.from(head);
    read += first.length;
    yield first;
    for (let sent = 0; sent < bytes; sent += piece.length) {
      read += piece.length;
      yield Buffer.from(piece);
    }
  }
  return { pieces: pieces(), read: () => read };
}

async function shopifyRecords(): Promise<string[][]> {
  const files = await collectFiles(
    exportCatalog('shopify', {
      brand: makeBrand(),
      categories: makeCategories(),
      products: fixtureCatalog().slice(0, 2),
      imageBaseUrl: 'https://cdn.example.com/shop',
    }),
  );
  return parseRecords(fileOf(files, 'products.csv'));
}

describe('validateExport on files that are not product CSVs', () => {
  it.each(csvFormats)(
    'stops at a 20 MB row of a %s file, says so, and reads no further',
    async (format) => {
      const input = longLine('sku,name\n', 20 * MB);
      const report = await validateExport(format, input.pieces);
      expect(report.ok).toBe(false);
      expect(report.issues).toContainEqual(
        expect.objectContaining({ row: 2, severity: 'error', message: ROW_TOO_LARGE }),
      );
      // Streaming: the parser gave up after the cap, it did not take in the rest of the line.
      expect(input.read()).toBeLessThan(8 * MB);
    },
  );

  it('stops at a file with no line break at all, and at a quote that never closes', async () => {
    for (const head of ['', '"']) {
      const input = longLine(head, 20 * MB, 'abcdefghij');
      const report = await validateExport('magento', input.pieces);
      expect(report.issues).toEqual([
        expect.objectContaining({ row: 1, severity: 'error', message: ROW_TOO_LARGE }),
      ]);
      expect(input.read()).toBeLessThan(8 * MB);
    }
  });

  it('reports a cell over 1 MB and goes on checking the file', async () => {
    const records = await shopifyRecords();
    const header = records[0] ?? [];
    const last = records.length - 1;
    (records[1] ?? [])[header.indexOf('Description')] = `<p>${'x'.repeat(MB)}</p>`;
    (records[last] ?? [])[header.indexOf('Price')] = '12,50';
    const report = await validateExport('shopify', toCsv(records));
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Description',
        message: 'Cell is larger than 1 MB, far beyond any product field',
      }),
      expect.objectContaining({ row: last + 1, column: 'Price' }),
    ]);
  });

  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['UTF-16 text', Buffer.from('\ufeffURL handle,Title\r\nmug,Mug\r\n', 'utf16le')],
  ])('says %s is not CSV text', async (_, bytes) => {
    const report = await validateExport('shopify', [bytes]);
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'error',
        message: expect.stringMatching(/^The file is not CSV text: it holds NUL bytes/) as string,
      }),
    ]);
  });

  it('shortens messages that quote a huge cell, keeping what is wrong', async () => {
    const records = await shopifyRecords();
    const handle = `mug ${'x'.repeat(100_000)}`;
    const column = (records[0] ?? []).indexOf('URL handle');
    for (const record of records.slice(1)) record[column] = handle;
    const report = await validateExport('shopify', toCsv(records));
    const issue = report.issues.find((i) => i.column === 'URL handle');
    expect(issue?.message.length).toBeLessThanOrEqual(500);
    expect(issue?.message).toMatch(
      /^Handle "mug xxx.* … .*xxx" has spaces, periods or URL characters$/,
    );
  });

  it('throws what the input stream throws instead of calling it a CSV error', async () => {
    async function* failingRead(): AsyncGenerator<string> {
      yield 'URL handle,Title\r\nmug,Mug\r\n';
      await Promise.resolve();
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' });
    }
    await expect(validateExport('shopify', failingRead())).rejects.toThrow('EIO: i/o error');
  });
});
