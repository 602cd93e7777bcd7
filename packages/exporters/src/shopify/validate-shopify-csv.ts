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
  isMoney,
  isNonNegativeDecimal,
  isPositiveInteger,
} from '../validation/value-checks.ts';
import type { ShopifyHeaderSet } from '../types.ts';
import {
  SHOPIFY_COLUMNS,
  SHOPIFY_CURRENT_HEADERS,
  SHOPIFY_LEGACY_KNOWN_HEADERS,
  type ShopifyColumns,
} from './shopify-headers.ts';

export interface ShopifyValidateOptions extends ValidateOptions {
  /** Which header set the file must use; `auto` (default) tells them apart by `URL handle` vs `Handle`. */
  headers?: ShopifyHeaderSet | 'auto';
}

/** Shopify's current variant limit per product. */
const MAX_VARIANTS = 2048;

const METAFIELD_COLUMN = /^.+ \((?:product|variant)\.metafields\.[^.\s()]+\.[^\s()]+\)$/;

const HEADER_SPECS: Record<ShopifyHeaderSet, HeaderSpec> = {
  current: {
    canonical: SHOPIFY_CURRENT_HEADERS,
    dynamic: [METAFIELD_COLUMN, /^(?:Included|Price|Compare-at price) \/ .+$/],
    required: ['Title', 'URL handle'],
    checkOrder: true,
    unknownColumns: 'error',
    unknownHint: "not a column of Shopify's product CSV",
  },
  legacy: {
    canonical: SHOPIFY_LEGACY_KNOWN_HEADERS,
    dynamic: [METAFIELD_COLUMN, /^(?:Included|Price|Compare At Price) \/ .+$/],
    required: ['Handle', 'Title'],
    checkOrder: true,
    unknownColumns: 'error',
    unknownHint: "not a column of Shopify's legacy product CSV",
  },
};

const STATUSES = new Set(['active', 'draft', 'archived']);
const WEIGHT_UNITS = new Set(['g', 'kg', 'lb', 'oz']);

interface ProductGroup {
  handle: string;
  firstRow: number;
  optionNames: string[];
  /** No options, or Shopify's `Title` / `Default Title` placeholder. */
  isSingleVariant: boolean;
  combinations: Map<string, number>;
  variantCount: number;
  lastImagePosition: number;
  lastImagePositionRow: number;
}

/**
 * Checks a Shopify product CSV against Shopify's row model: header names and order for the header
 * set; per handle, a first row with the title, option names and product fields, then variant and
 * image rows; ≤ 3 options with unique value combinations; money, boolean, status, weight, GTIN and
 * URL values; image positions increasing; each handle's rows contiguous and used once.
 */
