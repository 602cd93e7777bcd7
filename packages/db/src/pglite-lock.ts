import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  unlinkSync,
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
  /** Unique per acquisition: tells this holder's file apart from any other with the same pid. */
  token?: string;
}

/** What was read at a path: its exact bytes and inode, to recognise that same file later. */
interface Seen {
  content: string;
  ino: number;
  holder: LockInfo | undefined;
}

/** How long to wait for another process that is taking over a stale lock right now. */
const TAKEOVER_WAIT_MS = 2_000;
const TAKEOVER_POLL_MS = 5;

/** Lock path → token of each lock this process holds. */
const heldInThisProcess = new Map<string, string>();

/**
 * Locks `<dataDir>.lock`. The holder's details are written to a private temporary file first and
 * hard-linked into place, so the lock file appears atomically and complete: nobody can see it
 * empty and mistake it for a stale one. See `claim` for how a dead holder's lock is taken over.
 */
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
  const token = randomBytes(8).toString('hex');
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    since: new Date().toISOString(),
    token,
  };
  const content = JSON.stringify(info);

  const temp = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeDurably(temp, content);
  let holder: LockInfo | undefined;
  try {
    holder = claim(lockPath, temp, Date.now() + TAKEOVER_WAIT_MS);
  } finally {
    rmSync(temp, { force: true });
  }
  if (holder) throw inUse(dir, holder);

  heldInThisProcess.set(lockPath, token);
  // Only ever delete our own file (a stale-lock takeover may have replaced it after a crash).
  const removeOwn = () => {
    if (read(lockPath)?.content === content) rmSync(lockPath, { force: true });
  };
  process.once('exit', removeOwn);
  return {
    path: lockPath,
    release() {
      if (!heldInThisProcess.delete(lockPath)) return;
      process.removeListener('exit', removeOwn);
      removeOwn();
    },
  };
}

/**
 * Makes `file` a hard link to `temp` unless a live process holds it; returns that holder, or
 * undefined once the file is ours.
 *
 * A stale file (dead holder, or unreadable) must be removed by exactly one process: otherwise a
 * slow remover could delete the lock a faster one has just created. So removers first claim a
 * marker named after that very file (its bytes and inode) — the same way, recursively, so a
 * remover that died holding its marker is taken over too — then check the file is still the one
 * they judged stale, and only then unlink it. Nobody else can have replaced it meanwhile: its
 * holder is dead and every other remover is shut out by the marker.
 */
function claim(file: string, temp: string, deadline: number): LockInfo | undefined {
  for (;;) {
    try {
      linkSync(temp, file);
      return undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
        throw new AppError('INTERNAL', `Cannot create the lock ${file}: ${String(error)}`, {
          userMessage: `The folder of the embedded database (${path.dirname(file)}) is on a file system without hard links, which its lock needs. Point STORECRAFT_HOME at a local disk, or set DATABASE_URL to use PostgreSQL.`,
          cause: error,
        });
      }
      if (code !== 'EEXIST') throw error;
    }
    const seen = read(file);
    if (!seen) continue; // released or removed in between: try again
    if (seen.holder && isAlive(seen.holder)) return seen.holder;

    const marker = `${file}.takeover-${fingerprint(seen)}`;
    const remover = claim(marker, temp, deadline);
    if (remover) {
      // Another live process is taking over this stale lock right now: let it finish, then look
      // again (most likely at its fresh lock, whose holder we then report).
      if (Date.now() > deadline) return remover;
      pause(TAKEOVER_POLL_MS);
      continue;
    }
    try {
      const now = read(file);
      if (now && now.ino === seen.ino && now.content === seen.content) unlinkSync(file);
    } finally {
      rmSync(marker, { force: true });
    }
  }
}

function read(file: string): Seen | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { ino } = fstatSync(fd);
    const content = readFileSync(fd, 'utf8');
    return { content, ino, holder: parseHolder(content) };
  } finally {
    closeSync(fd);
  }
}

function parseHolder(content: string): LockInfo | undefined {
  try {
    const parsed = JSON.parse(content) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      pid: parsed.pid,
      hostname: parsed.hostname ?? '',
      command: parsed.command ?? '',
      since: parsed.since ?? '',
      ...(typeof parsed.token === 'string' ? { token: parsed.token } : {}),
    };
  } catch {
    return undefined;
  }
}

function writeDurably(file: string, content: string): void {
  const fd = openSync(file, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fingerprint(seen: Seen): string {
  return createHash('sha256').update(`${seen.ino}\0${seen.content}`).digest('hex').slice(0, 16);
}

function isAlive(holder: LockInfo): boolean {
  // A process on another machine (shared disk) cannot be checked: respect its lock.
  if (holder.hostname && holder.hostname !== os.hostname()) return true;
  // Our own pid on a lock we do not hold was left by an earlier process with the same pid (as a
  // restarted container typically has). The token still recognises one we hold by another path.
  if (holder.pid === process.pid) {
    return [...heldInThisProcess.values()].some((token) => token === holder.token);
  }
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Blocks the thread briefly: lockDataDir is synchronous, and the wait is a few milliseconds. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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
