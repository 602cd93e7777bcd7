import { validateBigCommerceCsv } from './bigcommerce/validate-bigcommerce-csv.ts';
import type { CsvInput } from './csv/read-csv-records.ts';
import { validateMagentoCsv } from './magento/validate-magento-csv.ts';
import { validateShopifyCsv } from './shopify/validate-shopify-csv.ts';
import type { CsvFormat, ShopifyHeaderSet } from './types.ts';
import type { ValidateOptions, ValidationReport } from './validation/validation-report.ts';
import { validateWooCommerceCsv } from './woocommerce/validate-woocommerce-csv.ts';

export interface ValidateExportOptions extends ValidateOptions {
  /** Shopify only: the header set the file must use; `auto` (default) detects it. */
  shopifyHeaders?: ShopifyHeaderSet | 'auto';
}

/**
 * Validates one import file (one part of a split Shopify export) with csv-parse, independently of
 * the writers. `ok` is false when any error was found; warnings do not fail a file.
 */
export function validateExport(
  format: CsvFormat,
  csv: CsvInput,
  options: ValidateExportOptions = {},
): Promise<ValidationReport> {
  const { shopifyHeaders, ...common } = options;
  switch (format) {
    case 'shopify':
      return validateShopifyCsv(csv, {
        ...common,
        ...(shopifyHeaders === undefined ? {} : { headers: shopifyHeaders }),
      });
    case 'woocommerce':
      return validateWooCommerceCsv(csv, common);
    case 'magento':
      return validateMagentoCsv(csv, common);
    case 'bigcommerce':
      return validateBigCommerceCsv(csv, common);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown export format ${String(unknown)}`);
    }
  }
}
