import type { CsvInput } from '../csv/read-csv-records.ts';
import { cellReader, checkHeader, type HeaderSpec } from '../validation/check-header.ts';
import { scanRecords } from '../validation/scan-records.ts';
import {
  IssueLog,
  type ValidateOptions,
  type ValidationReport,
} from '../validation/validation-report.ts';
import { classifyUrl, isInteger, isNonNegativeDecimal } from '../validation/value-checks.ts';
import { MAGENTO_KNOWN_HEADERS, MAGENTO_REQUIRED_HEADERS } from './magento-headers.ts';

const HEADER_SPEC: HeaderSpec = {
  canonical: MAGENTO_KNOWN_HEADERS,
  // Any attribute code of the target store may be a column.
  dynamic: [/^[a-z][a-z0-9_]*$/],
  required: MAGENTO_REQUIRED_HEADERS,
  // Magento maps columns by name; its export order is a convention, not a rule.
  checkOrder: false,
  unknownColumns: 'error',
  unknownHint: 'Magento column names are attribute codes (lower case, digits, underscores)',
};

const PRODUCT_TYPES = new Set([
  'simple',
  'configurable',
  'virtual',
  'bundle',
  'grouped',
  'downloadable',
  'giftcard',
]);
const CHILD_TYPES = new Set(['simple', 'virtual']);
const VISIBILITIES = new Set(['not visible individually', 'catalog', 'search', 'catalog, search']);
const IMAGE_COLUMNS = ['base_image', 'small_image', 'thumbnail_image', 'swatch_image'];

/** `code=value,code=value` → map; null when a pair has no `=`. */
export function parsePairs(cellValue: string): Map<string, string> | null {
  const pairs = new Map<string, string>();
  for (const part of cellValue.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    pairs.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return pairs;
}

/**
 * A simple or virtual row that a later configurable may name. Every child of a large file is kept,
 * so compactly: its attribute values as one `code=value` string joined by NULs, parsed on use.
 */
interface SimpleRow {
  row: number;
  attributes: string;
  visibleAlone: boolean;
  /** Named by a configurable: it is then a variant, not a product of its own. */
  claimed: boolean;
}

const packAttributes = (attributes: Map<string, string>): string =>
  [...attributes].map(([code, value]) => `${code}=${value}`).join('\u0000');

const unpackAttributes = (packed: string): Map<string, string> =>
  new Map(
    packed === ''
      ? []
      : packed.split('\u0000').map((pair) => {
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), pair.slice(eq + 1)] as const;
        }),
  );

/**
 * Checks a Magento 2 `catalog_product` CSV: required columns; SKU and url_key unique; product types,
 * visibility, status, prices, stock and image values; each configurable row after its children,
 * with `configurable_variations` naming earlier simple/virtual SKUs whose attribute values match,
 * one combination per child, and labels for the same attribute codes.
 */
