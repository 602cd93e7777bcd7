import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@storecraft/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalStorage } from '../src/index.ts';
import type { LocalFileStorage } from '../src/index.ts';
import { chunksOverTime } from './test-bodies.ts';

let rootDir: string;
let storage: LocalFileStorage;

beforeEach(async () => {
  rootDir = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-local-'));
  storage = createLocalStorage({
    rootDir,
    publicUrl: 'http://localhost:3000',
    signingSecret: 'local-test-secret',
  });
});

afterEach(async () => {
  await fs.rm(rootDir, { recursive: true, force: true });
});

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(rootDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('local storage', () => {
  it('keeps files at their key under the root folder', async () => {
    await storage.put('exports/brand_1/20250102T030405Z.csv', 'a,b\n');
    expect(
      await fs.readFile(path.join(rootDir, 'exports', 'brand_1', '20250102T030405Z.csv'), 'utf8'),
    ).toBe('a,b\n');
  });

  it('leaves neither a partial file nor a temp file behind when a put fails', async () => {
    const failing = chunksOverTime([Buffer.alloc(64 * 1024, 1)], new Error('renderer crashed'));
    await expect(storage.put('images/b/p/1.webp', failing)).rejects.toThrow('renderer crashed');
    expect(await storage.exists('images/b/p/1.webp')).toBe(false);
    expect(await filesUnder(rootDir)).toEqual([]);
  });

  it('ends with one complete version when the same key is written concurrently', async () => {
    const versions = ['a', 'b', 'c', 'd'].map((c) => Buffer.alloc(256 * 1024, c));
    await Promise.all(versions.map((v) => storage.put('images/b/p/1.webp', v)));
    const stored = await fs.readFile(path.join(rootDir, 'images', 'b', 'p', '1.webp'));
    expect(versions.some((v) => v.equals(stored))).toBe(true);
    expect(await filesUnder(rootDir)).toEqual([path.join('images', 'b', 'p', '1.webp')]);
  });

  it('goes on storing after its folders were removed under it (bytes and streams alike)', async () => {
    await storage.put('images/b/p/1.webp', Buffer.from('one'));
    await fs.rm(rootDir, { recursive: true, force: true });
    await storage.put('images/b/p/2.webp', Buffer.from('two'));
    expect(await fs.readFile(path.join(rootDir, 'images', 'b', 'p', '2.webp'), 'utf8')).toBe('two');
    await fs.rm(rootDir, { recursive: true, force: true });
    await storage.put('images/b/p/3.webp', chunksOverTime([Buffer.from('th'), Buffer.from('ree')]));
    expect(await fs.readFile(path.join(rootDir, 'images', 'b', 'p', '3.webp'), 'utf8')).toBe(
      'three',
    );
    expect(await filesUnder(rootDir)).toEqual([path.join('images', 'b', 'p', '3.webp')]);
  });

  it('does not list its temp folder and refuses keys inside it', async () => {
    await storage.put('a.txt', 'a');
    const listed: string[] = [];
    for await (const file of storage.list('')) listed.push(file.key);
    expect(listed).toEqual(['a.txt']);
    expect((await appErrorOf(storage.put('.storecraft-tmp/x', 'x'))).code).toBe('INVALID_INPUT');
  });

  it('deletes a folder of files whole, leaving no empty folders behind', async () => {
    for (let product = 1; product <= 3; product++) {
      await storage.put(`images/brand_1/prod_${product}/1.webp`, 'x');
      await storage.put(`images/brand_1/prod_${product}/thumbs/1.webp`, 'x');
    }
    await storage.put('images/brand_2/prod_9/1.webp', 'y');
    await storage.deleteAll('images/brand_1/');
    expect(await fs.readdir(path.join(rootDir, 'images'))).toEqual(['brand_2']);
    expect(await filesUnder(rootDir)).toEqual([path.join('images', 'brand_2', 'prod_9', '1.webp')]);
  });

  it('reports CONFLICT when a key would need a file to also be a folder', async () => {
    await storage.put('images/b', 'a file');
    expect((await appErrorOf(storage.put('images/b/p/1.webp', 'x'))).code).toBe('CONFLICT');
    await storage.put('exports/brand_1/a.csv', 'x');
    expect((await appErrorOf(storage.put('exports/brand_1', 'x'))).code).toBe('CONFLICT');
    expect(await filesUnder(rootDir)).toEqual([
      path.join('exports', 'brand_1', 'a.csv'),
      path.join('images', 'b'),
    ]);
  });

  it('verifies its own signed URLs against the clock it is given', async () => {
    const signedAt = new Date('2025-01-02T03:04:05Z');
    const signer = createLocalStorage({
      rootDir,
      publicUrl: 'http://localhost:3000',
      signingSecret: 'local-test-secret',
      now: () => signedAt,
    });
    const url = await signer.signedUrl('exports/brand_1/a.csv', {
      expiresInSeconds: 600,
      downloadName: 'catalog.csv',
    });
    const pathAndQuery = url.slice('http://localhost:3000'.length);
    expect(storage.verifySignedUrl(pathAndQuery, new Date('2025-01-02T03:14:04Z'))).toEqual({
      key: 'exports/brand_1/a.csv',
      downloadName: 'catalog.csv',
      expiresAt: new Date('2025-01-02T03:14:05Z'),
    });
    const expired = (() => {
      try {
        storage.verifySignedUrl(url, new Date('2025-01-02T03:14:05Z'));
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(AppError.is(expired, 'FORBIDDEN')).toBe(true);
  });
});
