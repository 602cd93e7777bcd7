import type { CsvInput } from '../csv/read-csv-records.ts';
import { cellReader, checkHeader, type HeaderSpec } from '../validation/check-header.ts';
import { scanRecords } from '../validation/scan-records.ts';
import {
  IssueLog,
  type ValidateOptions,
  type ValidationReport,
} from '../validation/validation-report.ts';
import {
  classifyUrl,
  gtinProblem,
  isBooleanWord,
  isInteger,
  isNonNegativeDecimal,
} from '../validation/value-checks.ts';
import {
  BIGCOMMERCE_KNOWN_HEADERS,
  BIGCOMMERCE_MAX_VARIANTS,
  BIGCOMMERCE_OPTION_TYPES,
} from './bigcommerce-headers.ts';

const HEADER_SPEC: HeaderSpec = {
  canonical: BIGCOMMERCE_KNOWN_HEADERS,
  required: ['Item', 'ID', 'Name', 'Type', 'Price'],
  checkOrder: true,
  unknownColumns: 'error',
  unknownHint: "not a column of BigCommerce's modern product import",
};

const OPTION_TYPES = new Set<string>(BIGCOMMERCE_OPTION_TYPES.map((t) => t.toLowerCase()));

/** Parses `Type=…|Name=…|Value=…` triples; a string describes what is wrong. */
export function parseBigCommerceOptions(
  cellValue: string,
): { type: string; name: string; value: string }[] | string {
  const parts = cellValue.split('|');
  if (parts.length % 3 !== 0) return 'Options must be Type=…|Name=…|Value=… triples';
  const options: { type: string; name: string; value: string }[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    const [type, name, value] = [parts[i] ?? '', parts[i + 1] ?? '', parts[i + 2] ?? ''];
    if (!type.startsWith('Type=') || !name.startsWith('Name=') || !value.startsWith('Value=')) {
      return `"${parts.slice(i, i + 3).join('|')}" is not Type=…|Name=…|Value=…`;
    }
    options.push({ type: type.slice(5), name: name.slice(5), value: value.slice(6) });
  }
  return options;
}

interface ProductState {
  row: number;
  name: string;
  physical: boolean;
  tracking: string;
  variantCount: number;
  imageCount: number;
  thumbnails: number;
  optionNames: string | null;
  combinations: Map<string, number>;
}

/**
 * Checks a BigCommerce modern import CSV: known columns in export order; `Product` rows followed by
 * their `Variant` rows and then `Image` rows; unique product names and SKUs; Options triples with
 * the same option names on every variant and unique values; ≤ 600 variants; prices, weights,
 * booleans and image URLs.
 */
