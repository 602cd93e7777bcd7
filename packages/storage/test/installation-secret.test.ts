import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, resolveSigningSecret } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { afterAll, expect, it } from 'vitest';
import { createStorage } from '../src/index.ts';
import type { LocalFileStorage } from '../src/index.ts';

const homes: string[] = [];

afterAll(async () => {
  await Promise.all(homes.map((home) => fs.rm(home, { recursive: true, force: true })));
});

/** Local storage as an installation without STORECRAFT_SECRET sets it up. */
async function installation(): Promise<LocalFileStorage> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-install-'));
  homes.push(home);
  const config = loadConfig({ STORECRAFT_HOME: home });
  const storage = createStorage(config.storage, {
    signingSecret: await resolveSigningSecret(config),
    publicUrl: config.server.publicUrl,
  });
  if (storage.driver !== 'local') throw new Error('expected the local driver');
  return storage;
}

it('a download link signed by one installation is refused by another', async () => {
  const [mine, theirs] = await Promise.all([installation(), installation()]);
  const key = 'exports/brand_1/20250102T030405Z.csv';
  await mine.put(key, 'Handle,Title\nmug,Mug\n');
  await theirs.put(key, 'Handle,Title\nsecret,Secret\n');
  const url = await mine.signedUrl(key, { expiresInSeconds: 600 });

  expect(mine.verifySignedUrl(url, new Date()).key).toBe(key);
  let refused: unknown;
  try {
    theirs.verifySignedUrl(url, new Date());
  } catch (error) {
    refused = error;
  }
  expect(AppError.is(refused, 'FORBIDDEN')).toBe(true);
});
