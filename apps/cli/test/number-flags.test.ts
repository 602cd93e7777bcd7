import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wholeNumberSchema } from '../src/commands/options.ts';
import { cli, tempDir } from './run-cli.ts';

describe('count flags take whole numbers only', () => {
  it.each([
    ['1e3', /products: must be a whole number like 200 \(got "1e3"\)/],
    ['0x10', /products: must be a whole number like 200 \(got "0x10"\)/],
    ['1.5', /products: must be a whole number like 200 \(got "1.5"\)/],
    ['1.0', /products: must be a whole number like 200 \(got "1.0"\)/],
    ['abc', /products: must be a whole number like 200 \(got "abc"\)/],
    [' ', /products: must be a whole number like 200 \(got " "\)/],
    ['-1', /products: must be between 1 and 200000 \(got -1\)/],
    ['0', /products: must be between 1 and 200000 \(got 0\)/],
    ['200001', /products: must be between 1 and 200000 \(got 200001\)/],
  ])('generate --products %j exits 2 and says why', async (value, message) => {
    const dir = tempDir();
    const { code, err } = await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--out',
      path.join(dir, 'shop'),
      `--products=${value}`,
    );
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it.each(['200', ' 200 '])('generate --products %j makes 200 products', async (value) => {
    const out = path.join(tempDir(), 'shop');
    const { code } = await cli(
      'generate',
      '--no-images',
      '--niche',
      'coffee',
      '--seed',
      'n',
      '--out',
      out,
      '--products',
      value,
    );
    expect(code).toBe(0);
    expect(
      readFileSync(path.join(out, 'catalog.jsonl'), 'utf8').trimEnd().split('\n'),
    ).toHaveLength(200);
  });

  it.each([
    ['0', /concurrency: must be between 1 and 200 \(got 0\)/],
    ['201', /concurrency: must be between 1 and 200 \(got 201\)/],
    ['1e1', /concurrency: must be a whole number like 20 \(got "1e1"\)/],
    ['+5', /concurrency: must be a whole number like 20 \(got "\+5"\)/],
  ])('worker --concurrency %j exits 2 and says why', async (value, message) => {
    const { code, err } = await cli('worker', `--concurrency=${value}`);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('worker --concurrency 20 passes the flag check and goes on to need DATABASE_URL', async () => {
    const { code, err } = await cli('worker', '--concurrency', '20');
    expect(code).toBe(2);
    expect(err).not.toMatch(/concurrency/);
    expect(err).toMatch(/needs DATABASE_URL/);
  });

  it('reads digits grouped in threes by commas or underscores, and nothing looser', () => {
    const schema = wholeNumberSchema({ min: 1, max: 200_000, example: 200 });
    const read = (text: string) => {
      const result = schema.safeParse(text);
      return result.success ? result.data : null;
    };
    expect(read('200,000')).toBe(200_000);
    expect(read('1_000')).toBe(1000);
    expect(read('\t42\n')).toBe(42);
    for (const text of ['1,00', '1_0000', '1,000_000', ',100', '007', '٣', '1 000', '', '2e2'])
      expect(read(text), text).toBeNull();
  });
});
