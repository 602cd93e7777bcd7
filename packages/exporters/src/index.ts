export * from './types.ts';
export { exportCatalog } from './export-catalog.ts';
export { validateExport, type ValidateExportOptions } from './validate-export.ts';
export type { CsvInput } from './csv/read-csv-records.ts';
export { neutraliseCell, isFormulaLike } from './csv/neutralise-cell.ts';
export { sanitizeDescription } from './html/sanitize-description.ts';
export type {
  IssueSeverity,
  ValidateOptions,
  ValidationIssue,
  ValidationReport,
} from './validation/validation-report.ts';
export {
  writeShopifyCsv,
  shopifyPartPath,
  SHOPIFY_FILE_NAME,
  SHOPIFY_MAX_FILE_BYTES,
  type ShopifyWriteOptions,
} from './shopify/write-shopify-csv.ts';
export { validateShopifyCsv, type ShopifyValidateOptions } from './shopify/validate-shopify-csv.ts';
export { SHOPIFY_CURRENT_HEADERS, SHOPIFY_LEGACY_HEADERS } from './shopify/shopify-headers.ts';
export { writeWooCommerceCsv, WOOCOMMERCE_FILE_NAME } from './woocommerce/write-woocommerce-csv.ts';
export { validateWooCommerceCsv } from './woocommerce/validate-woocommerce-csv.ts';
export {
  writeMagentoCsv,
  MAGENTO_FILE_NAME,
  MAGENTO_README_NAME,
} from './magento/write-magento-csv.ts';
export { validateMagentoCsv } from './magento/validate-magento-csv.ts';
export { writeBigCommerceCsv, BIGCOMMERCE_FILE_NAME } from './bigcommerce/write-bigcommerce-csv.ts';
export { validateBigCommerceCsv } from './bigcommerce/validate-bigcommerce-csv.ts';
export { createZipStream, type ZipEntry } from './zip/create-zip-stream.ts';
