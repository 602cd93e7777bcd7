import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@storecraft/config';
import type { StorageConfig } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { createStorage } from './create-storage.ts';

const signing = { signingSecret: 'factory-secret', publicUrl: 'http://localhost:3000' };

describe('createStorage', () => {
  it('builds local storage from STORAGE_DIR', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-factory-'));
    try {
      const config = loadConfig({ STORAGE_DIR: dir });
      const storage = createStorage(config.storage, signing);
      expect(storage.driver).toBe('local');
      await storage.put('a.txt', 'hello');
      expect(await fs.readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('hello');
      expect(await storage.signedUrl('a.txt', { expiresInSeconds: 60 })).toMatch(
        /^http:\/\/localhost:3000\/files\/a\.txt\?/,
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('builds S3 storage from the S3_* settings', () => {
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'catalogs',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_FORCE_PATH_STYLE: 'true',
    });
    const storage = createStorage(config.storage, signing);
    expect(storage.driver).toBe('s3');
    if (storage.driver === 's3') {
      expect(storage.bucket).toBe('catalogs');
      storage.close();
    }
  });

  it('fails loudly on a driver it does not know', () => {
    const bogus = { driver: 'ftp' } as unknown as StorageConfig;
    expect(() => createStorage(bogus, signing)).toThrow(AppError);
    expect(() => createStorage(bogus, signing)).toThrow('Unknown storage driver "ftp"');
  });
});
