import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@storecraft/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';
import { resolveSigningSecret, SECRET_FILE } from './signing-secret.ts';

const homes: string[] = [];

/** A fresh installation: its own state folder, no STORECRAFT_SECRET. */
async function installation(env: Record<string, string> = {}) {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-secret-'));
  homes.push(home);
  return loadConfig({ STORECRAFT_HOME: path.join(home, '.storecraft'), ...env });
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected resolveSigningSecret to fail');
}

afterAll(async () => {
  await Promise.all(homes.map((home) => fs.rm(home, { recursive: true, force: true })));
});

describe('resolveSigningSecret', () => {
  it('gives every installation its own random key', async () => {
    const [a, b] = await Promise.all([installation(), installation()]);
    const [secretA, secretB] = await Promise.all([
      resolveSigningSecret(a),
      resolveSigningSecret(b),
    ]);
    expect(secretA).toMatch(/^[0-9a-f]{64}$/);
    expect(secretB).toMatch(/^[0-9a-f]{64}$/);
    expect(secretA).not.toBe(secretB);
  });

  it('keeps the key across restarts, in a file only its owner can read', async () => {
    const config = await installation();
    const first = await resolveSigningSecret(config);
    const file = path.join(config.homeDir, SECRET_FILE);
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(first);
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    // A restart is a new config read from the same environment.
    const restarted = loadConfig({ STORECRAFT_HOME: config.homeDir });
    expect(await resolveSigningSecret(restarted)).toBe(first);
  });

  it('agrees on one key when several processes start at once', async () => {
    const config = await installation();
    const secrets = await Promise.all(
      Array.from({ length: 8 }, () => resolveSigningSecret(config)),
    );
    expect(new Set(secrets).size).toBe(1);
    const file = path.join(config.homeDir, SECRET_FILE);
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(secrets[0]);
    // No temporary files are left behind.
    expect(await fs.readdir(config.homeDir)).toEqual([SECRET_FILE]);
  });

  it('uses STORECRAFT_SECRET when set and writes nothing', async () => {
    const secret = 'k'.repeat(40);
    const config = await installation({ STORECRAFT_SECRET: secret });
    expect(await resolveSigningSecret(config)).toBe(secret);
    expect(existsSync(path.join(config.homeDir, SECRET_FILE))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a key file other users can read, and says how to fix it',
    async () => {
      const config = await installation();
      await resolveSigningSecret(config);
      const file = path.join(config.homeDir, SECRET_FILE);
      await fs.chmod(file, 0o644);
      const error = await errorOf(resolveSigningSecret(config));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.userMessage).toContain(`is open to other users (mode 0644)`);
      expect(error.userMessage).toContain(`chmod 600 ${file}`);
      await fs.chmod(file, 0o600);
      expect(await resolveSigningSecret(config)).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('refuses a damaged key file rather than signing with it', async () => {
    const config = await installation();
    await fs.mkdir(config.homeDir, { recursive: true });
    await fs.writeFile(path.join(config.homeDir, SECRET_FILE), 'short\n', { mode: 0o600 });
    expect((await errorOf(resolveSigningSecret(config))).userMessage).toContain('is damaged');
  });
});
