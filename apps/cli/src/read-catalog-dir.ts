import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

export interface CatalogDir {
  dir: string;
  brand: Brand;
  categories: Category[];
  /** Streams catalog.jsonl, validating each line; a bad line stops with its line number. */
  products: () => AsyncGenerator<Product>;
}

/** Opens a folder written by `storecraft generate` (given the folder or its catalog.jsonl). */
export async function readCatalogDir(from: string): Promise<CatalogDir> {
  const resolved = path.resolve(from);
  if (!existsSync(resolved))
    throw new AppError('INVALID_INPUT', `--from ${resolved} does not exist`);
  const dir = statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
  const catalogFile = statSync(resolved).isDirectory()
    ? path.join(resolved, 'catalog.jsonl')
    : resolved;
  const need = (name: string) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      throw new AppError(
        'INVALID_INPUT',
        `${file} is missing: --from must point at the output of storecraft generate`,
      );
    }
    return file;
  };
  const brand = parseInput(brandSchema, await readJson(need('brand.json')), 'brand.json');
  const categories = parseInput(
    z.array(categorySchema),
    await readJson(need('categories.json')),
    'categories.json',
  );
  need(path.basename(catalogFile));
  return {
    dir,
    brand,
    categories,
    async *products() {
      const lines = createInterface({ input: createReadStream(catalogFile), crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          throw new AppError(
            'INVALID_INPUT',
            `${path.basename(catalogFile)} line ${n} is not valid JSON`,
          );
        }
        yield parseInput(productSchema, json, `${path.basename(catalogFile)} line ${n}`);
      }
    },
  };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new AppError('INVALID_INPUT', `${file} is not valid JSON`);
  }
}