export async function validateBigCommerceCsv(
  csv: CsvInput,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const log = new IssueLog(options.maxIssues);
  let cell: (record: readonly string[], name: string) => string = () => '';
  const names = new Map<string, number>();
  const skus = new Map<string, number>();
  let product: ProductState | null = null;
  let productCount = 0;

  const onHeader = (header: string[]): boolean => {
    const columns = checkHeader(header, HEADER_SPEC, log);
    cell = cellReader(columns);
    return columns.has('Item');
  };

  const closeProduct = (): void => {
    if (product && product.tracking === 'variant' && product.variantCount === 0) {
      log.warn(
        product.row,
        `"${product.name}" tracks inventory by variant but has no variants`,
        'Inventory Tracking',
      );
    }
  };

  const checkSku = (record: string[], row: number, required: boolean): void => {
    const sku = cell(record, 'SKU').trim();
    if (sku === '') {
      if (required) log.error(row, 'Variant has no SKU', 'SKU');
      return;
    }
    const earlier = skus.get(sku.toLowerCase());
    if (earlier !== undefined) log.error(row, `SKU "${sku}" repeats row ${earlier}`, 'SKU');
    else skus.set(sku.toLowerCase(), row);
  };

  const checkMoney = (record: string[], row: number): void => {
    for (const column of ['Price', 'Cost Price', 'Retail Price', 'Sale Price']) {
      const value = cell(record, column).trim();
      if (value !== '' && !isNonNegativeDecimal(value)) {
        log.error(row, `${column} "${value}" is not a plain amount like 19.99`, column);
      }
    }
    const price = cell(record, 'Price').trim();
    const sale = cell(record, 'Sale Price').trim();
    if (
      isNonNegativeDecimal(price) &&
      isNonNegativeDecimal(sale) &&
      Number(sale) >= Number(price)
    ) {
      log.warn(row, `Sale Price ${sale} is not below Price ${price}`, 'Sale Price');
    }
    const stock = cell(record, 'Current Stock').trim();
    if (stock !== '' && !isInteger(stock))
      log.error(row, `Current Stock "${stock}" is not a whole number`, 'Current Stock');
    const gtin = cell(record, 'UPC/EAN').trim();
    if (gtin !== '') {
      const problem = gtinProblem(gtin);
      if (problem) log.warn(row, problem, 'UPC/EAN');
    }
  };

  const checkImageUrl = (value: string, row: number, column: string): void => {
    if (value === '') return;
    const kind = classifyUrl(value);
    if (kind === 'invalid') log.error(row, `"${value}" is not an http(s) URL`, column);
    if (kind === 'relative') {
      log.warnOnce(
        `relative:${column}`,
        row,
        `"${value}" is a relative path (and so, maybe, later ones in this column): BigCommerce only fetches images from public http(s) URLs; export with an image base URL`,
        column,
      );
    }
  };

  const onProduct = (record: string[], row: number): void => {
    closeProduct();
    productCount++;
    const name = cell(record, 'Name').trim();
    if (name === '') log.error(row, 'Product has no name', 'Name');
    else {
      const earlier = names.get(name.toLowerCase());
      if (earlier !== undefined)
        log.error(
          row,
          `Product name "${name}" repeats row ${earlier}; names must be unique`,
          'Name',
        );
      else names.set(name.toLowerCase(), row);
    }
    const type = cell(record, 'Type').trim().toLowerCase();
    if (type !== 'physical' && type !== 'digital') {
      log.error(row, `Type "${cell(record, 'Type')}" is not physical or digital`, 'Type');
    }
    if (cell(record, 'Price').trim() === '') log.error(row, 'Product has no price', 'Price');
    const weight = cell(record, 'Weight').trim();
    if (type === 'physical' && weight === '')
      log.error(row, 'Physical product has no weight', 'Weight');
    if (weight !== '' && !isNonNegativeDecimal(weight))
      log.error(row, `Weight "${weight}" is not a number`, 'Weight');
    const tracking = cell(record, 'Inventory Tracking').trim().toLowerCase();
    if (tracking !== '' && !['none', 'product', 'variant'].includes(tracking)) {
      log.error(
        row,
        `Inventory Tracking "${tracking}" is not none, product or variant`,
        'Inventory Tracking',
      );
    }
    for (const column of ['Is Visible', 'Is Featured', 'Free Shipping']) {
      const value = cell(record, column).trim();
      if (value !== '' && !isBooleanWord(value))
        log.error(row, `${column} "${value}" is not TRUE or FALSE`, column);
    }
    const url = cell(record, 'Product URL').trim();
    if (url !== '' && !/^\/.*\/$/.test(url))
      log.warn(row, `Product URL "${url}" should start and end with /`, 'Product URL');
    if (cell(record, 'Options').trim() !== '')
      log.error(row, 'Options belong on Variant rows', 'Options');
    checkSku(record, row, false);
    checkMoney(record, row);
    product = {
      row,
      name,
      physical: type === 'physical',
      tracking,
      variantCount: 0,
      imageCount: 0,
      thumbnails: 0,
      optionNames: null,
      combinations: new Map(),
    };
  };

  const onVariant = (record: string[], row: number, p: ProductState): void => {
    if (p.imageCount > 0)
      log.error(row, `Variant row after an Image row of "${p.name}": variants come first`, 'Item');
    p.variantCount++;
    if (p.variantCount === BIGCOMMERCE_MAX_VARIANTS + 1) {
      log.error(row, `"${p.name}" has more than ${BIGCOMMERCE_MAX_VARIANTS} variants`);
    }
    if (cell(record, 'Type').trim() !== '')
      log.error(row, 'Type must be empty on Variant rows', 'Type');
    checkSku(record, row, true);
    checkMoney(record, row);
    const weight = cell(record, 'Weight').trim();
    if (weight !== '' && !isNonNegativeDecimal(weight))
      log.error(row, `Weight "${weight}" is not a number`, 'Weight');
    checkImageUrl(cell(record, 'Variant Image URL').trim(), row, 'Variant Image URL');
    const parsed = parseBigCommerceOptions(cell(record, 'Options').trim());
    if (typeof parsed === 'string') {
      log.error(row, parsed, 'Options');
      return;
    }
    for (const option of parsed) {
      if (!OPTION_TYPES.has(option.type.toLowerCase())) {
        log.error(
          row,
          `Option type "${option.type}" is not ${BIGCOMMERCE_OPTION_TYPES.join(', ')}`,
          'Options',
        );
      }
      if (option.name.trim() === '' || option.value.trim() === '') {
        log.error(row, 'Option with an empty name or value', 'Options');
      }
    }
    const optionNames = parsed.map((o) => o.name.toLowerCase()).join('|');
    if (p.optionNames === null) p.optionNames = optionNames;
    else if (p.optionNames !== optionNames) {
      log.error(
        row,
        `Options name ${parsed.map((o) => o.name).join(', ')}; earlier variants of "${p.name}" name others`,
        'Options',
      );
    }
    const key = parsed.map((o) => `${o.name.toLowerCase()}=${o.value}`).join('|');
    const earlier = p.combinations.get(key);
    if (earlier !== undefined)
      log.error(row, `Same options as the variant on row ${earlier}`, 'Options');
    else p.combinations.set(key, row);
  };

  const onImage = (record: string[], row: number, p: ProductState): void => {
    p.imageCount++;
    const url = cell(record, 'Image URL (Import)').trim();
    if (url === '' && cell(record, 'Internal Image URL (Export)').trim() === '') {
      log.error(row, 'Image row without an image URL', 'Image URL (Import)');
    }
    checkImageUrl(url, row, 'Image URL (Import)');
    const thumbnail = cell(record, 'Image is Thumbnail').trim();
    if (thumbnail !== '' && !isBooleanWord(thumbnail)) {
      log.error(
        row,
        `Image is Thumbnail "${thumbnail}" is not TRUE or FALSE`,
        'Image is Thumbnail',
      );
    }
    if (/^true$/i.test(thumbnail) && ++p.thumbnails === 2) {
      log.warn(row, `"${p.name}" has more than one thumbnail image`, 'Image is Thumbnail');
    }
    const order = cell(record, 'Image Sort Order').trim();
    if (order !== '' && !isInteger(order))
      log.error(row, `Image Sort Order "${order}" is not a whole number`, 'Image Sort Order');
  };

  const onRow = (record: string[], row: number): void => {
    const item = cell(record, 'Item').trim().toLowerCase();
    if (item === 'product') {
      onProduct(record, row);
      return;
    }
    const current = product;
    if (!['variant', 'image', 'video'].includes(item)) {
      log.error(
        row,
        `Item "${cell(record, 'Item')}" is not Product, Variant, Image or Video`,
        'Item',
      );
      return;
    }
    if (!current) {
      log.error(row, `${cell(record, 'Item')} row before any Product row`, 'Item');
      return;
    }
    if (item === 'variant') onVariant(record, row, current);
    if (item === 'image') onImage(record, row, current);
  };

  const rowCount = await scanRecords(csv, log, onHeader, onRow);
  closeProduct();
  return log.report(rowCount, productCount);
}
