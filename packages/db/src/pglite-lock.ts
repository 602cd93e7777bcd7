import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@storecraft/core';

/**
 * PGlite does not stop two processes from opening one data directory, and rows are silently lost
 * when that happens. Every opener takes this lock first: a live holder makes a second opener fail
 * at once; a lock left by a dead process is taken over.
 */
export interface DirectoryLock {
  path: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

const heldInThisProcess = new Set<string>();

export function lockDataDir(
  dataDir: string,
  command = process.argv.slice(1).join(' '),
): DirectoryLock {
  const dir = path.resolve(dataDir);
  mkdirSync(path.dirname(dir), { recursive: true });
  const lockPath = `${dir}.lock`;
  if (heldInThisProcess.has(lockPath)) {
    throw inUse(dir, {
      pid: process.pid,
      hostname: os.hostname(),
      command: 'this process',
      since: '',
    });
  }
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    since: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      heldInThisProcess.add(lockPath);
      const onExit = () => rmSync(lockPath, { force: true });
      process.once('exit', onExit);
      return {
        path: lockPath,
        release() {
          if (!heldInThisProcess.delete(lockPath)) return;
          process.removeListener('exit', onExit);
          rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    if (holder && isAlive(holder)) throw inUse(dir, holder);
    // Stale (or unreadable): move it aside atomically, so that of two processes taking over the
    // same stale lock only one succeeds, then try again.
    try {
      renameSync(lockPath, `${lockPath}.stale-${process.pid}-${attempt}`);
      rmSync(`${lockPath}.stale-${process.pid}-${attempt}`, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new AppError('CONFLICT', `Could not lock the embedded database directory ${dir}`);
}

function readHolder(lockPath: string): LockInfo | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      pid: parsed.pid,
      hostname: parsed.hostname ?? '',
      command: parsed.command ?? '',
      since: parsed.since ?? '',
    };
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockInfo): boolean {
  // A process on another machine (shared disk) cannot be checked: respect its lock.
  if (holder.hostname && holder.hostname !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(dir: string, holder: LockInfo): AppError {
  const who = `process ${holder.pid}${holder.hostname ? ` on ${holder.hostname}` : ''}${
    holder.command ? ` (${holder.command})` : ''
  }${holder.since ? `, since ${holder.since}` : ''}`;
  return new AppError(
    'CONFLICT',
    `The embedded database ${dir} is already open in ${who}. PGlite allows one process per directory: stop that process, use another STORECRAFT_HOME, or set DATABASE_URL to share a PostgreSQL server.`,
  );
}
