import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

/** What a validator reads: the whole text, or a stream of pieces (a file read stream works). */
export type CsvInput = string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Caps on what the parser buffers. A product row is a few KB and its largest cell, an HTML
 * description, rarely passes 100 KB, so 1 MB a cell and 4 MB a row leave room for any real import
 * file. Without a cap, a file with no line breaks (a 150 MB one-liner, minified JSON, a binary)
 * is parsed into memory whole as one record.
 */
export const MAX_RECORD_BYTES = 4 * 2 ** 20;
export const MAX_CELL_CHARS = 2 ** 20;

/** Binary files are told apart by a NUL in their first bytes, as git and grep do. */
const SNIFF_BYTES = 8 * 1024;

/** Why the content could not be read as CSV (the stream itself failing is not one of these). */
export class CsvContentError extends Error {
  readonly kind: 'syntax' | 'record-too-large' | 'not-text';
  /** The record (1 = header) where reading failed. */
  readonly row: number;

  constructor(kind: CsvContentError['kind'], row: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CsvContentError';
    this.kind = kind;
    this.row = row;
  }
}

/**
 * Yields the records of a CSV with csv-parse (a different code path from the writers' csv-stringify),
 * streaming: at most one record (≤ `MAX_RECORD_BYTES`) is buffered. Ragged rows are yielded as they
 * are, so validators can report them. Content that is not CSV throws a `CsvContentError` — a syntax
 * error (the parser's message names the line), a record over the cap, or NUL bytes (binary or
 * UTF-16); errors of the input stream itself are thrown as they are.
 */
export async function* readCsvRecords(input: CsvInput): AsyncGenerator<string[]> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
    // Named rather than discovered: discovery costs a few allocations a byte until the first line
    // break, seconds on a file without one. CRLF comes first so it is read as one line break.
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const source = Readable.from(rejectBinary(typeof input === 'string' ? [input] : input));
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const kind = error.code === 'CSV_MAX_RECORD_SIZE' ? 'record-too-large' : 'syntax';
    // The parser runs ahead of this loop, so its own count says which record failed.
    const { records } = error as CsvError & { records?: number };
    throw new CsvContentError(kind, (records ?? 0) + 1, error.message, { cause: error });
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** Passes the pieces through, failing fast when the first bytes hold a NUL. */
async function* rejectBinary(
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<string | Uint8Array> {
  let sniffed = 0;
  for await (const piece of input) {
    if (sniffed < SNIFF_BYTES) {
      const end = SNIFF_BYTES - sniffed;
      const hasNul =
        typeof piece === 'string'
          ? piece.slice(0, end).includes('\u0000')
          : piece.subarray(0, end).includes(0);
      sniffed += Math.min(piece.length, end);
      if (hasNul) {
        throw new CsvContentError(
          'not-text',
          1,
          'The file is not CSV text: it holds NUL bytes, so it is binary (a spreadsheet, an image, an archive) or UTF-16 text. Save it as "CSV UTF-8".',
        );
      }
    }
    yield piece;
  }
}
