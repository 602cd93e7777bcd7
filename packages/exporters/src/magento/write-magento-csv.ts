import type { Brand, Product, Variant } from '@storecraft/core';
import { createCategoryPathResolver } from '../catalog/category-paths.ts';
import { HashedKeySet } from '../catalog/hashed-key-set.ts';
import { formatCents, gramsToKilograms, slugify } from '../catalog/format-values.ts';
import { createImageUrlResolver, renderedImages, variantImage } from '../catalog/image-urls.ts';
import { CsvFileWriter } from '../csv/csv-file-writer.ts';
import { createRowBuilder } from '../csv/row-builder.ts';
import { sanitizeDescription, textToHtmlParagraph } from '../html/sanitize-description.ts';
import type { ExportChunk, ExportInput } from '../types.ts';
import { MAGENTO_HEADERS, MAGENTO_ROOT_CATEGORY } from './magento-headers.ts';

export const MAGENTO_FILE_NAME = 'catalog_product.csv';
export const MAGENTO_README_NAME = 'README-magento.txt';

/** Attribute codes Magento already uses for something else than a dropdown. */
const RESERVED_CODES = new Set([
  'sku',
  'name',
  'price',
  'weight',
  'status',
  'visibility',
  'description',
  'short_description',
  'url_key',
  'image',
  'small_image',
  'thumbnail',
  'qty',
  'category_ids',
  'quantity_and_stock_status',
  'tax_class_id',
  'special_price',
  'cost',
  'gallery',
  'media_gallery',
  'meta_title',
  'meta_keyword',
  'meta_description',
  'news_from_date',
  'news_to_date',
  'country_of_manufacture',
]);

/** Option name → Magento attribute code: `Colour` → `color` (the attribute Magento ships), `Cup Size` → `cup_size`. */
export function magentoAttributeCode(optionName: string): string {
  let code = slugify(optionName, '_');
  if (code === 'colour' || code === 'color') return 'color';
  if (code === '' || !/^[a-z]/.test(code)) code = `opt_${code}`;
  if (RESERVED_CODES.has(code)) code = `opt_${code}`;
  return code.slice(0, 60);
}

/** `,` `|` and `=` separate pairs and entries in Magento's multi-value cells; values cannot hold them. */
export function magentoOptionValue(value: string): string {
  return value.replace(/[,|=]/g, '-').trim();
}

