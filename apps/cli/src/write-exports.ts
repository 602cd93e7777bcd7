import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Brand, Category, Product } from '@storecraft/core';
import { exportCatalog, type CsvFormat, type ShopifyHeaderSet } from '@storecraft/exporters';

export interface WriteExportsInput {
  brand: Brand;
  categories: readonly Category[];
  /** Called once per format: each export streams the products again (nothing is held in memory). */
  products: () => AsyncIterable<Product> | Iterable<Product>;
  imageBaseUrl?: string;
  shopifyHeaders?: ShopifyHeaderSet;
}

/** Where each format's main file lands, relative to the output folder. */
export const exportFolders: Record<CsvFormat, string> = {
  shopify: 'shopify',
  woocommerce: 'woocommerce',
  magento: 'magento',
  bigcommerce: 'bigcommerce',
};

/** Streams each format's files into `dir/<format>/`, returning the files written (relative to dir). */
export async function writeExports(
  dir: string,
  formats: readonly CsvFormat[],
  input: WriteExportsInput,
): Promise<string[]> {
  const written: string[] = [];
  for (const format of formats) {
    const folder = path.join(dir, exportFolders[format]);
    await mkdir(folder, { recursive: true });
    const streams = new Map<string, WriteStream>();
    try {
      const chunks = exportCatalog(
        format,
        {
          brand: input.brand,
          categories: input.categories,
          products: input.products(),
          ...(input.imageBaseUrl ? { imageBaseUrl: input.imageBaseUrl } : {}),
        },
        input.shopifyHeaders ? { shopifyHeaders: input.shopifyHeaders } : {},
      );
      for await (const chunk of chunks) {
        let stream = streams.get(chunk.path);
        if (!stream) {
          stream = createWriteStream(path.join(folder, chunk.path));
          streams.set(chunk.path, stream);
          written.push(path.join(exportFolders[format], chunk.path));
        }
        if (!stream.write(chunk.data)) await once(stream, 'drain');
      }
    } finally {
      await Promise.all(
        [...streams.values()].map(async (s) => {
          s.end();
          await once(s, 'close');
        }),
      );
    }
  }
  return written;
}
