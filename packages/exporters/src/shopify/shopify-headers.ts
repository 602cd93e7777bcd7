import type { ShopifyHeaderSet } from '../types.ts';

/** Shopify's 2026 product CSV template, every column in its order (header kept in test/fixtures/shopify-template-2026.header.csv). */
export const SHOPIFY_CURRENT_HEADERS = [
  'Title',
  'URL handle',
  'Description',
  'Vendor',
  'Product category',
  'Type',
  'Tags',
  'Published on online store',
  'Status',
  'SKU',
  'Barcode',
  'Option1 name',
  'Option1 value',
  'Option1 Linked To',
  'Option2 name',
  'Option2 value',
  'Option2 Linked To',
  'Option3 name',
  'Option3 value',
  'Option3 Linked To',
  'Price',
  'Compare-at price',
  'Cost per item',
  'Charge tax',
  'Tax code',
  'Inventory tracker',
  'Inventory quantity',
  'Continue selling when out of stock',
  'Weight value (grams)',
  'Weight unit for display',
  'Requires shipping',
  'Fulfillment service',
  'Product image URL',
  'Image position',
  'Image alt text',
  'Variant image URL',
  'Gift card',
  'SEO title',
  'SEO description',
  'Color (product.metafields.shopify.color-pattern)',
  'Google Shopping / Google product category',
  'Google Shopping / Gender',
  'Google Shopping / Age group',
  'Google Shopping / Manufacturer part number (MPN)',
  'Google Shopping / Ad group name',
  'Google Shopping / Ads labels',
  'Google Shopping / Condition',
  'Google Shopping / Custom product',
  'Google Shopping / Custom label 0',
  'Google Shopping / Custom label 1',
  'Google Shopping / Custom label 2',
  'Google Shopping / Custom label 3',
  'Google Shopping / Custom label 4',
] as const;

/**
 * The legacy (2023–24) template's columns (header kept in test/fixtures/shopify-template-legacy.header.csv)
 * without its market columns (`Included / United States`, `Price / International`, …), which name
 * markets a target store may not have.
 */
export const SHOPIFY_LEGACY_HEADERS = [
  'Handle',
  'Title',
  'Body (HTML)',
  'Vendor',
  'Product Category',
  'Type',
  'Tags',
  'Published',
  'Option1 Name',
  'Option1 Value',
  'Option2 Name',
  'Option2 Value',
  'Option3 Name',
  'Option3 Value',
  'Variant SKU',
  'Variant Grams',
  'Variant Inventory Tracker',
  'Variant Inventory Qty',
  'Variant Inventory Policy',
  'Variant Fulfillment Service',
  'Variant Price',
  'Variant Compare At Price',
  'Variant Requires Shipping',
  'Variant Taxable',
  'Variant Barcode',
  'Image Src',
  'Image Position',
  'Image Alt Text',
  'Gift Card',
  'SEO Title',
  'SEO Description',
  'Google Shopping / Google Product Category',
  'Google Shopping / Gender',
  'Google Shopping / Age Group',
  'Google Shopping / MPN',
  'Google Shopping / Condition',
  'Google Shopping / Custom Product',
  'Variant Image',
  'Variant Weight Unit',
  'Variant Tax Code',
  'Cost per item',
  'Status',
] as const;

/**
 * Every legacy column the validator knows, in Shopify's order: the template's plus the older
 * AdWords and custom-label columns found in Shopify's partner demo CSVs.
 */
export const SHOPIFY_LEGACY_KNOWN_HEADERS = [
  ...SHOPIFY_LEGACY_HEADERS.slice(0, SHOPIFY_LEGACY_HEADERS.indexOf('Google Shopping / MPN') + 1),
  'Google Shopping / AdWords Grouping',
  'Google Shopping / AdWords Labels',
  'Google Shopping / Condition',
  'Google Shopping / Custom Product',
  'Google Shopping / Custom Label 0',
  'Google Shopping / Custom Label 1',
  'Google Shopping / Custom Label 2',
  'Google Shopping / Custom Label 3',
  'Google Shopping / Custom Label 4',
  ...SHOPIFY_LEGACY_HEADERS.slice(SHOPIFY_LEGACY_HEADERS.indexOf('Variant Image')),
] as const;

