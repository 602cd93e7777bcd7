import { isFormulaLike } from '../csv/neutralise-cell.ts';
import { readCsvRecords, type CsvInput } from '../csv/read-csv-records.ts';
import type { IssueLog } from './validation-report.ts';

/**
 * Drives a validator: parses `input`, hands the header and each data row (with its row number) to
 * the callbacks, and adds the checks every format shares — row width, formula-like cells, syntax
 * errors. Returns the number of data rows. `onHeader` returning false stops the scan.
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
    // csv-parse's message names the line; rows it had buffered are lost with the stream.
    const message = error instanceof Error ? error.message : String(error);
    log.error(row + 1, `CSV syntax error: ${message}`);
    return Math.max(0, row - 1);
  }
  if (row === 0) log.error(1, 'The file is empty: no header row');
  return Math.max(0, row - 1);
}
