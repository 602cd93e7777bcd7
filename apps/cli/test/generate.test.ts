import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brandSchema, productSchema } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.ts';

const run = promisify(execFile);

describe('storecraft generate', () => {
  it('writes brand, categories, logo and one product per line, and prints a summary', async () => {
    const out = path.join(tempDir(), 'shop');
    const { code, out: stdout } = await cli(
      'generate',
      '--no-images',
      '--niche',
      'specialty coffee',
      '--products',
      '25',
      '--seed',
      '42',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'brand.json',
      'catalog.jsonl',
      'categories.json',
      'logo.svg',
      'shopify',
      'storecraft-manifest.json',
    ]);
    const brand = brandSchema.parse(JSON.parse(readFileSync(path.join(out, 'brand.json'), 'utf8')));
    expect(readFileSync(path.join(out, 'logo.svg'), 'utf8')).toBe(brand.logoSvg);
    const lines = readFileSync(path.join(out, 'catalog.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    for (const line of lines) productSchema.parse(JSON.parse(line));
    expect(stdout).toMatch(/products\s+25/);
    expect(stdout).toMatch(/seed\s+42/);
    expect(stdout).toMatch(/price range\s+\$\d+\.\d\d – \$\d+\.\d\d/);
  });

  it('repeats a run byte for byte from its seed, and prints a random seed when none is given', async () => {
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    const first = await cli(
      'generate',
      '--no-images',
      '--niche',
      'luxury candles',
      '--products',
      '40',
      '--out',
      a,
      '--json',
    );
    const seed = (JSON.parse(first.out) as { seed: string }).seed;
    expect(seed).toMatch(/^[0-9a-f]{8}$/);
    await cli(
      'generate',
      '--no-images',
      '--niche',
      'luxury candles',
      '--products',
      '40',
      '--out',
      b,
      '--seed',
      seed,
    );
    for (const file of ['brand.json', 'catalog.jsonl', 'categories.json', 'logo.svg']) {
      expect(readFileSync(path.join(b, file)), file).toEqual(readFileSync(path.join(a, file)));
    }
  });

  it('prints the summary as JSON with --json', async () => {
    const { code, out } = await cli(
      'generate',
      '--no-images',
      '--niche',
      'cycling gear',
      '--products',
      '3',
      '--seed',
      's',
      '--out',
      path.join(tempDir(), 'j'),
      '--json',
    );
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { products: number; seed: string; files: string[] };
    expect(summary).toMatchObject({ products: 3, seed: 's' });
    expect(summary.files).toContain('catalog.jsonl');
  });

  it.each([
    [['--products', 'abc'], /products: must be a whole number like 200/],
    [['--products', '0'], /products: must be between 1 and 200000/],
    [['--products', '2.5'], /products: must be a whole number/],
    [['--niche', '  '], /niche: must not be empty/],
  ])('refuses %j with exit code 2 and writes nothing', async (flags, message) => {
    const dir = tempDir();
    const out = path.join(dir, 'shop');
    const args = ['generate', '--niche', 'coffee', '--out', out, ...flags];
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a missing --niche and an unknown flag with exit code 2', async () => {
    expect((await cli('generate')).code).toBe(2);
    const unknown = await cli('generate', '--no-images', '--niche', 'x', '--prodcts', '5');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown option '--prodcts'/);
  });

  it('will not overwrite a folder that is not StoreCraft output', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'thesis.docx'), 'precious');
    const { code, err } = await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--products',
      '2',
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(err).toMatch(/not empty/);
    expect(readdirSync(out)).toEqual(['thesis.docx']);
  });

  it('replaces its own previous output in place, leaving no temporary folders', async () => {
    const parent = tempDir();
    const out = path.join(parent, 'shop');
    mkdirSync(out);
    await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--products',
      '2',
      '--seed',
      '1',
      '--out',
      out,
    );
    await cli(
      'generate',
      '--no-images',
      '--niche',
      'tea',
      '--products',
      '3',
      '--seed',
      '2',
      '--out',
      out,
    );
    expect(readdirSync(parent)).toEqual(['shop']);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(
      readFileSync(path.join(out, 'catalog.jsonl'), 'utf8').trimEnd().split('\n'),
    ).toHaveLength(3);
  });

  it('runs as the installed binary', async () => {
    const bin = path.resolve(import.meta.dirname, '../../../node_modules/.bin/storecraft');
    const out = path.join(tempDir(), 'bin');
    const { stdout } = await run(bin, [
      'generate',
      '--no-images',
      '--niche',
      'artisanal hot sauce',
      '--products',
      '5',
      '--seed',
      '7',
      '--out',
      out,
    ]);
    expect(stdout).toContain('Gourmet');
    expect(existsSync(path.join(out, 'catalog.jsonl'))).toBe(true);
    const failed = await run(bin, ['generate', '--niche', 'x', '--products', 'many']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
  });
});
