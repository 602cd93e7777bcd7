import type { Product, Variant } from '@storecraft/core';
import { createCategoryPathResolver } from '../catalog/category-paths.ts';
import { formatCents, gramsToKilograms, slugify } from '../catalog/format-values.ts';
import { createImageUrlResolver, renderedImages, variantImage } from '../catalog/image-urls.ts';
import { CsvFileWriter } from '../csv/csv-file-writer.ts';
import { createRowBuilder } from '../csv/row-builder.ts';
import { sanitizeDescription, textToHtmlParagraph } from '../html/sanitize-description.ts';
import type { ExportChunk, ExportInput } from '../types.ts';
import { attributeColumns, WOOCOMMERCE_HEADERS } from './woocommerce-headers.ts';

export const WOOCOMMERCE_FILE_NAME = 'products.csv';

/** WooCommerce names global attributes `pa_<slug>` in a 32-character taxonomy name. */
const MAX_GLOBAL_ATTRIBUTE_SLUG = 28;

/** List cells (tags, categories, attribute values) are comma-separated; a comma inside one item is `\,`. */
export function escapeListItem(value: string): string {
  return value.replace(/,/g, '\\,');
}

/** WordPress prints product names as HTML, so angle brackets go out as entities. */
function escapeName(name: string): string {
  return name.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The exporter's `filter_description_field`: a literal `\n` becomes `\\n` and a line break becomes a
 * literal `\n`, which the importer turns back into a line break.
 */
function escapeDescription(html: string): string {
  return html.replace(/\\n/g, '\\\\n').replace(/\r\n|\r|\n/g, '\\n');
}

function published(product: Product): string {
  if (product.status !== 'active') return '-1'; // draft
  return product.publishedOnline ? '1' : '0'; // published : private
}

function stockCells(variant: Variant) {
  const backorders = variant.inventoryPolicy === 'continue';
  return {
    inStock: variant.inventoryQuantity > 0 ? '1' : backorders ? 'backorder' : '0',
    stock: String(variant.inventoryQuantity),
    backorders: backorders ? '1' : '0',
  };
}

/**
 * WooCommerce core importer CSV: a `simple` row for a product without options, else a `variable`
 * parent (SKU = handle) followed by one `variation` row per variant with `Parent` = the parent SKU
 * and one value per attribute. Weight in kg; `Regular price` is the compare-at price when there is
 * one, with `Sale price` the price.
 */
export async function* writeWooCommerceCsv(input: ExportInput): AsyncGenerator<ExportChunk> {
  const headers = WOOCOMMERCE_HEADERS;
  const imageUrl = createImageUrlResolver(input.imageBaseUrl);
  const categoryPath = createCategoryPathResolver(input.categories);
  const writer = new CsvFileWriter(headers, { path: WOOCOMMERCE_FILE_NAME });

  const { newRow, set } = createRowBuilder(headers);

  const setPrices = (row: string[], variant: Variant) => {
    if (variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents) {
      set(row, 'Regular price', formatCents(variant.compareAtPriceCents));
      set(row, 'Sale price', formatCents(variant.priceCents));
    } else {
      set(row, 'Regular price', formatCents(variant.priceCents));
    }
  };

  const setVariantFields = (row: string[], variant: Variant) => {
    const stock = stockCells(variant);
    set(row, 'GTIN, UPC, EAN, or ISBN', variant.barcode);
    set(row, 'In stock?', stock.inStock);
    set(row, 'Stock', stock.stock);
    set(row, 'Backorders allowed?', stock.backorders);
    if (variant.requiresShipping) set(row, 'Weight (kg)', gramsToKilograms(variant.grams));
    setPrices(row, variant);
  };

  const rowsFor = (product: Product): string[][] => {
    const images = renderedImages(product);
    const parent = newRow();
    const first = product.variants[0];
    const isVariable = product.options.length > 0;
    const virtual = product.variants.every((v) => !v.requiresShipping) ? ', virtual' : '';
    set(parent, 'Type', `${isVariable ? 'variable' : 'simple'}${virtual}`);
    set(parent, 'SKU', isVariable || !first ? product.handle : first.sku);
    set(parent, 'Name', escapeName(product.title));
    set(parent, 'Published', published(product));
    set(parent, 'Is featured?', '0');
    set(parent, 'Visibility in catalog', 'visible');
    set(
      parent,
      'Short description',
      escapeDescription(textToHtmlParagraph(product.seoDescription)),
    );
    set(parent, 'Description', escapeDescription(sanitizeDescription(product.bodyHtml)));
    set(parent, 'Tax status', product.variants.some((v) => v.taxable) ? 'taxable' : 'none');
    set(parent, 'Allow customer reviews?', '1');
    const path = categoryPath(product.categoryHandle);
    // `>` separates levels and cannot be escaped inside a name.
    if (path.length > 0) {
      set(parent, 'Categories', escapeListItem(path.map((t) => t.replace(/>/g, '›')).join(' > ')));
    }
    set(parent, 'Tags', product.tags.map(escapeListItem).join(', '));
    set(parent, 'Images', images.map((image) => imageUrl(image.src ?? '')).join(', '));
    if (!isVariable) {
      if (first) setVariantFields(parent, first);
      return [parent];
    }

    const slots = product.options.map((_option, i) => attributeColumns(i + 1));
    const isGlobal = product.options.map((o) =>
      slugify(o.name).length > 0 && slugify(o.name).length <= MAX_GLOBAL_ATTRIBUTE_SLUG ? '1' : '0',
    );
    product.options.forEach((option, i) => {
      const slot = slots[i];
      if (!slot) return;
      set(parent, slot.name, option.name);
      set(parent, slot.values, option.values.map(escapeListItem).join(', '));
      set(parent, slot.visible, '1');
      set(parent, slot.global, isGlobal[i] ?? '0');
      set(parent, slot.default, first?.optionValues[i] ?? '');
    });

    const rows = [parent];
    for (const variant of product.variants) {
      const row = newRow();
      set(row, 'Type', `variation${variant.requiresShipping ? '' : ', virtual'}`);
      set(row, 'SKU', variant.sku);
      set(row, 'Name', escapeName(`${product.title} - ${variant.optionValues.join(', ')}`));
      set(row, 'Published', '1');
      set(row, 'Tax class', 'parent');
      set(row, 'Parent', product.handle);
      setVariantFields(row, variant);
      const image = variantImage(product, variant);
      if (image?.src) set(row, 'Images', imageUrl(image.src));
      variant.optionValues.forEach((value, i) => {
        const slot = slots[i];
        if (!slot) return;
        set(row, slot.name, product.options[i]?.name ?? '');
        set(row, slot.values, escapeListItem(value));
        set(row, slot.global, isGlobal[i] ?? '0');
      });
      rows.push(row);
    }
    return rows;
  };

  for await (const product of input.products) {
    yield* writer.addGroup(rowsFor(product));
  }
  yield* writer.finish();
}
