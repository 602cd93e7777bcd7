import type { ExportChunk } from '../types.ts';
import { formatCsvRecord } from './format-csv-record.ts';

/**
 * Flush buffered text once it reaches this many characters: small enough that chunks stay in V8's
 * young generation (under its 128 KB large-object limit), large enough for few writes.
 */
const CHUNK_CHARS = 64 * 1024;

export interface CsvFileWriterOptions {
  /** Path of the first (or only) file. */
  path: string;
  /** Start a new file before one would exceed this many bytes; groups are never split. */
  maxFileBytes?: number;
  /** Path of part `n` (n ≥ 2) when the file is split. */
  partPath?: (part: number) => string;
}

/**
 * Serialises row groups (one group = all rows of one product) into CSV chunks: UTF-8 text without
 * BOM, CRLF record ends. Splitting happens only between groups, and every part starts with the
 * header row.
 */
export class CsvFileWriter {
  readonly #headerLine: string;
  readonly #headerBytes: number;
  readonly #options: CsvFileWriterOptions;
  #path: string;
  #part = 1;
  #pending: string[] = [];
  #pendingChars = 0;
  #bytesInPart = 0;
  #groupsInPart = 0;
  #started = false;

  constructor(header: readonly string[], options: CsvFileWriterOptions) {
    this.#headerLine = formatCsvRecord(header);
    this.#headerBytes = Buffer.byteLength(this.#headerLine);
    this.#options = options;
    this.#path = options.path;
  }

  /** Adds one product's rows (RFC 4180, CRLF, every cell through the injection guard). */
  *addGroup(rows: readonly (readonly string[])[]): Generator<ExportChunk> {
    if (rows.length === 0) return;
    let text = '';
    for (const row of rows) text += formatCsvRecord(row);
    const bytes = Buffer.byteLength(text);
    this.#start();
    const max = this.#options.maxFileBytes;
    if (max !== undefined && this.#groupsInPart > 0 && this.#bytesInPart + bytes > max) {
      yield* this.#flush();
      this.#part++;
      this.#path = this.#options.partPath?.(this.#part) ?? this.#options.path;
      this.#pending.push(this.#headerLine);
      this.#pendingChars = this.#headerLine.length;
      this.#bytesInPart = this.#headerBytes;
      this.#groupsInPart = 0;
    }
    this.#pending.push(text);
    this.#pendingChars += text.length;
    this.#bytesInPart += bytes;
    this.#groupsInPart++;
    if (this.#pendingChars >= CHUNK_CHARS) yield* this.#flush();
  }

  /** Flushes what is left; an empty catalog still gets its header row. */
  *finish(): Generator<ExportChunk> {
    this.#start();
    yield* this.#flush();
  }

  #start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#pending.push(this.#headerLine);
    this.#pendingChars = this.#headerLine.length;
    this.#bytesInPart = this.#headerBytes;
  }

  *#flush(): Generator<ExportChunk> {
    if (this.#pending.length === 0) return;
    const data = this.#pending.join('');
    this.#pending = [];
    this.#pendingChars = 0;
    yield { path: this.#path, data };
  }
}
