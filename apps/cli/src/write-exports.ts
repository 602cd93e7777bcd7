import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import type { Brand, Category, Product } from '@storecraft/core';
import { exportCatalog, type CsvFormat, type ShopifyHeaderSet } from '@storecraft/exporters';
import type { ManifestFile } from './output-manifest.ts';

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

/**
 * Streams each format's files into `dir/<format>/`, returning the files written (paths relative to
 * `dir`, `/`-separated) with their size and SHA-256 for the manifest.
 */
export async function writeExports(
  dir: string,
  formats: readonly CsvFormat[],
  input: WriteExportsInput,
): Promise<ManifestFile[]> {
  const written: ManifestFile[] = [];
  for (const format of formats) {
    const folder = path.join(dir, exportFolders[format]);
    await mkdir(folder, { recursive: true });
    const files = new Map<string, { stream: WriteStream; hash: Hash; bytes: number }>();
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
        let file = files.get(chunk.path);
        if (!file) {
          const stream = createWriteStream(path.join(folder, chunk.path));
          // Kept until `finished` reports it: a failed write (disk full) must not go unhandled.
          stream.on('error', () => {});
          file = { stream, hash: createHash('sha256'), bytes: 0 };
          files.set(chunk.path, file);
        }
        // Encoded once, then hashed and written as the same bytes.
        const data = Buffer.from(chunk.data);
        file.hash.update(data);
        file.bytes += data.length;
        if (file.stream.errored) throw file.stream.errored;
        if (!file.stream.write(data)) await once(file.stream, 'drain');
      }
    } catch (error) {
      await closeAll(files.values()).catch(() => {});
      throw error;
    }
    await closeAll(files.values());
    for (const [name, file] of files) {
      written.push({
        path: `${exportFolders[format]}/${name}`,
        bytes: file.bytes,
        sha256: file.hash.digest('hex'),
      });
    }
  }
  return written;
}

/** Ends every stream and waits until each is flushed and closed; rejects if any write failed. */
async function closeAll(files: Iterable<{ stream: WriteStream }>): Promise<void> {
  const results = await Promise.allSettled([...files].map(({ stream }) => finished(stream.end())));
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}
