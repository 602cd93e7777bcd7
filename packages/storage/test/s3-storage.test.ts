import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '@storecraft/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Storage } from '../src/index.ts';
import type { S3FileStorage, S3StorageConfig } from '../src/index.ts';
import { startS3rver } from './s3rver-harness.ts';
import type { S3rverHarness } from './s3rver-harness.ts';
import { chunksOverTime } from './test-bodies.ts';

let s3rver: S3rverHarness;
let config: S3StorageConfig;
let storage: S3FileStorage;
let admin: S3Client;

beforeAll(async () => {
  s3rver = await startS3rver();
  config = s3rver.config;
  storage = createS3Storage(config);
  admin = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
});

afterAll(async () => {
  storage.close();
  admin.destroy();
  await s3rver.stop();
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

function freshPrefix(): string {
  return `s3/${randomUUID()}/`;
}

describe('S3 presigned URLs', () => {
  it('download the object with a plain fetch', async () => {
    const key = `${freshPrefix()}images/brand_1/prod_1/1.png`;
    const bytes = Buffer.from('not really a png, but bytes');
    await storage.put(key, bytes);

    const url = await storage.signedUrl(key, { expiresInSeconds: 300 });
    expect(url).toContain('X-Amz-Signature=');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('ask the browser to save under the download name', async () => {
    const key = `${freshPrefix()}exports/brand_1/20250102T030405Z.csv`;
    await storage.put(key, 'Handle,Title\nmug,Mug\n');
    const url = await storage.signedUrl(key, {
      expiresInSeconds: 300,
      downloadName: 'Café shopify.csv',
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Caf_ shopify.csv"; filename*=UTF-8''Caf%C3%A9%20shopify.csv`,
    );
    expect(await response.text()).toBe('Handle,Title\nmug,Mug\n');
  });

  it('work for unicode keys', async () => {
    const key = `${freshPrefix()}images/marque_été/产品/1.webp`;
    await storage.put(key, 'webp bytes');
    const response = await fetch(await storage.signedUrl(key, { expiresInSeconds: 60 }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('webp bytes');
  });

  it('are refused once expired', async () => {
    const key = `${freshPrefix()}a.csv`;
    await storage.put(key, 'a');
    // Signed two hours ago for one minute.
    const past = createS3Storage({ ...config, now: () => new Date(Date.now() - 2 * 3600_000) });
    try {
      const url = await past.signedUrl(key, { expiresInSeconds: 60 });
      const response = await fetch(url);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Request has expired');
    } finally {
      past.close();
    }
  });
});

describe('S3 adapter', () => {
  it('uploads a large stream in parts and reads it back intact', async () => {
    const partSizeBytes = 5 * 1024 * 1024;
    const multipart = createS3Storage({ ...config, partSizeBytes });
    try {
      const key = `${freshPrefix()}exports/brand_1/big.csv`;
      // 11 MiB in odd-sized chunks: two full parts and a short last one.
      const chunk = Buffer.alloc(777_777, 'row,of,csv\n');
      const chunkCount = Math.ceil((11 * 1024 * 1024) / chunk.length);
      const expected = createHash('sha256');
      for (let i = 0; i < chunkCount; i++) expected.update(chunk);
      const stored = await multipart.put(
        key,
        chunksOverTime(Array.from({ length: chunkCount }, () => chunk)),
      );
      expect(stored.size).toBe(chunk.length * chunkCount);
      const actual = createHash('sha256').update(await readAll(await multipart.get(key)));
      expect(actual.digest('hex')).toBe(expected.digest('hex'));
      const head = await admin.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key }));
      expect(head.ContentType).toBe('text/csv; charset=utf-8');
    } finally {
      multipart.close();
    }
  });

  it('stores the content type and cache control', async () => {
    const prefix = freshPrefix();
    await storage.put(`${prefix}1.webp`, 'x', { cacheControl: 'public, max-age=31536000' });
    await storage.put(`${prefix}2.bin`, 'x', { contentType: 'image/avif' });
    const first = await admin.send(
      new HeadObjectCommand({ Bucket: config.bucket, Key: `${prefix}1.webp` }),
    );
    expect(first.ContentType).toBe('image/webp');
    expect(first.CacheControl).toBe('public, max-age=31536000');
    const second = await admin.send(
      new HeadObjectCommand({ Bucket: config.bucket, Key: `${prefix}2.bin` }),
    );
    expect(second.ContentType).toBe('image/avif');
  });

  it('lists page by page when a prefix holds more keys than a page', async () => {
    const prefix = freshPrefix();
    const keys = Array.from({ length: 5 }, (_, i) => `${prefix}${i}.txt`);
    for (const key of keys) await storage.put(key, 'x');

    // The server really truncates at MaxKeys, so the listing below needs three pages.
    const firstPage = await admin.send(
      new ListObjectsV2Command({ Bucket: config.bucket, Prefix: prefix, MaxKeys: 2 }),
    );
    expect(firstPage.IsTruncated).toBe(true);

    const paged = createS3Storage({ ...config, listPageSize: 2 });
    try {
      const listed: string[] = [];
      for await (const file of paged.list(prefix)) listed.push(file.key);
      expect(listed).toEqual(keys);
    } finally {
      paged.close();
    }
  });

  it('reports a missing bucket as a provider failure, not a missing file', async () => {
    const wrong = createS3Storage({ ...config, bucket: 'no-such-bucket' });
    try {
      expect((await appErrorOf(wrong.get('a.txt'))).code).toBe('PROVIDER_FAILED');
      expect((await appErrorOf(wrong.put('a.txt', 'x'))).code).toBe('PROVIDER_FAILED');
    } finally {
      wrong.close();
    }
  });

  it('reports an unreachable endpoint as a provider failure', async () => {
    const unreachable = createS3Storage({ ...config, endpoint: 'http://127.0.0.1:9' });
    try {
      const error = await appErrorOf(unreachable.exists('a.txt'));
      expect(error.code).toBe('PROVIDER_FAILED');
      expect(error.userMessage).toBe('The file storage is not available right now.');
    } finally {
      unreachable.close();
    }
  });

  it('refuses a part size below the S3 minimum', () => {
    expect(() => createS3Storage({ ...config, partSizeBytes: 1024 })).toThrow(AppError);
  });
});
