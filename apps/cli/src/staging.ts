import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * A run writes into `<out>/.storecraft-staging-<pid>-<random>` and moves the files into place when
 * everything is written. Ctrl-C and kill remove the folder (see `onShutdown`); after kill -9 nothing
 * can, so the next run into the same folder sweeps staging folders whose process is gone.
 */
const STAGING_NAME = /^\.storecraft-staging-(\d+)-[0-9a-f]+$/;

export function stagingName(): string {
  return `.storecraft-staging-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Removes the staging folders in `dir` left by runs whose process no longer exists. */
export async function sweepStaleStaging(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const pid = STAGING_NAME.exec(entry.name)?.[1];
    if (pid === undefined || !entry.isDirectory() || isRunning(Number(pid))) continue;
    await rm(path.join(dir, entry.name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
