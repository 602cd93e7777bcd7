import type { StorageConfig } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { createLocalStorage } from './local-storage.ts';
import type { LocalFileStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { S3FileStorage } from './s3-storage.ts';

export interface CreateStorageOptions {
  /** `resolveSigningSecret(config)` from @storecraft/config: signs local file URLs. */
  signingSecret: string;
  /** `config.server.publicUrl`: where the web app serves local files (`/files/…`). */
  publicUrl: string;
}

/** What `createStorage` returns; `driver` tells the web app whether to mount the file handler. */
export type ConfiguredStorage = LocalFileStorage | S3FileStorage;

/** Builds the storage adapter chosen by `STORAGE_DRIVER`. */
export function createStorage(
  config: StorageConfig,
  { signingSecret, publicUrl }: CreateStorageOptions,
): ConfiguredStorage {
  switch (config.driver) {
    case 'local':
      return createLocalStorage({ rootDir: config.dir, publicUrl, signingSecret });
    case 's3': {
      const { driver: _driver, ...s3 } = config;
      return createS3Storage(s3);
    }
    default:
      return unknownDriver(config);
  }
}

function unknownDriver(config: never): never {
  throw new AppError(
    'INTERNAL',
    `Unknown storage driver ${JSON.stringify((config as { driver?: unknown }).driver)}`,
  );
}
