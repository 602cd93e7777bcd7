import type { Product } from '@storecraft/core';
import { createImageUrlResolver, renderedImages, variantImage } from '../catalog/image-urls.ts';
import { formatCents, upperBoolean } from '../catalog/format-values.ts';
import { CsvFileWriter } from '../csv/csv-file-writer.ts';
import { sanitizeDescription } from '../html/sanitize-description.ts';
import type { ExportChunk, ExportInput, ShopifyHeaderSet } from '../types.ts';
import {
  SHOPIFY_COLUMNS,
  SHOPIFY_CURRENT_HEADERS,
  SHOPIFY_LEGACY_HEADERS,
  type ShopifyColumns,
} from './shopify-headers.ts';

export const SHOPIFY_FILE_NAME = 'products.csv';
export const SHOPIFY_MAX_FILE_BYTES = 15 * 1024 * 1024;

/** `products.csv`, then `products-part-2.csv`, `products-part-3.csv`, … */
export function shopifyPartPath(part: number): string {
  return part <= 1 ? SHOPIFY_FILE_NAME : `products-part-${part}.csv`;
}

export interface ShopifyWriteOptions {
  headers?: ShopifyHeaderSet;
  maxFileBytes?: number;
}

type ColumnIndexes = Record<
  Exclude<keyof ShopifyColumns, 'optionNames' | 'optionValues'>,
  number
> & {
  optionNames: readonly number[];
  optionValues: readonly number[];
};

function indexColumns(headers: readonly string[], names: ShopifyColumns): ColumnIndexes {
  const at = (name: string): number => {
    const index = headers.indexOf(name);
    if (index < 0) throw new Error(`Shopify header set lacks "${name}"`);
    return index;
  };
  const { optionNames, optionValues, ...single } = names;
  const singles = Object.fromEntries(
    Object.entries(single).map(([key, name]) => [key, at(name)]),
  ) as Record<keyof typeof single, number>;
  return { ...singles, optionNames: optionNames.map(at), optionValues: optionValues.map(at) };
}

function setAt(row: string[], index: number | undefined, value: string): void {
  if (index !== undefined) row[index] = value;
}

/** Shopify tags are comma-separated, so a comma inside one tag would split it. */
function formatTags(tags: readonly string[]): string {
  return tags
    .map((tag) => tag.replace(/,/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((tag) => tag !== '')
    .join(', ');
}

/**
 * Shopify product CSV. Row model: the first row of a handle carries the product fields, the option
 * names and the first variant; each further variant gets a row with the handle, its option values
 * and variant fields; rendered images go one per row (row k carries image k) with increasing
 * `Image position`. A product without options gets Shopify's `Title` / `Default Title` option.
 */
export async function* writeShopifyCsv(
  input: ExportInput,
  options: ShopifyWriteOptions = {},
): AsyncGenerator<ExportChunk> {
  const headerSet = options.headers ?? 'current';
  const headers = headerSet === 'current' ? SHOPIFY_CURRENT_HEADERS : SHOPIFY_LEGACY_HEADERS;
  const ix = indexColumns(headers, SHOPIFY_COLUMNS[headerSet]);
  const imageUrl = createImageUrlResolver(input.imageBaseUrl);
  const deny = headerSet === 'current' ? 'DENY' : 'deny';
  const allow = headerSet === 'current' ? 'CONTINUE' : 'continue';
  const writer = new CsvFileWriter(headers, {
    path: SHOPIFY_FILE_NAME,
    maxFileBytes: options.maxFileBytes ?? SHOPIFY_MAX_FILE_BYTES,
    partPath: shopifyPartPath,
  });

  const rowsFor = (product: Product): string[][] => {
    const images = renderedImages(product);
    const count = Math.max(product.variants.length, images.length);
    const rows: string[][] = [];
    for (let k = 0; k < count; k++) {
      const row: string[] = new Array<string>(headers.length).fill('');
      row[ix.handle] = product.handle;
      if (k === 0) {
        row[ix.title] = product.title;
        row[ix.body] = sanitizeDescription(product.bodyHtml);
        row[ix.vendor] = product.vendor;
        row[ix.productCategory] = product.taxonomyPath;
        row[ix.type] = product.productType;
        row[ix.tags] = formatTags(product.tags);
        row[ix.published] = upperBoolean(product.publishedOnline);
        row[ix.status] = product.status;
        row[ix.giftCard] = 'FALSE';
        row[ix.seoTitle] = product.seoTitle;
        row[ix.seoDescription] = product.seoDescription;
        if (product.options.length === 0) {
          setAt(row, ix.optionNames[0], 'Title');
        } else {
          product.options.forEach((option, i) => setAt(row, ix.optionNames[i], option.name));
        }
      }
      const variant = product.variants[k];
      if (variant) {
        if (product.options.length === 0) {
          setAt(row, ix.optionValues[0], 'Default Title');
        } else {
          variant.optionValues.forEach((value, i) => setAt(row, ix.optionValues[i], value));
        }
        row[ix.sku] = variant.sku;
        row[ix.barcode] = variant.barcode;
        row[ix.price] = formatCents(variant.priceCents);
        row[ix.compareAtPrice] =
          variant.compareAtPriceCents === null ? '' : formatCents(variant.compareAtPriceCents);
        row[ix.cost] = formatCents(variant.costCents);
        row[ix.taxable] = upperBoolean(variant.taxable);
        row[ix.inventoryTracker] = 'shopify';
        row[ix.inventoryQuantity] = String(variant.inventoryQuantity);
        row[ix.inventoryPolicy] = variant.inventoryPolicy === 'continue' ? allow : deny;
        row[ix.grams] = String(variant.grams);
        row[ix.weightUnit] = 'g';
        row[ix.requiresShipping] = upperBoolean(variant.requiresShipping);
        row[ix.fulfillmentService] = 'manual';
        const image = variantImage(product, variant);
        if (image?.src) row[ix.variantImage] = imageUrl(image.src);
      }
      const image = images[k];
      if (image?.src) {
        row[ix.imageSrc] = imageUrl(image.src);
        row[ix.imagePosition] = String(k + 1);
        row[ix.imageAlt] = image.alt;
      }
      rows.push(row);
    }
    return rows;
  };

  for await (const product of input.products) {
    yield* writer.addGroup(rowsFor(product));
  }
  yield* writer.finish();
}
