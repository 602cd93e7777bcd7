import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.ts';

describe('storecraft validate on files that are not product CSVs', () => {
  it('reports a 20 MB file without line breaks as invalid, naming the row cap', async () => {
    const file = path.join(tempDir(), 'one-line.csv');
    const fd = openSync(file, 'w');
    const piece = Buffer.from('abcdefgh,'.repeat(7000));
    for (let written = 0; written < 20 * 2 ** 20; written += piece.length) writeSync(fd, piece);
    closeSync(fd);
    const { code, out } = await cli('validate', file, '--format', 'shopify');
    expect(code).toBe(1);
    expect(out).toContain(
      'row 1: error: Row is larger than 4 MB: not a product CSV? Reading stopped here',
    );
    expect(out).toMatch(/^INVALID: .*one-line\.csv — 0 rows, 0 products, 1 errors/m);
  });

  it('says a binary file is not CSV text', async () => {
    const file = path.join(tempDir(), 'photo.csv');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    const { code, out } = await cli('validate', file, '--format', 'woocommerce');
    expect(code).toBe(1);
    expect(out).toContain('row 1: error: The file is not CSV text: it holds NUL bytes');
  });

  it('refuses a folder with exit code 2', async () => {
    const dir = tempDir();
    const { code, err } = await cli('validate', dir, '--format', 'magento');
    expect(code).toBe(2);
    expect(err).toContain(`${dir} is not a file`);
  });

  it('counts every issue beyond the first 100 it prints, not only those the report kept', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `Mug ${i},mug-${i},oops`);
    const file = path.join(tempDir(), 'prices.csv');
    writeFileSync(file, ['Title,URL handle,Price', ...rows, ''].join('\r\n'));
    const { code, out } = await cli('validate', file, '--format', 'shopify');
    expect(code).toBe(1);
    expect(out).toContain('… and 1400 more');
    expect(out).toContain('1500 errors');
  });
});
