import type { StorageConfig } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import type { FileStorage } from './file-storage.ts';

export type S3StorageConfig = Omit<Extract<StorageConfig, { driver: 's3' }>, 'driver'>;

export interface S3StorageOptions extends S3StorageConfig {
  /** Keys per ListObjectsV2 page (1–1000, default 1000); tests lower it to exercise paging. */
  listPageSize?: number;
  /**
   * Bodies larger than this go up as a multipart upload in parts of this size (default 8 MiB,
   * S3's minimum is 5 MiB). A put holds at most two parts in memory.
   */
  partSizeBytes?: number;
  /** Clock used as the signing time of presigned URLs; defaults to the system clock. */
  now?: () => Date;
}

export interface S3FileStorage extends FileStorage {
  readonly driver: 's3';
  readonly bucket: string;
  /** Closes the client's sockets. */
  close(): void;
}

const MIN_PART_BYTES = 5 * 1024 * 1024;
const DEFAULT_PART_BYTES = 8 * 1024 * 1024;

/** The options with their defaults, checked: what `s3-client-storage.ts` is given. */
export type S3Settings = S3StorageConfig &
  Required<Pick<S3StorageOptions, 'listPageSize' | 'partSizeBytes' | 'now'>>;

/**
 * Files in an S3 bucket or any S3-compatible service (MinIO, R2, …: set `endpoint`, and usually
 * `forcePathStyle`). Signed URLs are S3 presigned GET URLs. Bad options throw here; the AWS SDK
 * and the client are loaded on the first call (every CLI command and the web server import
 * storage, most never use S3: loading the SDK took ≈0.12 s of their start-up).
 */
export function createS3Storage(options: S3StorageOptions): S3FileStorage {
  const settings: S3Settings = {
    ...options,
    listPageSize: options.listPageSize ?? 1000,
    partSizeBytes: options.partSizeBytes ?? DEFAULT_PART_BYTES,
    now: options.now ?? (() => new Date()),
  };
  const { listPageSize, partSizeBytes } = settings;
  if (!Number.isInteger(listPageSize) || listPageSize < 1 || listPageSize > 1000) {
    throw new AppError('INVALID_INPUT', `listPageSize must be 1–1000, got ${listPageSize}`);
  }
  if (!Number.isInteger(partSizeBytes) || partSizeBytes < MIN_PART_BYTES) {
    throw new AppError('INVALID_INPUT', `partSizeBytes must be at least ${MIN_PART_BYTES}`);
  }
  let connected: Promise<S3FileStorage> | undefined;
  const s3 = () =>
    (connected ??= import('./s3-client-storage.ts').then((m) => m.connectS3Storage(settings)));
  return {
    driver: 's3',
    bucket: options.bucket,
    put: async (key, body, putOptions) => (await s3()).put(key, body, putOptions),
    get: async (key) => (await s3()).get(key),
    exists: async (key) => (await s3()).exists(key),
    delete: async (key) => (await s3()).delete(key),
    deleteAll: async (prefix) => (await s3()).deleteAll(prefix),
    signedUrl: async (key, signOptions) => (await s3()).signedUrl(key, signOptions),
    async *list(prefix) {
      yield* (await s3()).list(prefix);
    },
    close() {
      // Nothing to close until the client exists; a client that never loaded has nothing open
      // (its callers already got the error).
      connected?.then(
        (storage) => storage.close(),
        () => {},
      );
    },
  };
}
