import { parse, type Options } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ExportChunk } from '../types.ts';
import type { ValidationIssue } from '../validation/validation-report.ts';

const STRICT: Options = { bom: true };
const RELAXED: Options = { bom: true, relax_column_count: true };

/** Concatenates chunks per path, keeping the order paths first appeared in. */
export async function collectFiles(
  chunks: AsyncIterable<ExportChunk>,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const chunk of chunks)
    files.set(chunk.path, (files.get(chunk.path) ?? '') + chunk.data);
  return files;
}

export function fileOf(files: Map<string, string>, path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`No file ${path}; got ${[...files.keys()].join(', ')}`);
  return text;
}

/** Parses with csv-parse into the header and one object per data row. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(text, STRICT);
  const [header = [], ...data] = records;
  return {
    header,
    rows: data.map((record) =>
      Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
    ),
  };
}

export function parseRecords(text: string): string[][] {
  return parse(text, RELAXED);
}

/** Writes records back with csv-stringify (the reference implementation). */
export function toCsv(records: readonly (readonly string[])[]): string {
  return stringify(records as string[][], {
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
  });
}

export function errorsOf(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}
