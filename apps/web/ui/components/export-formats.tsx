import type { ExportFormat } from '@storecraft/core';

/** What each export format is called on screen. */
export const exportFormatLabels: Record<ExportFormat, string> = {
  shopify: 'Shopify CSV',
  woocommerce: 'WooCommerce CSV',
  magento: 'Magento 2 CSV',
  bigcommerce: 'BigCommerce CSV',
  thumbnails: 'Thumbnails ZIP',
};

/** The import-file formats people pick from (thumbnails have their own button). */
export const csvFormats = ['shopify', 'woocommerce', 'magento', 'bigcommerce'] as const;
export type CsvFormat = (typeof csvFormats)[number];

const sizeUnits = ['bytes', 'KB', 'MB', 'GB'] as const;

/** 1,234,567 → "1.2 MB" (decimal units, as browsers' download lists show them). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < sizeUnits.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits })} ${sizeUnits[unit]}`;
}

const utcDateTime = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** In UTC, so the server's render and the browser's agree whatever either's time zone. */
export function formatUtc(date: Date): string {
  return `${utcDateTime.format(date)} UTC`;
}
