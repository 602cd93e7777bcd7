import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** What a validator reads: the whole text, or a stream of pieces (a file read stream works). */
export type CsvInput = string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Yields the records of a CSV with csv-parse (a different code path from the writers' csv-stringify).
 * Ragged rows are yielded as they are, so validators can report them; a syntax error throws the
 * parser's error (its message names the line).
 */
export async function* readCsvRecords(input: CsvInput): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  const source = Readable.from(typeof input === 'string' ? [input] : input);
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } finally {
    source.destroy();
    parser.destroy();
  }
}
