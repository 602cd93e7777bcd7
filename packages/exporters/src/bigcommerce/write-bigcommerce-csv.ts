import { AppError, type Product, type Variant } from '@storecraft/core';
import { formatCents, gramsToKilograms, upperBoolean } from '../catalog/format-values.ts';
import { HashedKeySet } from '../catalog/hashed-key-set.ts';
import { createImageUrlResolver, renderedImages, variantImage } from '../catalog/image-urls.ts';
import { CsvFileWriter } from '../csv/csv-file-writer.ts';
import { createRowBuilder } from '../csv/row-builder.ts';
import { sanitizeDescription } from '../html/sanitize-description.ts';
import type { ExportChunk, ExportInput } from '../types.ts';
import { BIGCOMMERCE_HEADERS, BIGCOMMERCE_MAX_VARIANTS } from './bigcommerce-headers.ts';

export const BIGCOMMERCE_FILE_NAME = 'products.csv';

/** `|` separates the parts of the Options cell, so names and values cannot hold it. */
function optionText(text: string): string {
  return text.replace(/\|/g, '/').trim();
}

/** `Type=Rectangle|Name=Size|Value=M|Type=Rectangle|Name=Colour|Value=Red` */
export function bigCommerceOptions(product: Product, variant: Variant): string {
  return variant.optionValues
    .map(
      (value, i) =>
        `Type=Rectangle|Name=${optionText(product.options[i]?.name ?? '')}|Value=${optionText(value)}`,
    )
    .join('|');
}

/**
 * BigCommerce modern (v3) product import: a `Product` row, then one `Variant` row per variant
 * (options as `Type=Rectangle|Name=…|Value=…` triples), then one `Image` row per rendered image.
 * Product names must be unique, so a repeated title gets ` (2)`, ` (3)`, …; more than 600 variants
 * is refused. Weight in kg; `Price` is the compare-at price when there is one, `Sale Price` the price.
 */
export async function* writeBigCommerceCsv(input: ExportInput): AsyncGenerator<ExportChunk> {
  const { newRow, set } = createRowBuilder(BIGCOMMERCE_HEADERS);
  const imageUrl = createImageUrlResolver(input.imageBaseUrl);
  const writer = new CsvFileWriter(BIGCOMMERCE_HEADERS, { path: BIGCOMMERCE_FILE_NAME });
  // Hashes, not strings: memory stays flat however many products stream through.
  const names = new HashedKeySet();

  const uniqueName = (title: string): string => {
    let name = title;
    for (let n = 2; !names.add(name.toLowerCase()); n++) name = `${title} (${n})`;
    return name;
  };

  const setPricing = (row: string[], variant: Variant) => {
    if (variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents) {
      set(row, 'Price', formatCents(variant.compareAtPriceCents));
      set(row, 'Sale Price', formatCents(variant.priceCents));
    } else {
      set(row, 'Price', formatCents(variant.priceCents));
    }
    set(row, 'Cost Price', formatCents(variant.costCents));
  };

  const rowsFor = (product: Product): string[][] => {
    if (product.variants.length > BIGCOMMERCE_MAX_VARIANTS) {
      throw new AppError(
        'INVALID_INPUT',
        `Product "${product.handle}" has ${product.variants.length} variants; BigCommerce allows ${BIGCOMMERCE_MAX_VARIANTS}`,
      );
    }
    const hasVariants = product.options.length > 0;
    const physical = product.variants.some((v) => v.requiresShipping);
    const first = product.variants[0];
    const main = newRow();
    set(main, 'Item', 'Product');
    set(main, 'Name', uniqueName(product.title));
    set(main, 'Type', physical ? 'physical' : 'digital');
    set(main, 'Inventory Tracking', hasVariants ? 'variant' : 'product');
    if (first) {
      setPricing(main, first);
      if (physical) set(main, 'Weight', gramsToKilograms(first.grams));
      if (!hasVariants) {
        set(main, 'SKU', first.sku);
        set(main, 'Current Stock', String(first.inventoryQuantity));
        set(main, 'UPC/EAN', first.barcode);
      }
    }
    set(main, 'Description', sanitizeDescription(product.bodyHtml));
    set(main, 'Page Title', product.seoTitle);
    set(main, 'Product URL', `/${product.handle}/`);
    set(main, 'Meta Description', product.seoDescription);
    set(main, 'Search Keywords', product.tags.map((tag) => tag.replace(/,/g, ' ')).join(','));
    set(main, 'Is Visible', upperBoolean(product.status === 'active' && product.publishedOnline));
    const rows = [main];
    if (hasVariants) {
      for (const variant of product.variants) {
        const row = newRow();
        set(row, 'Item', 'Variant');
        set(row, 'SKU', variant.sku);
        set(row, 'Options', bigCommerceOptions(product, variant));
        set(row, 'Current Stock', String(variant.inventoryQuantity));
        setPricing(row, variant);
        set(row, 'UPC/EAN', variant.barcode);
        if (physical) set(row, 'Weight', gramsToKilograms(variant.grams));
        const image = variantImage(product, variant);
        if (image?.src) set(row, 'Variant Image URL', imageUrl(image.src));
        rows.push(row);
      }
    }
    renderedImages(product).forEach((image, i) => {
      const row = newRow();
      set(row, 'Item', 'Image');
      set(row, 'Image URL (Import)', imageUrl(image.src ?? ''));
      set(row, 'Image Description', image.alt);
      set(row, 'Image is Thumbnail', upperBoolean(i === 0));
      set(row, 'Image Sort Order', String(i));
      rows.push(row);
    });
    return rows;
  };

  for await (const product of input.products) {
    yield* writer.addGroup(rowsFor(product));
  }
  yield* writer.finish();
}
