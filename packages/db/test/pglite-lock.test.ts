import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '@storecraft/core';
import { createDatabase, lockDataDir, rowsOf } from '@storecraft/db';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');

function tempDataDir(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'storecraft-lock-')), 'db');
}

describe('PGlite directory lock', () => {
  it('makes a second process fail at once, naming the directory and the holder', async () => {
    const dataDir = tempDataDir();
    const handle = await createDatabase({ driver: 'pglite', dataDir });
    try {
      const started = Date.now();
      const { stdout } = await run(tsx, [
        path.join(import.meta.dirname, 'fixtures/open-database.ts'),
        dataDir,
      ]);
      expect(stdout).not.toContain('OPENED');
      expect(stdout).toContain('CONFLICT');
      expect(stdout).toContain(dataDir);
      expect(stdout).toContain(`process ${process.pid}`);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await handle.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('refuses a second open in the same process', () => {
    const dataDir = tempDataDir();
    const lock = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(AppError);
    } finally {
      lock.release();
    }
    lockDataDir(dataDir).release();
  });

  it('takes over the lock of a process that died', async () => {
    const dataDir = tempDataDir();
    // A pid from a process that has exited.
    const { stdout } = await run(process.execPath, ['-e', 'console.log(process.pid)']);
    const deadPid = Number(stdout.trim());
    writeFileSync(
      `${dataDir}.lock`,
      JSON.stringify({ pid: deadPid, hostname: os.hostname(), command: 'gone', since: '' }),
    );
    const lock = lockDataDir(dataDir, 'test');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('keeps data across reopen once the first holder closed', async () => {
    const dataDir = tempDataDir();
    const first = await createDatabase({ driver: 'pglite', dataDir });
    await first.db.execute('create table t (x int)');
    await first.db.execute('insert into t values (42)');
    await first.close();
    const second = await createDatabase({ driver: 'pglite', dataDir });
    expect(rowsOf(await second.db.execute('select x from t'))).toEqual([{ x: 42 }]);
    await second.close();
  });
});