export async function validateMagentoCsv(
  csv: CsvInput,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const log = new IssueLog(options.maxIssues);
  let cell: (record: readonly string[], name: string) => string = () => '';
  /** Attribute-code columns beyond Magento's own, e.g. `color`. */
  let customColumns: [string, number][] = [];
  const skus = new Map<string, number>();
  const urlKeys = new Map<string, number>();
  const simples = new Map<string, SimpleRow>();
  let childRows = 0;
  let productRows = 0;

  const onHeader = (header: string[]): boolean => {
    const columns = checkHeader(header, HEADER_SPEC, log);
    const known = new Set<string>(MAGENTO_KNOWN_HEADERS);
    customColumns = [...columns].filter(([name]) => !known.has(name));
    cell = cellReader(columns);
    return columns.has('sku');
  };

  /** Attribute values of a row: `additional_attributes` pairs plus attribute-code columns. */
  const rowAttributes = (record: string[], row: number): Map<string, string> => {
    const parsed = parsePairs(cell(record, 'additional_attributes'));
    if (parsed === null) {
      log.error(
        row,
        'additional_attributes must be code=value pairs separated by commas',
        'additional_attributes',
      );
      return new Map();
    }
    for (const [name, index] of customColumns) {
      const value = (record[index] ?? '').trim();
      if (value !== '') parsed.set(name, value);
    }
    return parsed;
  };

  const checkConfigurable = (record: string[], row: number): void => {
    const variations = cell(record, 'configurable_variations').trim();
    if (variations === '') {
      log.error(
        row,
        'Configurable product without configurable_variations',
        'configurable_variations',
      );
      return;
    }
    let codes: string[] | null = null;
    const combinations = new Map<string, string>();
    for (const entry of variations.split('|')) {
      const pairs = parsePairs(entry);
      const sku = pairs?.get('sku');
      if (!pairs || !sku) {
        log.error(row, `Variation "${entry}" is not sku=…,code=value`, 'configurable_variations');
        continue;
      }
      pairs.delete('sku');
      const entryCodes = [...pairs.keys()].sort();
      if (entryCodes.length === 0) {
        log.error(row, `Variation "${sku}" names no attribute`, 'configurable_variations');
      }
      if (codes === null) codes = entryCodes;
      else if (codes.join(',') !== entryCodes.join(',')) {
        log.error(
          row,
          `Variation "${sku}" uses attributes ${entryCodes.join(', ')}, others ${codes.join(', ')}`,
          'configurable_variations',
        );
      }
      const child = simples.get(sku.toLowerCase());
      if (!child) {
        log.error(
          row,
          `Variation SKU "${sku}" is not a simple or virtual product on an earlier row`,
          'configurable_variations',
        );
      } else {
        if (!child.claimed) childRows++;
        child.claimed = true;
        if (child.visibleAlone) {
          log.warn(
            row,
            `Child "${sku}" (row ${child.row}) is visible on its own as well`,
            'configurable_variations',
          );
        }
        const childAttributes = unpackAttributes(child.attributes);
        for (const [code, value] of pairs) {
          const own = childAttributes.get(code);
          if (own === undefined) {
            log.error(
              row,
              `Child "${sku}" (row ${child.row}) has no value for "${code}"`,
              'configurable_variations',
            );
          } else if (own !== value) {
            log.error(
              row,
              `Child "${sku}" (row ${child.row}) has ${code}=${own}, not ${value}`,
              'configurable_variations',
            );
          }
        }
      }
      const combination = entryCodes.map((code) => `${code}=${pairs.get(code) ?? ''}`).join(',');
      const earlier = combinations.get(combination);
      if (earlier !== undefined) {
        log.error(
          row,
          `Variations "${earlier}" and "${sku}" have the same values (${combination})`,
          'configurable_variations',
        );
      } else {
        combinations.set(combination, sku);
      }
    }
    const labels = cell(record, 'configurable_variation_labels').trim();
    if (labels !== '') {
      const parsed = parsePairs(labels);
      if (parsed === null) {
        log.error(
          row,
          'configurable_variation_labels must be code=Label pairs',
          'configurable_variation_labels',
        );
      } else {
        for (const code of parsed.keys()) {
          if (codes && !codes.includes(code)) {
            log.error(
              row,
              `Label for "${code}", which no variation uses`,
              'configurable_variation_labels',
            );
          }
        }
      }
    }
  };

  const onRow = (record: string[], row: number): void => {
    const sku = cell(record, 'sku').trim();
    if (sku === '') {
      log.error(row, 'Row has no SKU', 'sku');
      return;
    }
    if (cell(record, 'store_view_code').trim() !== '') {
      log.warn(row, 'Store-view rows are not checked', 'store_view_code');
      return;
    }
    productRows++;
    const skuKey = sku.toLowerCase();
    const earlierSku = skus.get(skuKey);
    if (earlierSku !== undefined) log.error(row, `SKU "${sku}" repeats row ${earlierSku}`, 'sku');
    else skus.set(skuKey, row);

    const type = cell(record, 'product_type').trim();
    if (!PRODUCT_TYPES.has(type))
      log.error(row, `product_type "${type}" is not a Magento product type`, 'product_type');
    if (cell(record, 'attribute_set_code').trim() === '') {
      log.error(row, 'attribute_set_code is empty', 'attribute_set_code');
    }
    if (cell(record, 'name').trim() === '') log.error(row, 'name is empty', 'name');
    const websites = cell(record, 'product_websites').trim();
    if (websites === '')
      log.warn(row, 'product_websites is empty: the product is on no website', 'product_websites');

    const visibility = cell(record, 'visibility').trim();
    if (visibility !== '' && !VISIBILITIES.has(visibility.toLowerCase())) {
      log.error(
        row,
        `visibility "${visibility}" is not Not Visible Individually, Catalog, Search or Catalog, Search`,
        'visibility',
      );
    }
    const online = cell(record, 'product_online').trim();
    if (online !== '' && !/^[12]$/.test(online)) {
      log.error(
        row,
        `product_online "${online}" is not 1 (enabled) or 2 (disabled)`,
        'product_online',
      );
    }
    const price = cell(record, 'price').trim();
    if (price === '' && type !== 'configurable' && type !== 'grouped' && type !== 'bundle') {
      log.error(row, 'price is empty', 'price');
    }
    if (price !== '' && !isNonNegativeDecimal(price))
      log.error(row, `price "${price}" is not a plain amount`, 'price');
    const special = cell(record, 'special_price').trim();
    if (special !== '') {
      if (!isNonNegativeDecimal(special))
        log.error(row, `special_price "${special}" is not a plain amount`, 'special_price');
      else if (isNonNegativeDecimal(price) && Number(special) >= Number(price)) {
        log.warn(row, `special_price ${special} is not below price ${price}`, 'special_price');
      }
    }
    const weight = cell(record, 'weight').trim();
    if (weight !== '' && !isNonNegativeDecimal(weight))
      log.error(row, `weight "${weight}" is not a number`, 'weight');
    const qty = cell(record, 'qty').trim();
    if (qty !== '' && !isNonNegativeDecimal(qty.replace(/^-/, '')))
      log.error(row, `qty "${qty}" is not a number`, 'qty');
    for (const column of [
      'is_in_stock',
      'manage_stock',
      'allow_backorders',
      'use_config_backorders',
      'use_config_manage_stock',
    ]) {
      const value = cell(record, column).trim();
      if (value !== '' && !isInteger(value))
        log.error(row, `${column} "${value}" is not 0 or 1`, column);
    }

    const urlKey = cell(record, 'url_key').trim();
    if (urlKey === '') {
      log.warn(
        row,
        'url_key is empty: Magento derives it from the name, which may clash',
        'url_key',
      );
    } else {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(urlKey)) {
        log.warn(
          row,
          `url_key "${urlKey}" is not lower-case letters, digits and hyphens`,
          'url_key',
        );
      }
      const earlierKey = urlKeys.get(urlKey.toLowerCase());
      if (earlierKey !== undefined)
        log.error(row, `url_key "${urlKey}" repeats row ${earlierKey}`, 'url_key');
      else urlKeys.set(urlKey.toLowerCase(), row);
    }

    for (const path of cell(record, 'categories').split(',')) {
      if (path.trim() === '') continue;
      const levels = path.split('/');
      if (levels.some((level) => level.trim() === '')) {
        log.error(row, `Category path "${path}" has an empty level`, 'categories');
      } else if (levels.length < 2) {
        log.warn(
          row,
          `Category "${path}" has no root category (e.g. "Default Category/${path}")`,
          'categories',
        );
      }
    }
    const images = [
      ...IMAGE_COLUMNS.map((column) => [column, cell(record, column).trim()] as const),
      ...cell(record, 'additional_images')
        .split(',')
        .map((value) => ['additional_images', value.trim()] as const),
    ];
    for (const [column, value] of images) {
      if (value !== '' && classifyUrl(value) === 'invalid') {
        log.error(
          row,
          `"${value}" is neither an http(s) URL nor a path in the import folder`,
          column,
        );
      }
    }

    const attributes = rowAttributes(record, row);
    if (CHILD_TYPES.has(type)) {
      simples.set(skuKey, {
        row,
        attributes: packAttributes(attributes),
        visibleAlone: visibility !== '' && visibility.toLowerCase() !== 'not visible individually',
        claimed: false,
      });
    }
    if (type === 'configurable') checkConfigurable(record, row);
  };

  const rowCount = await scanRecords(csv, log, onHeader, onRow);
  return log.report(rowCount, productRows - childRows);
}