export async function validateShopifyCsv(
  csv: CsvInput,
  options: ShopifyValidateOptions = {},
): Promise<ValidationReport> {
  const log = new IssueLog(options.maxIssues);
  let names: ShopifyColumns = SHOPIFY_COLUMNS.current;
  let cell: (record: readonly string[], name: string) => string = () => '';
  const seenHandles = new Map<string, number>();
  let group: ProductGroup | null = null;
  let productCount = 0;

  const onHeader = (header: string[]): boolean => {
    const trimmed = header.map((h) => h.trim());
    const detected: ShopifyHeaderSet | null = trimmed.includes('URL handle')
      ? 'current'
      : trimmed.includes('Handle')
        ? 'legacy'
        : null;
    const wanted = options.headers ?? 'auto';
    const headerSet = wanted === 'auto' ? detected : wanted;
    if (headerSet === null) {
      log.error(1, 'No "URL handle" (current template) or "Handle" (legacy) column');
      return false;
    }
    if (wanted !== 'auto' && detected !== null && detected !== wanted) {
      log.error(1, `Expected the ${wanted} Shopify header set, found the ${detected} one`);
      return false;
    }
    names = SHOPIFY_COLUMNS[headerSet];
    const columns = checkHeader(header, HEADER_SPECS[headerSet], log);
    cell = cellReader(columns);
    return columns.has(names.handle) && columns.has(names.title);
  };

  const closeGroup = (): void => {
    if (group && group.variantCount === 0) {
      log.warn(group.firstRow, `Product "${group.handle}" has no variant row`, names.handle);
    }
  };

  const startGroup = (record: string[], row: number, handle: string): ProductGroup => {
    productCount++;
    const earlier = seenHandles.get(handle);
    if (earlier !== undefined) {
      log.error(
        row,
        `Handle "${handle}" already had rows ending at row ${earlier}: a product's rows must be contiguous and its handle unique`,
        names.handle,
      );
    }
    if (/[\s./?#%]/.test(handle)) {
      log.error(row, `Handle "${handle}" has spaces, periods or URL characters`, names.handle);
    } else if (/[A-Z]/.test(handle)) {
      log.warn(row, `Handle "${handle}" has capitals; Shopify lower-cases handles`, names.handle);
    }
    if (cell(record, names.title).trim() === '') {
      log.error(row, `First row of "${handle}" has no title`, names.title);
    }
    const status = cell(record, names.status).trim();
    if (status !== '' && !STATUSES.has(status.toLowerCase())) {
      log.error(row, `Status "${status}" is not active, draft or archived`, names.status);
    }
    for (const column of [names.published, names.giftCard]) {
      const value = cell(record, column).trim();
      if (value !== '' && !isBooleanWord(value)) {
        log.error(row, `"${value}" is not TRUE or FALSE`, column);
      }
    }
    const optionNames = names.optionNames.map((column) => cell(record, column).trim());
    const lastNamed = optionNames.reduce((last, name, i) => (name ? i : last), -1);
    for (let i = 0; i < lastNamed; i++) {
      if (!optionNames[i]) {
        log.error(
          row,
          `Option${i + 2} has a name but Option${i + 1} has none`,
          names.optionNames[i],
        );
      }
    }
    const folded = optionNames.filter(Boolean).map((n) => n.toLowerCase());
    if (new Set(folded).size !== folded.length) {
      log.error(row, `Option names repeat: ${optionNames.filter(Boolean).join(', ')}`);
    }
    const isSingleVariant =
      lastNamed < 0 ||
      (lastNamed === 0 &&
        optionNames[0] === 'Title' &&
        cell(record, names.optionValues[0]).trim() === 'Default Title');
    return {
      handle,
      firstRow: row,
      optionNames,
      isSingleVariant,
      combinations: new Map(),
      variantCount: 0,
      lastImagePosition: 0,
      lastImagePositionRow: 0,
    };
  };

  const hasVariantData = (record: string[]): boolean =>
    [
      ...names.optionValues,
      names.sku,
      names.barcode,
      names.price,
      names.compareAtPrice,
      names.cost,
      names.grams,
      names.inventoryQuantity,
      names.inventoryPolicy,
      names.variantImage,
    ].some((column) => cell(record, column).trim() !== '');

  const checkVariant = (record: string[], row: number, g: ProductGroup): void => {
    g.variantCount++;
    if (g.variantCount === MAX_VARIANTS + 1) {
      log.error(row, `"${g.handle}" has more than ${MAX_VARIANTS} variants`);
    }
    const values = names.optionValues.map((column) => cell(record, column).trim());
    values.forEach((value, i) => {
      const column = names.optionValues[i];
      const optionName = g.optionNames[i];
      if (optionName && !value) log.error(row, `Option${i + 1} value is empty`, column);
      if (!optionName && value) {
        log.error(
          row,
          `Option${i + 1} value "${value}" but no Option${i + 1} name on the product's first row`,
          column,
        );
      }
    });
    if (g.isSingleVariant && g.variantCount > 1) {
      log.error(row, `"${g.handle}" has several variant rows but no options to tell them apart`);
    }
    const key = values.join('\u0000');
    const earlier = g.combinations.get(key);
    if (earlier !== undefined && !g.isSingleVariant) {
      log.error(
        row,
        `Option combination "${values.filter(Boolean).join(' / ')}" repeats row ${earlier}`,
        names.optionValues[0],
      );
    } else {
      g.combinations.set(key, row);
    }

    const price = cell(record, names.price).trim();
    if (price === '') log.warn(row, 'Variant has no price', names.price);
    else if (!isMoney(price))
      log.error(row, `Price "${price}" is not an amount like 19.99`, names.price);
    const compareAt = cell(record, names.compareAtPrice).trim();
    if (compareAt !== '') {
      if (!isMoney(compareAt)) {
        log.error(
          row,
          `Compare-at price "${compareAt}" is not an amount like 24.99`,
          names.compareAtPrice,
        );
      } else if (isMoney(price) && Number(compareAt) <= Number(price)) {
        log.warn(
          row,
          `Compare-at price ${compareAt} is not above the price ${price}; no sale is shown`,
          names.compareAtPrice,
        );
      }
    }
    const cost = cell(record, names.cost).trim();
    if (cost !== '' && !isMoney(cost))
      log.error(row, `Cost "${cost}" is not an amount`, names.cost);
    for (const column of [names.taxable, names.requiresShipping]) {
      const value = cell(record, column).trim();
      if (value !== '' && !isBooleanWord(value))
        log.error(row, `"${value}" is not TRUE or FALSE`, column);
    }
    const grams = cell(record, names.grams).trim();
    if (grams !== '' && !isNonNegativeDecimal(grams)) {
      log.error(row, `Weight "${grams}" is not a number of grams`, names.grams);
    }
    const unit = cell(record, names.weightUnit).trim();
    if (unit !== '' && !WEIGHT_UNITS.has(unit.toLowerCase())) {
      log.error(row, `Weight unit "${unit}" is not g, kg, lb or oz`, names.weightUnit);
    }
    const quantity = cell(record, names.inventoryQuantity).trim();
    if (quantity !== '' && !isInteger(quantity)) {
      log.error(
        row,
        `Inventory quantity "${quantity}" is not a whole number`,
        names.inventoryQuantity,
      );
    }
    const policy = cell(record, names.inventoryPolicy).trim();
    if (policy !== '' && !/^(?:deny|continue)$/i.test(policy)) {
      log.error(row, `"${policy}" is not DENY or CONTINUE`, names.inventoryPolicy);
    }
    const barcode = cell(record, names.barcode).trim();
    if (barcode !== '') {
      const problem = gtinProblem(barcode);
      if (problem) log.warn(row, problem, names.barcode);
    }
    checkUrl(cell(record, names.variantImage).trim(), row, names.variantImage);
  };

  const checkUrl = (value: string, row: number, column: string): void => {
    if (value === '') return;
    const kind = classifyUrl(value);
    if (kind === 'invalid') log.error(row, `"${value}" is not an http(s) URL`, column);
    if (kind === 'relative') {
      log.warnOnce(
        `relative:${column}`,
        row,
        `"${value}" is a relative path (and so, maybe, later ones in this column): Shopify only fetches images from absolute http(s) URLs; export with an image base URL`,
        column,
      );
    }
  };

  const checkImage = (record: string[], row: number, g: ProductGroup): boolean => {
    const src = cell(record, names.imageSrc).trim();
    const position = cell(record, names.imagePosition).trim();
    const alt = cell(record, names.imageAlt).trim();
    checkUrl(src, row, names.imageSrc);
    if (position !== '') {
      if (!isPositiveInteger(position)) {
        log.error(
          row,
          `Image position "${position}" is not a positive whole number`,
          names.imagePosition,
        );
      } else if (Number(position) <= g.lastImagePosition) {
        log.error(
          row,
          `Image position ${position} does not follow position ${g.lastImagePosition} (row ${g.lastImagePositionRow})`,
          names.imagePosition,
        );
      } else {
        g.lastImagePosition = Number(position);
        g.lastImagePositionRow = row;
      }
    }
    if (src === '' && (position !== '' || alt !== '') && !hasVariantData(record)) {
      log.warn(row, 'Image position or alt text without an image URL is ignored', names.imageSrc);
    }
    return src !== '';
  };

  const productFieldsOnLaterRows = (): string[] => [
    names.body,
    names.vendor,
    names.productCategory,
    names.type,
    names.tags,
    names.published,
    names.status,
    names.giftCard,
    names.seoTitle,
    names.seoDescription,
  ];

  const onRow = (record: string[], row: number): void => {
    const handle = cell(record, names.handle).trim();
    if (handle === '') {
      log.error(row, 'Row has no handle', names.handle);
      return;
    }
    let g = group;
    const isFirst = g === null || g.handle !== handle;
    if (g === null || g.handle !== handle) {
      closeGroup();
      if (g) seenHandles.set(g.handle, row - 1);
      g = startGroup(record, row, handle);
      group = g;
    }
    if (!isFirst) {
      if (cell(record, names.title).trim() !== '') {
        log.error(
          row,
          `Title on a later row of "${handle}": only the first row of a handle carries product fields`,
          names.title,
        );
      }
      names.optionNames.forEach((column) => {
        if (cell(record, column).trim() !== '') {
          log.error(row, `Option names belong on the first row of "${handle}" only`, column);
        }
      });
      for (const column of productFieldsOnLaterRows()) {
        if (cell(record, column).trim() !== '') {
          log.warn(row, `Product field on a later row of "${handle}" is ignored`, column);
        }
      }
    }
    const isVariantRow = isFirst || hasVariantData(record);
    if (isVariantRow) checkVariant(record, row, g);
    const isImageRow = checkImage(record, row, g);
    if (!isVariantRow && !isImageRow) {
      log.warn(row, `Row of "${handle}" carries neither a variant nor an image`);
    }
  };

  const rowCount = await scanRecords(csv, log, onHeader, onRow);
  closeGroup();
  return log.report(rowCount, productCount);
}
