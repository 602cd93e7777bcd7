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
  isInteger,
  isNonNegativeDecimal,
} from '../validation/value-checks.ts';
import { WOOCOMMERCE_KNOWN_HEADERS } from './woocommerce-headers.ts';

const HEADER_SPEC: HeaderSpec = {
  canonical: WOOCOMMERCE_KNOWN_HEADERS,
  dynamic: [
    /^Attribute \d+ (?:name|value\(s\)|visible|global|default)$/,
    /^Download \d+ (?:ID|name|URL)$/,
    /^Meta: .+$/,
    /^(?:Weight) \((?:kg|g|lbs|oz)\)$/,
    /^(?:Length|Width|Height) \((?:m|cm|mm|in|yd)\)$/,
  ],
  required: ['Type', 'SKU', 'Name'],
  checkOrder: true,
  unknownColumns: 'warning',
  unknownHint: 'the importer leaves it unmapped unless you map it by hand',
};

const BASE_TYPES = new Set(['simple', 'variable', 'variation', 'grouped', 'external']);
const TYPE_FLAGS = new Set(['virtual', 'downloadable']);

/** Splits a list cell on commas that are not escaped as `\,`, as the importer's `explode_values`. */
export function splitListCell(value: string): string[] {
  return value
    .split(/(?<!\\),/)
    .map((item) => item.replace(/\\,/g, ',').trim())
    .filter((item) => item !== '');
}

interface VariableParent {
  sku: string;
  row: number;
  /** Attribute name (lower case) → its values. */
  attributes: Map<string, Set<string>>;
  variationCount: number;
  combinations: Map<string, number>;
}

/**
 * Checks a WooCommerce product CSV the way the core importer reads it: known columns; product types;
 * each `variation` after its `variable` parent with `Parent` = the parent's SKU (or `id:N`) and one
 * value per attribute, taken from the parent's values; unique SKUs; prices, stock, published and
 * image values.
 */
