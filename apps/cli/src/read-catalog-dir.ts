import { createHash, type Hash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  AppError,
  brandSchema,
  categorySchema,
  parseInput,
  productSchema,
  type Brand,
  type Category,
  type Product,
} from '@storecraft/core';
import { z } from 'zod';
import { MANIFEST_FILE, readManifest, type CatalogRecord } from './output-manifest.ts';

export interface CatalogDir {
  dir: string;
  brand: Brand;
  categories: Category[];
  /**
   * What the folder's manifest says catalog.jsonl holds; null for a catalog without one (made by
   * hand or by an older StoreCraft), which cannot be checked for missing products.
   */
  expected: CatalogRecord | null;
  /**
   * Streams catalog.jsonl, validating each line; a bad line stops with its line number. At the end
   * the file is checked against the manifest (product count and SHA-256): a mismatch throws after
   * the last product, so callers write to a staging folder and keep its output only on success.
   */
  products: () => AsyncGenerator<Product>;
}

/** Opens a folder written by `storecraft generate` (given the folder or its catalog.jsonl). */
export async function readCatalogDir(from: string): Promise<CatalogDir> {
  const resolved = path.resolve(from);
  if (!existsSync(resolved))
    throw new AppError('INVALID_INPUT', `--from ${resolved} does not exist`);
  const isDir = (await stat(resolved)).isDirectory();
  const dir = isDir ? resolved : path.dirname(resolved);
  const catalogFile = isDir ? path.join(resolved, 'catalog.jsonl') : resolved;
  const name = path.basename(catalogFile);
  const need = (file: string) => {
    if (!existsSync(file)) {
      throw new AppError(
        'INVALID_INPUT',
        `${file} is missing: --from must point at the output of storecraft generate`,
      );
    }
    return file;
  };
  const manifest = await readManifest(dir);
  if (manifest && !manifest.complete) {
    throw new AppError(
      'INVALID_INPUT',
      `${dir} was not written completely (a run was interrupted while moving files into place); run storecraft generate again`,
    );
  }
  const brand = parseInput(
    brandSchema,
    await readJson(need(path.join(dir, 'brand.json'))),
    'brand.json',
  );
  const categories = parseInput(
    z.array(categorySchema),
    await readJson(need(path.join(dir, 'categories.json'))),
    'categories.json',
  );
  const expected = manifest?.catalog?.path === name ? manifest.catalog : null;

  // Cheap checks first, so an empty or cut-short file is refused before any work.
  const { size } = await stat(need(catalogFile));
  if (size === 0) throw emptyCatalog(name);
  if (expected && size !== expected.bytes) {
    const complete = await countCompleteLines(catalogFile);
    if (complete !== expected.products) throw mismatch(name, complete, expected);
    // As many lines as recorded, so one was edited: reading the products below finds a broken
    // line (with its number) or ends with the checksum mismatch.
  }

  return {
    dir,
    brand,
    categories,
    expected,
    async *products() {
      const hash = createHash('sha256');
      let count = 0;
      for await (const line of readLines(catalogFile, hash)) {
        if (line.text.trim() === '') continue;
        let json: unknown;
        try {
          json = JSON.parse(line.text);
        } catch {
          throw new AppError('INVALID_INPUT', `${name} line ${line.number} is not valid JSON`);
        }
        count++;
        yield parseInput(productSchema, json, `${name} line ${line.number}`);
      }
      if (count === 0) throw emptyCatalog(name);
      if (expected && (count !== expected.products || hash.digest('hex') !== expected.sha256))
        throw mismatch(name, count, expected);
    },
  };
}

/** The lines of a UTF-8 file, numbered from 1; feeds every byte read to `hash` when given. */
async function* readLines(
  file: string,
  hash?: Hash,
): AsyncGenerator<{ text: string; number: number }> {
  const input = createReadStream(file);
  // A second listener sees every chunk readline sees, in order, so the bytes are hashed as read.
  if (hash) input.on('data', (chunk: Buffer | string) => hash.update(chunk));
  let number = 0;
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity }))
      yield { text, number: ++number };
  } finally {
    input.destroy(); // the reader may stop early (a bad line): close the file now
  }
}

/** Non-blank lines that end in a newline: the products a cut-short file still holds whole. */
async function countCompleteLines(file: string): Promise<number> {
  let endsWithNewline = false;
  let lines = 0;
  let lastBlank = true;
  const input = createReadStream(file);
  input.on('data', (chunk: Buffer | string) => {
    if (chunk.length > 0)
      endsWithNewline = chunk.at(-1) === (typeof chunk === 'string' ? '\n' : 0x0a);
  });
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    lastBlank = text.trim() === '';
    if (!lastBlank) lines++;
  }
  return endsWithNewline || lastBlank ? lines : lines - 1;
}

function emptyCatalog(name: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${name} is empty: there are no products to export; regenerate it with storecraft generate`,
  );
}

function mismatch(name: string, products: number, expected: CatalogRecord): AppError {
  const what =
    products === expected.products
      ? `${name} does not match the checksum ${MANIFEST_FILE} records`
      : `${name} has ${products.toLocaleString('en-US')} products but ${MANIFEST_FILE} records ${expected.products.toLocaleString('en-US')}`;
  return new AppError(
    'INVALID_INPUT',
    `${what}: the file was changed or cut short; regenerate it with storecraft generate`,
  );
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', `${file} is not valid JSON`);
  }
}
