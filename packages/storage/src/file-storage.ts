import type { Readable } from 'node:stream';

/** What `put` accepts: bytes, text (stored as UTF-8) or a byte stream. */
export type FileBody = Buffer | Uint8Array | string | Readable | AsyncIterable<Uint8Array>;

export interface PutOptions {
  /** Defaults to the type implied by the key's extension (`application/octet-stream` if none). */
  contentType?: string;
  /** Stored as the object's `Cache-Control` where the backend keeps metadata (S3, memory). */
  cacheControl?: string;
}

export interface StoredFile {
  key: string;
  /** Bytes stored. */
  size: number;
}

export interface SignedUrlOptions {
  /** Lifetime of the URL, 1 s to 7 days (the S3 presigning limit, kept for every adapter). */
  expiresInSeconds: number;
  /** When set, the response asks the browser to save the file under this name. */
  downloadName?: string;
}

/**
 * Where generated images and exports live. Keys are relative, `/`-separated paths
 * (`images/brand_…/prod_…/1.webp`); every method refuses an invalid key with `INVALID_INPUT`.
 */
export interface FileStorage {
  /** Stores the body under `key`, replacing any previous file; readers never see a partial file. */
  put(key: string, body: FileBody, options?: PutOptions): Promise<StoredFile>;
  /** Streams the file; throws `NOT_FOUND` when there is none. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** A URL that downloads the file without credentials until it expires. */
  signedUrl(key: string, options: SignedUrlOptions): Promise<string>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Every file whose key starts with `prefix`, in ascending key order, fetched page by page. */
  list(prefix: string): AsyncIterable<StoredFile>;
  /**
   * Removes every file whose key starts with `prefix` (a brand's pictures: `images/{brandId}/`).
   * On disk a prefix ending in `/` goes as one folder, leaving no empty folders behind.
   */
  deleteAll(prefix: string): Promise<void>;
}

/** Deletes what `list(prefix)` finds, a few at a time: for stores without a bulk delete. */
export async function deleteListed(
  storage: Pick<FileStorage, 'list' | 'delete'>,
  prefix: string,
  concurrency = 8,
): Promise<void> {
  const batch: Promise<void>[] = [];
  for await (const file of storage.list(prefix)) {
    batch.push(storage.delete(file.key));
    if (batch.length >= concurrency) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

/** A file opened for serving: the stream plus the headers an HTTP response needs. */
export interface OpenedFile {
  body: Readable;
  size: number;
  contentType: string;
  cacheControl: string | undefined;
}

/**
 * A storage whose signed URLs point back at this process (`{publicUrl}/files/{key}`), served by
 * `createLocalFileHandler`. The local-disk and in-memory adapters are servable; S3 serves itself.
 */
export interface ServableFileStorage extends FileStorage {
  /** URL path under which signed files are served, e.g. `/files/`. */
  readonly filesPath: string;
  /** Like `get`, with size and content type; throws `NOT_FOUND` when there is no file. */
  open(key: string): Promise<OpenedFile>;
}