/** The columns the exporter and validator work with, by meaning, for one header set. */
export interface ShopifyColumns {
  handle: string;
  title: string;
  body: string;
  vendor: string;
  productCategory: string;
  type: string;
  tags: string;
  published: string;
  status: string;
  sku: string;
  barcode: string;
  optionNames: readonly [string, string, string];
  optionValues: readonly [string, string, string];
  price: string;
  compareAtPrice: string;
  cost: string;
  taxable: string;
  inventoryTracker: string;
  inventoryQuantity: string;
  inventoryPolicy: string;
  grams: string;
  weightUnit: string;
  requiresShipping: string;
  fulfillmentService: string;
  imageSrc: string;
  imagePosition: string;
  imageAlt: string;
  variantImage: string;
  giftCard: string;
  seoTitle: string;
  seoDescription: string;
}

export const SHOPIFY_COLUMNS: Record<ShopifyHeaderSet, ShopifyColumns> = {
  current: {
    handle: 'URL handle',
    title: 'Title',
    body: 'Description',
    vendor: 'Vendor',
    productCategory: 'Product category',
    type: 'Type',
    tags: 'Tags',
    published: 'Published on online store',
    status: 'Status',
    sku: 'SKU',
    barcode: 'Barcode',
    optionNames: ['Option1 name', 'Option2 name', 'Option3 name'],
    optionValues: ['Option1 value', 'Option2 value', 'Option3 value'],
    price: 'Price',
    compareAtPrice: 'Compare-at price',
    cost: 'Cost per item',
    taxable: 'Charge tax',
    inventoryTracker: 'Inventory tracker',
    inventoryQuantity: 'Inventory quantity',
    inventoryPolicy: 'Continue selling when out of stock',
    grams: 'Weight value (grams)',
    weightUnit: 'Weight unit for display',
    requiresShipping: 'Requires shipping',
    fulfillmentService: 'Fulfillment service',
    imageSrc: 'Product image URL',
    imagePosition: 'Image position',
    imageAlt: 'Image alt text',
    variantImage: 'Variant image URL',
    giftCard: 'Gift card',
    seoTitle: 'SEO title',
    seoDescription: 'SEO description',
  },
  legacy: {
    handle: 'Handle',
    title: 'Title',
    body: 'Body (HTML)',
    vendor: 'Vendor',
    productCategory: 'Product Category',
    type: 'Type',
    tags: 'Tags',
    published: 'Published',
    status: 'Status',
    sku: 'Variant SKU',
    barcode: 'Variant Barcode',
    optionNames: ['Option1 Name', 'Option2 Name', 'Option3 Name'],
    optionValues: ['Option1 Value', 'Option2 Value', 'Option3 Value'],
    price: 'Variant Price',
    compareAtPrice: 'Variant Compare At Price',
    cost: 'Cost per item',
    taxable: 'Variant Taxable',
    inventoryTracker: 'Variant Inventory Tracker',
    inventoryQuantity: 'Variant Inventory Qty',
    inventoryPolicy: 'Variant Inventory Policy',
    grams: 'Variant Grams',
    weightUnit: 'Variant Weight Unit',
    requiresShipping: 'Variant Requires Shipping',
    fulfillmentService: 'Variant Fulfillment Service',
    imageSrc: 'Image Src',
    imagePosition: 'Image Position',
    imageAlt: 'Image Alt Text',
    variantImage: 'Variant Image',
    giftCard: 'Gift Card',
    seoTitle: 'SEO Title',
    seoDescription: 'SEO Description',
  },
};
