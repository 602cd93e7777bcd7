import { writeBigCommerceCsv } from './bigcommerce/write-bigcommerce-csv.ts';
import { writeMagentoCsv } from './magento/write-magento-csv.ts';
import { writeShopifyCsv } from './shopify/write-shopify-csv.ts';
import type { ExportChunk, CsvFormat, ExportInput, ExportOptions } from './types.ts';
import { writeWooCommerceCsv } from './woocommerce/write-woocommerce-csv.ts';

/**
 * Streams a catalog as the chosen platform's import file(s). Append each chunk's `data` to the file
 * at its `path`: shopify → products.csv (then products-part-2.csv, … past `maxFileBytes`),
 * woocommerce → products.csv, magento → catalog_product.csv + README-magento.txt,
 * bigcommerce → products.csv.
 */
export function exportCatalog(
  format: CsvFormat,
  input: ExportInput,
  options: ExportOptions = {},
): AsyncGenerator<ExportChunk> {
  switch (format) {
    case 'shopify':
      return writeShopifyCsv(input, {
        ...(options.shopifyHeaders === undefined ? {} : { headers: options.shopifyHeaders }),
        ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
      });
    case 'woocommerce':
      return writeWooCommerceCsv(input);
    case 'magento':
      return writeMagentoCsv(input);
    case 'bigcommerce':
      return writeBigCommerceCsv(input);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown export format ${String(unknown)}`);
    }
  }
}
