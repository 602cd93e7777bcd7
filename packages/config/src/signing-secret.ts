import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@storecraft/core';
import type { Config } from './load-config.ts';

/** The file in `homeDir` holding an installation's own signing key (when STORECRAFT_SECRET is unset). */
export const SECRET_FILE = 'secret';

const MIN_SECRET_LENGTH = 32;

/**
 * The HMAC key for signed download URLs: `STORECRAFT_SECRET` when set (loadConfig requires it in
 * production), otherwise this installation's own random key, made on first use and kept in
 * `<homeDir>/secret` (mode 0600). No two installations share a key, so nobody can forge another's
 * links, and the key survives restarts, so links stay valid until they expire. Composition roots
 * that sign or verify URLs call this; loadConfig itself never touches the disk.
 */
export async function resolveSigningSecret(
  config: Pick<Config, 'homeDir' | 'secrets'>,
): Promise<string> {
  return config.secrets.signingSecret ?? installationSecret(config.homeDir);
}

async function installationSecret(homeDir: string): Promise<string> {
  const file = path.join(homeDir, SECRET_FILE);
  const existing = await readSecretFile(file);
  if (existing !== undefined) return existing;
  // Other processes may be starting at the same moment: the first to publish wins, the rest
  // read its key. The key is written in full to a private temporary file and then hard-linked
  // into place, which fails if the name exists, so nobody ever reads a half-written key.
  await fs.mkdir(homeDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  const temp = path.join(
    homeDir,
    `.${SECRET_FILE}-${process.pid}-${randomBytes(6).toString('hex')}`,
  );
  try {
    await fs.writeFile(temp, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    await fs.link(temp, file);
    return secret;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const winner = await readSecretFile(file);
    if (winner === undefined) throw error;
    return winner;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** The key in `file`, or undefined when there is none yet; refuses a file others can read. */
async function readSecretFile(file: string): Promise<string | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new AppError('INTERNAL', `Cannot read ${file}`, {
      userMessage: `Cannot read the signing key ${file} (${errorCode(error) ?? String(error)}). Fix its permissions or set STORECRAFT_SECRET.`,
      cause: error,
    });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new AppError('INVALID_INPUT', `${file} is not a file`, {
        userMessage: `The signing key ${file} is not a file: remove it, or set STORECRAFT_SECRET.`,
      });
    }
    // Windows has no POSIX permission bits to check.
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
      throw new AppError('INVALID_INPUT', `${file} is readable by other users (mode ${mode})`, {
        userMessage: `The signing key ${file} is open to other users (mode ${mode}): anyone who read it can forge download links. Run \`chmod 600 ${file}\` if nobody else has, or delete it to make a new key (links signed so far stop working); or set STORECRAFT_SECRET.`,
      });
    }
    const secret = (await handle.readFile('utf8')).trim();
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new AppError('INVALID_INPUT', `${file} holds no usable key`, {
        userMessage: `The signing key ${file} is damaged (fewer than ${MIN_SECRET_LENGTH} characters): delete it to make a new one, or set STORECRAFT_SECRET.`,
      });
    }
    return secret;
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
