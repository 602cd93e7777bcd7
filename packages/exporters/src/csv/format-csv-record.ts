import { neutraliseCell } from './neutralise-cell.ts';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV record (with its CRLF) after the injection guard. Quoting follows csv-stringify's rule for
 * `,` delimiter and `"` quote — a field is quoted when it holds a comma, a quote or a line break, and
 * quotes are doubled — and the tests hold it to byte equality with csv-stringify and to csv-parse
 * round trips. It exists because a catalog row has ~50 mostly empty cells: this loop writes them
 * about three times faster than the library's per-field casting, which the 100k-rows/s target needs.
 */
export function formatCsvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    const raw = cells[i];
    if (raw === undefined || raw === '') continue;
    const value = neutraliseCell(raw);
    line += NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
  }
  return `${line}\r\n`;
}