export async function validateWooCommerceCsv(
  csv: CsvInput,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const log = new IssueLog(options.maxIssues);
  let cell: (record: readonly string[], name: string) => string = () => '';
  let attributeSlots: number[] = [];
  const skus = new Map<string, number>();
  const parents = new Map<string, VariableParent>();
  const parentsById = new Map<string, VariableParent>();
  let productCount = 0;

  const onHeader = (header: string[]): boolean => {
    const columns = checkHeader(header, HEADER_SPEC, log);
    cell = cellReader(columns);
    attributeSlots = [...columns.keys()]
      .map((name) => /^Attribute (\d+) name$/.exec(name)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    return columns.has('Type');
  };

  const attributesOf = (record: string[]) =>
    attributeSlots
      .map((n) => ({
        n,
        name: cell(record, `Attribute ${n} name`).trim(),
        value: cell(record, `Attribute ${n} value(s)`),
      }))
      .filter((a) => a.name !== '' || a.value.trim() !== '');

  const checkCommon = (record: string[], row: number): void => {
    const published = cell(record, 'Published').trim();
    if (published !== '' && !/^(?:-1|0|1|true|false)$/i.test(published)) {
      log.error(row, `Published "${published}" is not 1, 0 or -1`, 'Published');
    }
    const regular = cell(record, 'Regular price').trim();
    const sale = cell(record, 'Sale price').trim();
    for (const [column, value] of [
      ['Regular price', regular],
      ['Sale price', sale],
    ] as const) {
      if (value !== '' && !isNonNegativeDecimal(value)) {
        log.error(row, `${column} "${value}" is not a plain amount like 19.99`, column);
      }
    }
    if (sale !== '' && regular === '')
      log.warn(row, 'Sale price without a regular price', 'Sale price');
    if (
      isNonNegativeDecimal(sale) &&
      isNonNegativeDecimal(regular) &&
      Number(sale) >= Number(regular)
    ) {
      log.warn(row, `Sale price ${sale} is not below the regular price ${regular}`, 'Sale price');
    }
    const inStock = cell(record, 'In stock?').trim();
    if (inStock !== '' && !/^(?:1|0|backorder|true|false)$/i.test(inStock)) {
      log.error(row, `In stock? "${inStock}" is not 1, 0 or backorder`, 'In stock?');
    }
    const stock = cell(record, 'Stock').trim();
    if (stock !== '' && stock !== 'parent' && !isInteger(stock)) {
      log.error(row, `Stock "${stock}" is not a whole number`, 'Stock');
    }
    const backorders = cell(record, 'Backorders allowed?').trim();
    if (backorders !== '' && !/^(?:1|0|notify)$/i.test(backorders)) {
      log.error(
        row,
        `Backorders allowed? "${backorders}" is not 1, 0 or notify`,
        'Backorders allowed?',
      );
    }
    for (const column of ['Weight (kg)', 'Weight (g)', 'Weight (lbs)', 'Weight (oz)']) {
      const weight = cell(record, column).trim();
      if (weight !== '' && !isNonNegativeDecimal(weight)) {
        log.error(row, `Weight "${weight}" is not a number`, column);
      }
    }
    const gtin = cell(record, 'GTIN, UPC, EAN, or ISBN').trim();
    if (gtin !== '') {
      if (!/^[\d-]+$/.test(gtin)) {
        log.error(
          row,
          `"${gtin}" has characters other than digits and hyphens`,
          'GTIN, UPC, EAN, or ISBN',
        );
      } else {
        const problem = gtinProblem(gtin.replace(/-/g, ''));
        if (problem) log.warn(row, problem, 'GTIN, UPC, EAN, or ISBN');
      }
    }
    for (const image of splitListCell(cell(record, 'Images'))) {
      const kind = classifyUrl(image);
      if (kind === 'invalid') log.error(row, `Image "${image}" is not an http(s) URL`, 'Images');
      if (kind === 'relative' && image.includes('/')) {
        log.warnOnce(
          'relative:Images',
          row,
          `Image "${image}" is a path (and so, maybe, later ones): the importer fetches http(s) URLs or finds media-library files by name; export with an image base URL`,
          'Images',
        );
      }
    }
    for (const category of splitListCell(cell(record, 'Categories'))) {
      if (category.split('>').some((part) => part.trim() === '')) {
        log.error(row, `Category "${category}" has an empty level`, 'Categories');
      }
    }
    const sku = cell(record, 'SKU').trim();
    if (sku !== '') {
      const key = sku.toLowerCase();
      const earlier = skus.get(key);
      if (earlier !== undefined) log.error(row, `SKU "${sku}" repeats row ${earlier}`, 'SKU');
      else skus.set(key, row);
    }
  };

  const checkVariation = (record: string[], row: number): void => {
    const parentRef = cell(record, 'Parent').trim();
    if (parentRef === '') {
      log.error(row, 'Variation has no Parent', 'Parent');
      return;
    }
    const parent = /^id:\d+$/.test(parentRef)
      ? parentsById.get(parentRef)
      : parents.get(parentRef.toLowerCase());
    if (!parent) {
      log.error(row, `Parent "${parentRef}" is not a variable product on an earlier row`, 'Parent');
      return;
    }
    parent.variationCount++;
    const values: string[] = [];
    for (const attribute of attributesOf(record)) {
      const column = `Attribute ${attribute.n} value(s)`;
      const items = splitListCell(attribute.value);
      const known = parent.attributes.get(attribute.name.toLowerCase());
      if (!known) {
        log.error(
          row,
          `Attribute "${attribute.name}" is not an attribute of parent "${parent.sku}"`,
          `Attribute ${attribute.n} name`,
        );
        continue;
      }
      if (items.length > 1) {
        log.error(
          row,
          `A variation takes one value per attribute, not "${attribute.value}"`,
          column,
        );
      } else if (items.length === 0) {
        log.warn(row, `No value for "${attribute.name}": the variation matches any value`, column);
      } else if (!known.has(items[0] ?? '')) {
        log.error(
          row,
          `"${items[0]}" is not one of the parent's values for "${attribute.name}"`,
          column,
        );
      }
      values.push(`${attribute.name.toLowerCase()}=${items[0] ?? ''}`);
    }
    const key = values.sort().join('\u0000');
    const earlier = parent.combinations.get(key);
    if (earlier !== undefined) {
      log.error(row, `Same attribute values as the variation on row ${earlier}`);
    } else {
      parent.combinations.set(key, row);
    }
  };

  const onRow = (record: string[], row: number): void => {
    const typeCell = cell(record, 'Type').trim().toLowerCase();
    const parts = typeCell
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const base = parts.find((part) => !TYPE_FLAGS.has(part)) ?? 'simple';
    if (!BASE_TYPES.has(base) || parts.filter((p) => !TYPE_FLAGS.has(p)).length > 1) {
      log.error(
        row,
        `Type "${typeCell}" is not simple, variable, variation, grouped or external`,
        'Type',
      );
    }
    checkCommon(record, row);
    if (base === 'variation') {
      checkVariation(record, row);
      return;
    }
    productCount++;
    if (cell(record, 'Name').trim() === '') log.error(row, 'Product has no name', 'Name');
    if (base === 'variable') {
      const sku = cell(record, 'SKU').trim();
      if (sku === '')
        log.warn(row, 'Variable product without SKU: variations cannot point to it by SKU', 'SKU');
      const attributes = new Map<string, Set<string>>();
      for (const attribute of attributesOf(record)) {
        if (attribute.name === '') {
          log.error(
            row,
            `Attribute ${attribute.n} has values but no name`,
            `Attribute ${attribute.n} name`,
          );
          continue;
        }
        const values = splitListCell(attribute.value);
        if (values.length === 0) {
          log.error(
            row,
            `Attribute "${attribute.name}" has no values`,
            `Attribute ${attribute.n} value(s)`,
          );
        }
        if (attributes.has(attribute.name.toLowerCase())) {
          log.error(
            row,
            `Attribute "${attribute.name}" appears twice`,
            `Attribute ${attribute.n} name`,
          );
        }
        attributes.set(attribute.name.toLowerCase(), new Set(values));
      }
      if (attributes.size === 0) log.error(row, 'Variable product without attributes');
      const parent: VariableParent = {
        sku,
        row,
        attributes,
        variationCount: 0,
        combinations: new Map(),
      };
      if (sku !== '') parents.set(sku.toLowerCase(), parent);
      const id = cell(record, 'ID').trim();
      if (id !== '') parentsById.set(`id:${id}`, parent);
    }
  };

  const rowCount = await scanRecords(csv, log, onHeader, onRow);
  for (const parent of parents.values()) {
    if (parent.variationCount === 0) {
      log.warn(parent.row, `Variable product "${parent.sku}" has no variations`, 'SKU');
    }
  }
  return log.report(rowCount, productCount);
}
