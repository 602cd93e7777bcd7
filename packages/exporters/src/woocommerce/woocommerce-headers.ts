/**
 * WooCommerce's product CSV columns in the order its exporter writes them
 * (`WC_Product_CSV_Exporter::get_default_column_names`), for a store with kg and cm units.
 * Attribute, download and meta columns are appended after these.
 */
export const WOOCOMMERCE_KNOWN_HEADERS = [
  'ID',
  'Type',
  'SKU',
  'GTIN, UPC, EAN, or ISBN',
  'Name',
  'Published',
  'Is featured?',
  'Visibility in catalog',
  'Short description',
  'Description',
  'Date sale price starts',
  'Date sale price ends',
  'Tax status',
  'Tax class',
  'In stock?',
  'Stock',
  'Low stock amount',
  'Backorders allowed?',
  'Sold individually?',
  'Weight (kg)',
  'Length (cm)',
  'Width (cm)',
  'Height (cm)',
  'Allow customer reviews?',
  'Purchase note',
  'Sale price',
  'Regular price',
  'Categories',
  'Tags',
  'Shipping class',
  'Images',
  'Download limit',
  'Download expiry days',
  'Parent',
  'Grouped products',
  'Upsells',
  'Cross-sells',
  'External URL',
  'Button text',
  'Position',
  'Cost of goods',
] as const;

/** Up to three attributes: our products have at most three options. */
export const WOOCOMMERCE_ATTRIBUTE_SLOTS = 3;

export function attributeColumns(n: number) {
  return {
    name: `Attribute ${n} name`,
    values: `Attribute ${n} value(s)`,
    visible: `Attribute ${n} visible`,
    global: `Attribute ${n} global`,
    default: `Attribute ${n} default`,
  } as const;
}

/** The columns StoreCraft writes, a subset of the exporter's, in its order. */
export const WOOCOMMERCE_HEADERS: readonly string[] = [
  'ID',
  'Type',
  'SKU',
  'GTIN, UPC, EAN, or ISBN',
  'Name',
  'Published',
  'Is featured?',
  'Visibility in catalog',
  'Short description',
  'Description',
  'Tax status',
  'Tax class',
  'In stock?',
  'Stock',
  'Backorders allowed?',
  'Weight (kg)',
  'Allow customer reviews?',
  'Sale price',
  'Regular price',
  'Categories',
  'Tags',
  'Images',
  'Parent',
  ...Array.from({ length: WOOCOMMERCE_ATTRIBUTE_SLOTS }, (_, i) =>
    Object.values(attributeColumns(i + 1)),
  ).flat(),
];
