import { execFile, fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '@storecraft/core';
import { createDatabase, lockDataDir, rowsOf } from '@storecraft/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContenderCommand, ContenderReport } from './fixtures/lock-contender.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

const tempRoots: string[] = [];

function tempDataDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'storecraft-lock-'));
  tempRoots.push(root);
  return path.join(root, 'db');
}

afterAll(() => {
  for (const root of tempRoots) rmSync(root, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const { stdout } = await run(process.execPath, ['-e', 'console.log(process.pid)']);
  return Number(stdout.trim());
}

function writeStaleLock(dataDir: string, pid: number): void {
  writeFileSync(
    `${dataDir}.lock`,
    JSON.stringify({ pid, hostname: os.hostname(), command: 'gone', since: '' }),
  );
}

describe('PGlite directory lock', () => {
  it('makes a second process fail at once, naming the directory and the holder', async () => {
    const dataDir = tempDataDir();
    const handle = await createDatabase({ driver: 'pglite', dataDir });
    try {
      const { stdout } = await run(tsx, [
        path.join(import.meta.dirname, 'fixtures/open-database.ts'),
        dataDir,
      ]);
      expect(stdout).not.toContain('OPENED');
      expect(stdout).toContain('CONFLICT');
      expect(stdout).toContain(dataDir);
      expect(stdout).toContain(`process ${process.pid}`);
    } finally {
      await handle.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 120_000); // creating a PGlite directory (initdb) is slow on a busy machine

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
    writeStaleLock(dataDir, await deadPid());
    const lock = lockDataDir(dataDir, 'test');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(readdirSync(path.dirname(dataDir))).toEqual([]);
  });

  it('takes over a dead holder’s lock even when a process died halfway through taking it over', async () => {
    const dataDir = tempDataDir();
    const lockPath = `${dataDir}.lock`;
    const pid = await deadPid();
    writeStaleLock(dataDir, pid);
    // The marker a remover claims before deleting this stale file (named after its inode and
    // bytes), left behind by a remover that died.
    const fingerprint = createHash('sha256')
      .update(`${statSync(lockPath).ino}\0${readFileSync(lockPath, 'utf8')}`)
      .digest('hex')
      .slice(0, 16);
    writeFileSync(
      `${lockPath}.takeover-${fingerprint}`,
      JSON.stringify({ pid, hostname: os.hostname(), command: 'gone', since: '' }),
    );
    const lock = lockDataDir(dataDir, 'test');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(readdirSync(path.dirname(dataDir))).toEqual([]);
  });

  it('takes over an empty or unreadable lock file', () => {
    const dataDir = tempDataDir();
    for (const content of ['', '{"pid":']) {
      writeFileSync(`${dataDir}.lock`, content);
      const lock = lockDataDir(dataDir, 'test');
      expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
      lock.release();
    }
  });

  it('takes over a lock naming this process that this process does not hold', () => {
    // A restarted container often gets the same pid as the one that crashed and left the lock.
    const dataDir = tempDataDir();
    writeStaleLock(dataDir, process.pid);
    const lock = lockDataDir(dataDir, 'test');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ command: 'test' });
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
  }, 120_000);
});

/** A child process calling lockDataDir on command, with an inbox of what it reported. */
class Contender {
  private readonly inbox: ContenderReport[] = [];
  private waiting: (() => void) | undefined;

  readonly child: ChildProcess;

  constructor(child: ChildProcess) {
    this.child = child;
    child.on('message', (report: ContenderReport) => {
      this.inbox.push(report);
      this.waiting?.();
    });
  }

  send(command: ContenderCommand): void {
    this.child.send(command);
  }

  async next<T extends ContenderReport['type']>(
    type: T,
  ): Promise<Extract<ContenderReport, { type: T }>> {
    for (;;) {
      const report = this.inbox.shift();
      if (report) {
        if (report.type !== type)
          throw new Error(`Expected ${type}, got ${JSON.stringify(report)}`);
        return report as Extract<ContenderReport, { type: T }>;
      }
      if (this.child.exitCode !== null)
        throw new Error(`Contender exited (${this.child.exitCode})`);
      // Whichever comes first; the exit listener goes with the wait (one per wait would pile up).
      await new Promise<void>((resolve) => {
        const onExit = () => resolve();
        this.waiting = () => {
          this.child.off('exit', onExit);
          resolve();
        };
        this.child.once('exit', onExit);
      });
      this.waiting = undefined;
    }
  }
}

describe('PGlite directory lock under a race of processes', () => {
  const CONTENDERS = 8;
  const ROUNDS_PER_START = 10;
  const dataDir = tempDataDir();
  const contenders: Contender[] = [];

  beforeAll(async () => {
    for (let i = 0; i < CONTENDERS; i++) {
      const child = fork(path.join(import.meta.dirname, 'fixtures/lock-contender.ts'), [dataDir], {
        cwd: repoRoot,
        execArgv: ['--import', 'tsx'],
      });
      contenders.push(new Contender(child));
    }
    await Promise.all(contenders.map((c) => c.next('ready')));
  }, 120_000);

  afterAll(() => {
    for (const c of contenders) if (c.child.connected) c.child.disconnect();
  });

  it('gives the lock to exactly one of many processes calling in the same millisecond', async () => {
    const stalePid = await deadPid();
    const starts = ['no lock file', 'a dead holder', 'an empty lock file'] as const;
    const rounds: { start: (typeof starts)[number]; holders: number }[] = [];
    const unexpected: string[] = [];

    for (let round = 0; round < starts.length * ROUNDS_PER_START; round++) {
      const start = starts[round % starts.length] ?? 'no lock file';
      if (start === 'a dead holder') writeStaleLock(dataDir, stalePid);
      if (start === 'an empty lock file') writeFileSync(`${dataDir}.lock`, '');

      const startAt = Date.now() + 200;
      for (const c of contenders) c.send({ type: 'try', startAt });
      const results = await Promise.all(contenders.map((c) => c.next('result')));

      const holders = contenders.filter((_, i) => results[i]?.acquired);
      rounds.push({ start, holders: holders.length });
      for (const result of results) {
        if (!result.acquired && result.code !== 'CONFLICT') {
          unexpected.push(`${result.code}: ${result.message}`);
        }
      }
      // While held, the lock file names the holder, so losers can say who has it.
      if (holders.length === 1) {
        expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({
          pid: holders[0]?.child.pid,
        });
      }
      for (const holder of holders) holder.send({ type: 'release' });
      await Promise.all(holders.map((holder) => holder.next('released')));
    }

    expect(rounds.filter((r) => r.holders !== 1)).toEqual([]);
    expect(unexpected).toEqual([]);
    // Released, and no temporary or takeover files left behind.
    expect(readdirSync(path.dirname(dataDir))).toEqual([]);
  }, 120_000);
});
