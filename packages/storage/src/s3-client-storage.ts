// The S3 storage's implementation, apart from `s3-storage.ts` so that the AWS SDK (≈0.15 s of CPU
// to load) is only loaded by a process that uses S3, on its first call.
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { CompletedPart } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AppError } from '@storecraft/core';
import { contentTypeForKey } from './content-type.ts';
import { byteChunks, fixedSizeParts } from './file-body.ts';
import { deleteListed } from './file-storage.ts';
import { assertValidSignedUrlOptions, attachmentDisposition } from './signed-url-options.ts';
import type { S3FileStorage, S3Settings } from './s3-storage.ts';
import { assertValidKey, assertValidPrefix } from './storage-keys.ts';

const MAX_PARTS = 10_000;

/** A missing object, as opposed to a missing bucket (a configuration problem, not a 404 to hide). */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException) || error.name === 'NoSuchBucket') return false;
  // HEAD responses have no body, so a missing object there is just `NotFound` / 404.
  return (
    error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    error.$metadata.httpStatusCode === 404
  );
}

function providerFailed(operation: string, key: string, error: unknown): AppError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AppError('PROVIDER_FAILED', `S3 ${operation} of ${key} failed (${detail})`, {
    userMessage: 'The file storage is not available right now.',
    cause: error,
  });
}

/** The S3 storage `createS3Storage` describes, with its client: loaded on its first call. */
export function connectS3Storage(options: S3Settings): S3FileStorage {
  const { bucket, listPageSize, partSizeBytes: partSize, now } = options;

  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: {
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
    },
    // Recent SDKs send CRC checksum headers by default, which many S3-compatible services
    // reject; keep them for AWS itself (no custom endpoint) only.
    ...(options.endpoint === undefined
      ? {}
      : {
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }),
  });

  async function uploadMultipart(
    key: string,
    parts: AsyncIterator<Buffer>,
    firstParts: Buffer[],
    headers: { ContentType: string; CacheControl: string | undefined },
  ): Promise<number> {
    let uploadId: string | undefined;
    try {
      ({ UploadId: uploadId } = await client.send(
        new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ...headers }),
      ));
    } catch (error) {
      throw providerFailed('CreateMultipartUpload', key, error);
    }
    if (!uploadId) throw providerFailed('CreateMultipartUpload', key, 'no UploadId returned');
    const completed: CompletedPart[] = [];
    let size = 0;
    try {
      const pending = [...firstParts];
      for (;;) {
        let part = pending.shift();
        if (part === undefined) {
          const next = await parts.next();
          if (next.done) break;
          part = next.value;
        }
        const partNumber = completed.length + 1;
        if (partNumber > MAX_PARTS) {
          throw new AppError(
            'INVALID_INPUT',
            `${key} is larger than ${MAX_PARTS} parts of ${partSize} bytes`,
          );
        }
        let etag: string | undefined;
        try {
          ({ ETag: etag } = await client.send(
            new UploadPartCommand({
              Bucket: bucket,
              Key: key,
              UploadId: uploadId,
              PartNumber: partNumber,
              Body: part,
              ContentLength: part.length,
            }),
          ));
        } catch (error) {
          throw providerFailed('UploadPart', key, error);
        }
        completed.push({ ETag: etag, PartNumber: partNumber });
        size += part.length;
      }
      try {
        await client.send(
          new CompleteMultipartUploadCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            MultipartUpload: { Parts: completed },
          }),
        );
      } catch (error) {
        throw providerFailed('CompleteMultipartUpload', key, error);
      }
      return size;
    } catch (error) {
      // Best effort: an upload never completed is invisible to readers, but its parts cost money
      // until aborted (or a bucket lifecycle rule sweeps them).
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }))
        .catch(() => undefined);
      throw error;
    }
  }

  const storage: S3FileStorage = {
    driver: 's3',
    bucket,

    async put(key, body, putOptions = {}) {
      assertValidKey(key);
      const headers = {
        ContentType: putOptions.contentType ?? contentTypeForKey(key),
        CacheControl: putOptions.cacheControl,
      };
      // Bodies are cut into parts in memory: PutObject needs a known length, and buffering one
      // part at a time keeps memory bounded for streams of any size.
      const parts = fixedSizeParts(byteChunks(body), partSize)[Symbol.asyncIterator]();
      const first = await parts.next();
      const second = await parts.next();
      if (!second.done) {
        const size = await uploadMultipart(
          key,
          parts,
          [first.value ?? Buffer.alloc(0), second.value],
          headers,
        );
        return { key, size };
      }
      const data = first.value ?? Buffer.alloc(0);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: data,
            ContentLength: data.length,
            ...headers,
          }),
        );
      } catch (error) {
        throw providerFailed('PutObject', key, error);
      }
      return { key, size: data.length };
    },

    async get(key) {
      assertValidKey(key);
      let body: unknown;
      try {
        ({ Body: body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key })));
      } catch (error) {
        if (isNotFound(error)) {
          throw new AppError('NOT_FOUND', `No file at ${key}`, { cause: error });
        }
        throw providerFailed('GetObject', key, error);
      }
      if (!(body instanceof Readable)) {
        throw providerFailed('GetObject', key, 'the response body is not a Node.js stream');
      }
      return body;
    },

    async exists(key) {
      assertValidKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw providerFailed('HeadObject', key, error);
      }
    },

    async delete(key) {
      assertValidKey(key);
      try {
        // S3 answers 204 for a missing key too, so this is idempotent as is.
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        if (isNotFound(error)) return;
        throw providerFailed('DeleteObject', key, error);
      }
    },

    async deleteAll(prefix) {
      assertValidPrefix(prefix);
      await deleteListed(storage, prefix);
    },

    async *list(prefix) {
      assertValidPrefix(prefix);
      let continuationToken: string | undefined;
      do {
        let page;
        try {
          page = await client.send(
            new ListObjectsV2Command({
              Bucket: bucket,
              Prefix: prefix === '' ? undefined : prefix,
              MaxKeys: listPageSize,
              ContinuationToken: continuationToken,
            }),
          );
        } catch (error) {
          throw providerFailed('ListObjectsV2', prefix, error);
        }
        for (const object of page.Contents ?? []) {
          if (object.Key !== undefined) yield { key: object.Key, size: object.Size ?? 0 };
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken !== undefined);
    },

    async signedUrl(key, signOptions) {
      assertValidKey(key);
      assertValidSignedUrlOptions(signOptions);
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition:
          signOptions.downloadName === undefined
            ? undefined
            : attachmentDisposition(signOptions.downloadName),
      });
      try {
        return await getSignedUrl(client, command, {
          expiresIn: signOptions.expiresInSeconds,
          signingDate: now(),
        });
      } catch (error) {
        throw providerFailed('presign GetObject', key, error);
      }
    },

    close() {
      client.destroy();
    },
  };
  return storage;
}
