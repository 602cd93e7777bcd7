import type { Brand, Category, Product } from '@storecraft/core';

/** The import formats StoreCraft writes. */
export const csvFormats = ['shopify', 'woocommerce', 'magento', 'bigcommerce'] as const;
export type CsvFormat = (typeof csvFormats)[number];

export interface ExportInput {
  brand: Brand;
  categories: readonly Category[];
  products: AsyncIterable<Product> | Iterable<Product>;
  /** Absolute http(s) base for image URLs; without it, image cells hold paths relative to the output dir. */
  imageBaseUrl?: string;
}

/**
 * One piece of output: append `data` to the file at `path` (relative to the format's folder). Paths
 * change when a file is split or a side file (README) is written.
 */
export interface ExportChunk {
  path: string;
  data: string;
}

export type ShopifyHeaderSet = 'current' | 'legacy';

export interface ExportOptions {
  /** Shopify only: the 2026 template's headers (default) or the legacy `Handle, Title, Body (HTML), …` set. */
  shopifyHeaders?: ShopifyHeaderSet;
  /** Shopify only: start a new part before a file would exceed this many bytes (default 15 MiB). */
  maxFileBytes?: number;
}
