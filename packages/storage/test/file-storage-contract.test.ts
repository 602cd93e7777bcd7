import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@storecraft/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage, createMemoryStorage, createS3Storage } from '../src/index.ts';
import type { FileStorage, StoredFile } from '../src/index.ts';
import { startS3rver } from './s3rver-harness.ts';
import { chunksOverTime } from './test-bodies.ts';

/** The behaviour every adapter promises; each adapter runs the same suite. */

interface AdapterUnderTest {
  name: string;
  setup: () => Promise<{ storage: FileStorage; teardown: () => Promise<void> }>;
}

const adapters: AdapterUnderTest[] = [
  {
    name: 'memory',
    setup: () => Promise.resolve({ storage: createMemoryStorage(), teardown: async () => {} }),
  },
  {
    name: 'local',
    async setup() {
      const rootDir = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-local-'));
      const storage = createLocalStorage({
        rootDir,
        publicUrl: 'http://127.0.0.1:1',
        signingSecret: 'contract-secret',
      });
      return { storage, teardown: () => fs.rm(rootDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 's3',
    async setup() {
      const s3rver = await startS3rver();
      // Two keys per page, so every listing below spans several ListObjectsV2 pages.
      const storage = createS3Storage({ ...s3rver.config, listPageSize: 2 });
      return {
        storage,
        async teardown() {
          storage.close();
          await s3rver.stop();
        },
      };
    },
  },
];

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function collect(files: AsyncIterable<StoredFile>): Promise<StoredFile[]> {
  const all: StoredFile[] = [];
  for await (const file of files) all.push(file);
  return all;
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

/** A fresh folder per test, so tests never see each other's files. */
function freshPrefix(): string {
  return `runs/${randomUUID()}/`;
}

const invalidKeys = [
  '',
  '/images/a.png',
  '../escape.png',
  'images/../../escape.png',
  'images/./a.png',
  'images\\a.png',
  'images/a\0.png',
  'images//a.png',
  'images/',
];

describe.each(adapters)('$name storage', ({ setup }) => {
  let storage: FileStorage;
  let teardown: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, teardown } = await setup());
  });
  afterAll(async () => {
    await teardown();
  });

  it('round-trips a Buffer and reports its size', async () => {
    const key = `${freshPrefix()}images/1.png`;
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10]);
    await expect(storage.put(key, bytes, { contentType: 'image/png' })).resolves.toEqual({
      key,
      size: 7,
    });
    expect(await readAll(await storage.get(key))).toEqual(bytes);
  });

  it('round-trips a stream, an async iterable and a string', async () => {
    const prefix = freshPrefix();
    const chunks = ['id,title\n', '1,Mug\n', '2,Plate\n'].map((c) => Buffer.from(c));
    const expected = Buffer.concat(chunks);

    const fromStream = await storage.put(`${prefix}a.csv`, Readable.from(chunks));
    expect(fromStream.size).toBe(expected.length);
    expect(await readAll(await storage.get(`${prefix}a.csv`))).toEqual(expected);

    await storage.put(`${prefix}b.csv`, chunksOverTime(chunks.map((c) => new Uint8Array(c))));
    expect(await readAll(await storage.get(`${prefix}b.csv`))).toEqual(expected);

    const text = 'Tasse «Café» ☕';
    const stored = await storage.put(`${prefix}c.txt`, text);
    expect(stored.size).toBe(Buffer.byteLength(text));
    expect((await readAll(await storage.get(`${prefix}c.txt`))).toString('utf8')).toBe(text);
  });

  it('stores an empty file', async () => {
    const key = `${freshPrefix()}empty.txt`;
    await expect(storage.put(key, Buffer.alloc(0))).resolves.toEqual({ key, size: 0 });
    expect(await storage.exists(key)).toBe(true);
    expect(await readAll(await storage.get(key))).toHaveLength(0);
  });

  it('replaces a file on a repeated put', async () => {
    const key = `${freshPrefix()}export.csv`;
    await storage.put(key, 'first version, longer than the second');
    await storage.put(key, 'second');
    expect((await readAll(await storage.get(key))).toString()).toBe('second');
    expect(await collect(storage.list(key))).toEqual([{ key, size: 6 }]);
  });

  it('keeps the previous file when the body fails midway', async () => {
    const key = `${freshPrefix()}report.csv`;
    await storage.put(key, 'good');
    const failing = chunksOverTime([Buffer.from('partial')], new Error('source went away'));
    await expect(storage.put(key, failing)).rejects.toThrow('source went away');
    expect((await readAll(await storage.get(key))).toString()).toBe('good');
  });

  it('tells whether a file exists', async () => {
    const prefix = freshPrefix();
    await storage.put(`${prefix}a/1.png`, 'x');
    expect(await storage.exists(`${prefix}a/1.png`)).toBe(true);
    expect(await storage.exists(`${prefix}a/2.png`)).toBe(false);
    // A "folder" is not a file.
    expect(await storage.exists(`${prefix}a`)).toBe(false);
  });

  it('throws NOT_FOUND for a missing file', async () => {
    const prefix = freshPrefix();
    await storage.put(`${prefix}a/1.png`, 'x');
    for (const key of [`${prefix}a/2.png`, `${prefix}a`, `${prefix}a/1.png/deeper`]) {
      const error = await appErrorOf(storage.get(key));
      expect(error.code).toBe('NOT_FOUND');
    }
  });

  it('lists by prefix across pages, in key order, with sizes', async () => {
    const prefix = freshPrefix();
    const keys = [
      `${prefix}images/brand_a/prod_1/1.webp`,
      `${prefix}images/brand_a/prod_1/1-thumb.webp`,
      `${prefix}images/brand_a/prod_1/2.webp`,
      `${prefix}images/brand_a/prod_10/1.webp`,
      `${prefix}images/brand_a/prod_2/1.webp`,
      `${prefix}images/brand_b/prod_3/1.webp`,
      `${prefix}exports/brand_a/20250102T030405Z.csv`,
    ];
    for (const [i, key] of keys.entries()) await storage.put(key, 'x'.repeat(i + 1));

    const brandA = await collect(storage.list(`${prefix}images/brand_a/`));
    expect(brandA).toEqual([
      { key: `${prefix}images/brand_a/prod_1/1-thumb.webp`, size: 2 },
      { key: `${prefix}images/brand_a/prod_1/1.webp`, size: 1 },
      { key: `${prefix}images/brand_a/prod_1/2.webp`, size: 3 },
      { key: `${prefix}images/brand_a/prod_10/1.webp`, size: 4 },
      { key: `${prefix}images/brand_a/prod_2/1.webp`, size: 5 },
    ]);
    // A prefix is a string prefix, not a folder: `prod_1` also matches `prod_10`.
    expect((await collect(storage.list(`${prefix}images/brand_a/prod_1`))).length).toBe(4);
    expect((await collect(storage.list(`${prefix}images/brand_a/prod_1/`))).length).toBe(3);
    expect((await collect(storage.list(prefix))).map((f) => f.key)).toEqual(
      [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
    expect(await collect(storage.list(`${prefix}nothing/`))).toEqual([]);
  });

  it('deletes idempotently', async () => {
    const prefix = freshPrefix();
    const key = `${prefix}images/1.png`;
    await storage.put(key, 'x');
    await storage.put(`${prefix}images/2.png`, 'y');
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    expect((await appErrorOf(storage.get(key))).code).toBe('NOT_FOUND');
    await expect(storage.delete(key)).resolves.toBeUndefined();
    await expect(storage.delete(`${prefix}never/stored.png`)).resolves.toBeUndefined();
    // Deleting a "folder" removes nothing.
    await expect(storage.delete(`${prefix}images`)).resolves.toBeUndefined();
    expect((await collect(storage.list(prefix))).map((f) => f.key)).toEqual([
      `${prefix}images/2.png`,
    ]);
  });

  it('deletes every file under a prefix, and nothing else', async () => {
    const prefix = freshPrefix();
    const keys = [
      `${prefix}images/brand_a/prod_1/1.webp`,
      `${prefix}images/brand_a/prod_1/1-thumb.webp`,
      `${prefix}images/brand_a/prod_10/1.webp`,
      `${prefix}images/brand_a/prod_2/1.webp`,
      `${prefix}images/brand_ab/prod_3/1.webp`,
      `${prefix}exports/brand_a/20250102T030405Z.csv`,
    ];
    for (const key of keys) await storage.put(key, 'x');
    const left = async () => (await collect(storage.list(prefix))).map((f) => f.key);

    // A string prefix, as in `list`: `prod_1` takes `prod_10` with it.
    await storage.deleteAll(`${prefix}images/brand_a/prod_1`);
    expect(await left()).toEqual([
      `${prefix}exports/brand_a/20250102T030405Z.csv`,
      `${prefix}images/brand_a/prod_2/1.webp`,
      `${prefix}images/brand_ab/prod_3/1.webp`,
    ]);
    // A folder: `brand_a/` leaves `brand_ab` alone.
    await storage.deleteAll(`${prefix}images/brand_a/`);
    expect(await left()).toEqual([
      `${prefix}exports/brand_a/20250102T030405Z.csv`,
      `${prefix}images/brand_ab/prod_3/1.webp`,
    ]);
    // Nothing there, or a file's name as a folder: nothing to delete.
    await storage.deleteAll(`${prefix}images/brand_a/`);
    await storage.deleteAll(`${prefix}exports/brand_a/20250102T030405Z.csv/`);
    expect(await left()).toHaveLength(2);
    for (const bad of ['/images/', '../', 'images/../x']) {
      expect((await appErrorOf(storage.deleteAll(bad))).code).toBe('INVALID_INPUT');
    }
  });

  it.each(invalidKeys)('refuses the invalid key %j everywhere', async (key) => {
    const calls: [string, () => Promise<unknown>][] = [
      ['put', () => storage.put(key, 'x')],
      ['get', () => storage.get(key)],
      ['exists', () => storage.exists(key)],
      ['delete', () => storage.delete(key)],
      ['signedUrl', () => storage.signedUrl(key, { expiresInSeconds: 60 })],
    ];
    for (const [name, call] of calls) {
      const error = await appErrorOf(call());
      expect({ name, code: error.code }).toEqual({ name, code: 'INVALID_INPUT' });
    }
  });

  it('refuses an invalid list prefix', async () => {
    for (const prefix of ['/images/', '../', 'images/../x', 'a\\b']) {
      expect((await appErrorOf(collect(storage.list(prefix)))).code).toBe('INVALID_INPUT');
    }
  });

  it('handles unicode keys', async () => {
    const prefix = freshPrefix();
    const key = `${prefix}images/marque_été/产品 1/1 – Ω.webp`;
    await storage.put(key, 'unicode');
    expect(await storage.exists(key)).toBe(true);
    expect((await readAll(await storage.get(key))).toString()).toBe('unicode');
    expect(await collect(storage.list(`${prefix}images/marque_été/`))).toEqual([{ key, size: 7 }]);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it('refuses signed URLs with an unusable lifetime or download name', async () => {
    const key = `${freshPrefix()}a.csv`;
    for (const options of [
      { expiresInSeconds: 0 },
      { expiresInSeconds: 1.5 },
      { expiresInSeconds: 8 * 24 * 3600 },
      { expiresInSeconds: 60, downloadName: '../a.csv' },
      { expiresInSeconds: 60, downloadName: 'a\r\nSet-Cookie: x.csv' },
    ]) {
      expect((await appErrorOf(storage.signedUrl(key, options))).code).toBe('INVALID_INPUT');
    }
  });
});
