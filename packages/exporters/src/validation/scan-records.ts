import { isFormulaLike } from '../csv/neutralise-cell.ts';
import {
  CsvContentError,
  MAX_CELL_CHARS,
  MAX_RECORD_BYTES,
  readCsvRecords,
  type CsvInput,
} from '../csv/read-csv-records.ts';
import type { IssueLog } from './validation-report.ts';

/**
 * Drives a validator: parses `input`, hands the header and each data row (with its row number) to
 * the callbacks, and adds the checks every format shares — row width, formula-like cells, syntax
 * errors, and the size caps. Returns the number of data rows. `onHeader` returning false stops the
 * scan. Reading stops at the first row over `MAX_RECORD_BYTES`, and at a header with a cell over
 * `MAX_CELL_CHARS` (a data cell that size is reported). Errors of the input stream are rethrown.
 */
export async function scanRecords(
  input: CsvInput,
  log: IssueLog,
  onHeader: (header: string[]) => boolean,
  onRow: (record: string[], row: number) => void,
): Promise<number> {
  let row = 0;
  let header: string[] = [];
  try {
    for await (const record of readCsvRecords(input)) {
      row++;
      const oversize = record.findIndex((value) => value.length > MAX_CELL_CHARS);
      if (oversize >= 0) {
        log.error(
          row,
          `Cell is larger than ${mb(MAX_CELL_CHARS)}, far beyond any product field`,
          header[oversize],
        );
        if (row === 1) return 0;
      }
      if (row === 1) {
        header = record;
        if (!onHeader(record)) return 0;
        continue;
      }
      if (record.length !== header.length) {
        if (record.length === 1 && record[0] === '') {
          log.warn(row, 'Empty row');
          continue;
        }
        log.error(row, `Row has ${record.length} cells; the header has ${header.length}`);
      }
      for (let i = 0; i < record.length; i++) {
        const value = record[i] ?? '';
        if (isFormulaLike(value)) {
          log.warn(
            row,
            `Cell starts with "${value.slice(0, 1).replace('\t', '\\t').replace('\r', '\\r')}": spreadsheet apps may run it as a formula`,
            header[i],
          );
        }
      }
      onRow(record, row);
    }
  } catch (error) {
    if (!(error instanceof CsvContentError)) throw error;
    const message =
      error.kind === 'record-too-large'
        ? `Row is larger than ${mb(MAX_RECORD_BYTES)}: not a product CSV? Reading stopped here`
        : error.kind === 'syntax'
          ? // csv-parse's message names the line; rows parsed ahead of the failure are not checked.
            `CSV syntax error: ${error.message}`
          : error.message;
    log.error(error.row, message);
    return Math.max(0, row - 1);
  }
  if (row === 0) log.error(1, 'The file is empty: no header row');
  return Math.max(0, row - 1);
}

const mb = (bytes: number) => `${bytes / 2 ** 20} MB`;