/** Category names: `/` separates levels and `,` separates categories. */
function categoryName(title: string): string {
  return title.replace(/\//g, '-').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Labels in `additional_image_labels` are comma-separated. */
function imageLabel(alt: string): string {
  return alt.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

interface AttributeUse {
  label: string;
  values: Set<string>;
}

function readme(
  brand: Brand,
  attributes: Map<string, AttributeUse>,
  imageBaseUrl?: string,
): string {
  const lines = [
    `Magento 2 import notes for ${brand.name} (written by StoreCraft)`,
    '',
    'Import catalog_product.csv at System > Data Transfer > Import: Entity Type "Products",',
    'Import Behavior "Add/Update", Field separator ",", Multiple value separator ",".',
    imageBaseUrl
      ? `Images are URLs under ${imageBaseUrl}; Magento downloads them during the import.`
      : 'Image cells are paths relative to this folder: copy the images/ folder into var/import/images\n' +
        '(or the Images File Directory you enter on the import page).',
    '',
    'Before importing, create these product attributes (Stores > Attributes > Product):',
    'Catalog Input Type "Dropdown" (or a swatch type), Scope "Global", and add each to the attribute',
    'set "Default". Add every option value listed below: Magento cannot create attributes or option',
    'values during an import.',
    '',
  ];
  if (attributes.size === 0) lines.push('  (none: no product has options)');
  for (const [code, use] of attributes) {
    lines.push(`  ${code}  (label "${use.label}")`);
    lines.push(`    ${[...use.values].join(' | ')}`);
  }
  lines.push(
    '',
    'Units: weight is in kilograms, so set Stores > Configuration > General > Locale Options > Weight',
    `Unit to "kgs". Prices are in ${brand.currency}, the base currency of the website "base".`,
    `Categories are created under the root category "${MAGENTO_ROOT_CATEGORY}".`,
    'Configurable products come after their simple children, which are "Not Visible Individually".',
    '',
  );
  return lines.join('\n');
}

/**
 * Magento 2 `catalog_product` CSV: products without options are one `simple` (or `virtual`) row;
 * products with options are their simple children ("Not Visible Individually", attribute values in
 * `additional_attributes`) followed by the `configurable` parent (SKU = handle) whose
 * `configurable_variations` lists `sku=…,color=…,size=…|…`. Every row has its own `url_key`. After
 * the CSV comes README-magento.txt listing the attributes and values the store must have.
 */
export async function* writeMagentoCsv(input: ExportInput): AsyncGenerator<ExportChunk> {
  const headers = MAGENTO_HEADERS;
  const imageUrl = createImageUrlResolver(input.imageBaseUrl);
  const categoryPath = createCategoryPathResolver(input.categories);
  const writer = new CsvFileWriter(headers, { path: MAGENTO_FILE_NAME });
  // Only hashes: every url_key of a 200,000-product catalog as strings took hundreds of MB.
  const urlKeys = new HashedKeySet();
  const attributes = new Map<string, AttributeUse>();

  const { newRow, set } = createRowBuilder(headers);
  /** Magento refuses an import whose rows share a url_key, so later ones get a number. */
  const uniqueUrlKey = (wanted: string): string => {
    const base = wanted || 'product';
    let key = base;
    for (let n = 2; !urlKeys.add(key); n++) key = `${base}-${n}`;
    return key;
  };

  const setCommon = (row: string[], product: Product) => {
    set(row, 'attribute_set_code', 'Default');
    set(row, 'product_websites', 'base');
    set(row, 'product_online', product.status === 'active' ? '1' : '2');
    set(row, 'tax_class_name', product.variants.some((v) => v.taxable) ? 'Taxable Goods' : 'None');
  };

  const setVariantFields = (row: string[], variant: Variant) => {
    set(row, 'sku', variant.sku);
    set(row, 'product_type', variant.requiresShipping ? 'simple' : 'virtual');
    if (variant.requiresShipping) set(row, 'weight', gramsToKilograms(variant.grams));
    set(row, 'tax_class_name', variant.taxable ? 'Taxable Goods' : 'None');
    if (variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents) {
      set(row, 'price', formatCents(variant.compareAtPriceCents));
      set(row, 'special_price', formatCents(variant.priceCents));
    } else {
      set(row, 'price', formatCents(variant.priceCents));
    }
    const backorders = variant.inventoryPolicy === 'continue';
    set(row, 'qty', String(variant.inventoryQuantity));
    set(row, 'allow_backorders', backorders ? '1' : '0');
    set(row, 'use_config_backorders', '0');
    set(row, 'is_in_stock', variant.inventoryQuantity > 0 || backorders ? '1' : '0');
    set(row, 'manage_stock', '1');
    set(row, 'use_config_manage_stock', '0');
  };

  const setProductFields = (row: string[], product: Product) => {
    set(row, 'name', product.title);
    const path = categoryPath(product.categoryHandle);
    if (path.length > 0) {
      set(row, 'categories', [MAGENTO_ROOT_CATEGORY, ...path.map(categoryName)].join('/'));
    }
    set(row, 'description', sanitizeDescription(product.bodyHtml));
    set(row, 'short_description', textToHtmlParagraph(product.seoDescription));
    set(row, 'visibility', 'Catalog, Search');
    set(row, 'url_key', uniqueUrlKey(product.handle));
    set(row, 'meta_title', product.seoTitle);
    set(row, 'meta_keywords', product.tags.join(', '));
    set(row, 'meta_description', product.seoDescription);
    const images = renderedImages(product);
    const [main, ...rest] = images;
    if (main?.src) {
      const url = imageUrl(main.src);
      set(row, 'base_image', url);
      set(row, 'small_image', url);
      set(row, 'thumbnail_image', url);
      set(row, 'base_image_label', main.alt);
      set(row, 'small_image_label', main.alt);
      set(row, 'thumbnail_image_label', main.alt);
    }
    if (rest.length > 0) {
      set(row, 'additional_images', rest.map((image) => imageUrl(image.src ?? '')).join(','));
      set(row, 'additional_image_labels', rest.map((image) => imageLabel(image.alt)).join(','));
    }
  };

  const rowsFor = (product: Product): string[][] => {
    const first = product.variants[0];
    if (product.options.length === 0 || !first) {
      const row = newRow();
      setCommon(row, product);
      if (first) setVariantFields(row, first);
      setProductFields(row, product);
      return [row];
    }
    const codes: string[] = [];
    for (const option of product.options) {
      let code = magentoAttributeCode(option.name);
      for (let n = 2; codes.includes(code); n++) code = `${magentoAttributeCode(option.name)}_${n}`;
      codes.push(code);
      const use = attributes.get(code) ?? { label: option.name, values: new Set<string>() };
      for (const value of option.values) use.values.add(magentoOptionValue(value));
      attributes.set(code, use);
    }
    const rows: string[][] = [];
    const variations: string[] = [];
    for (const variant of product.variants) {
      const row = newRow();
      setCommon(row, product);
      setVariantFields(row, variant);
      const pairs = variant.optionValues.map(
        (value, i) => `${codes[i]}=${magentoOptionValue(value)}`,
      );
      set(row, 'name', `${product.title} (${variant.optionValues.join(', ')})`);
      set(row, 'visibility', 'Not Visible Individually');
      set(row, 'url_key', uniqueUrlKey(`${product.handle}-${slugify(variant.sku)}`));
      set(row, 'additional_attributes', pairs.join(','));
      const image = variantImage(product, variant);
      if (image?.src) {
        const url = imageUrl(image.src);
        set(row, 'base_image', url);
        set(row, 'small_image', url);
        set(row, 'thumbnail_image', url);
        set(row, 'base_image_label', image.alt);
      }
      variations.push([`sku=${variant.sku}`, ...pairs].join(','));
      rows.push(row);
    }
    const parent = newRow();
    setCommon(parent, product);
    set(parent, 'sku', product.handle);
    set(parent, 'product_type', 'configurable');
    set(parent, 'price', formatCents(first.compareAtPriceCents ?? first.priceCents));
    set(parent, 'is_in_stock', '1');
    setProductFields(parent, product);
    set(parent, 'configurable_variations', variations.join('|'));
    set(
      parent,
      'configurable_variation_labels',
      product.options
        .map((option, i) => `${codes[i]}=${magentoOptionValue(option.name)}`)
        .join(','),
    );
    rows.push(parent);
    return rows;
  };

  for await (const product of input.products) {
    yield* writer.addGroup(rowsFor(product));
  }
  yield* writer.finish();
  yield { path: MAGENTO_README_NAME, data: readme(input.brand, attributes, input.imageBaseUrl) };
}
