export type {
  FileBody,
  FileStorage,
  OpenedFile,
  PutOptions,
  ServableFileStorage,
  SignedUrlOptions,
  StoredFile,
} from './file-storage.ts';
export {
  assertValidKey,
  assertValidPrefix,
  exportKey,
  exportKeyStem,
  imageKey,
  thumbnailKey,
} from './storage-keys.ts';
export { contentTypeForKey } from './content-type.ts';
export { MAX_SIGNED_URL_SECONDS } from './signed-url-options.ts';
export { signFileUrl, verifySignedFileUrl } from './file-url-signature.ts';
export type { VerifiedFileUrl } from './file-url-signature.ts';
export { createLocalStorage } from './local-storage.ts';
export type { LocalFileStorage, LocalStorageOptions } from './local-storage.ts';
export { createLocalFileHandler } from './local-file-handler.ts';
export type { LocalFileHandler, LocalFileHandlerOptions } from './local-file-handler.ts';
export { createS3Storage } from './s3-storage.ts';
export type { S3FileStorage, S3StorageConfig, S3StorageOptions } from './s3-storage.ts';
export { createMemoryStorage } from './memory-storage.ts';
export type { MemoryFileStorage, MemoryStorageOptions } from './memory-storage.ts';
export { createStorage } from './create-storage.ts';
export type { ConfiguredStorage, CreateStorageOptions } from './create-storage.ts';
