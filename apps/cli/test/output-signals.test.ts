import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { snapshot } from './folder-snapshot.ts';
import { cli, tempDir } from './run-cli.ts';

const bin = path.resolve(import.meta.dirname, '../bin/storecraft.js');

interface Run {
  kill(signal: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Runs the real binary in a child process, so it can be interrupted. Root ignores file modes, so
 * with `unprivileged` a root test run drops the capabilities that let it (the child stays root).
 */
function start(args: string[], { unprivileged = false } = {}): Run {
  const argv = [bin, ...args];
  const child =
    unprivileged && process.getuid?.() === 0
      ? spawn(
          'setpriv',
          ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, ...argv],
          { cwd: tempDir(), stdio: ['ignore', 'ignore', 'pipe'] },
        )
      : spawn(process.execPath, argv, { cwd: tempDir(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    kill: (signal) => child.kill(signal),
    exited: new Promise((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, stderr })),
    ),
  };
}

const generateArgs = (out: string, products: number, seed: string) => [
  'generate',
  '--no-images',
  '--niche',
  'specialty coffee',
  '--products',
  String(products),
  '--seed',
  seed,
  '--out',
  out,
];

/**
 * Starts a run too large to finish soon over an existing output in `parent/shop`, and resolves
 * once it is writing its catalog into a staging folder (any new folder under `parent`).
 */
async function startLargeRun(parent: string, before: Record<string, string>): Promise<Run> {
  const run = start(generateArgs(path.join(parent, 'shop'), 200_000, 'large'));
  let ended = false;
  void run.exited.then(() => (ended = true));
  for (;;) {
    const staging = Object.keys(snapshotIfStill(parent)).find((name) => !(name in before));
    if (staging && existsSync(path.join(parent, staging, 'catalog.jsonl'))) return run;
    if (ended) throw new Error(`the run ended before writing: ${(await run.exited).stderr}`);
    await sleep(20);
  }
}

/** `snapshot`, or {} when a folder vanished while it was being read (a run is moving files). */
function snapshotIfStill(dir: string): Record<string, string> {
  try {
    return snapshot(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

describe('an interrupted generate leaves the previous output as it was', () => {
  it('removes its staging folder on Ctrl-C (SIGINT)', async () => {
    const parent = tempDir();
    expect((await cli(...generateArgs(path.join(parent, 'shop'), 5, 'first'))).code).toBe(0);
    const before = snapshot(parent);

    const run = await startLargeRun(parent, before);
    run.kill('SIGINT');
    expect((await run.exited).code).toBe(130);
    expect(snapshot(parent)).toEqual(before);
  }, 120_000);

  it('after kill -9, the next run into the folder removes the staging folder left behind', async () => {
    const parent = tempDir();
    const out = path.join(parent, 'shop');
    expect((await cli(...generateArgs(out, 5, 'first'))).code).toBe(0);
    const before = snapshot(parent);

    const run = await startLargeRun(parent, before);
    run.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    // Nothing could clean up: the staging folder is still there, beside the intact output.
    const left = snapshot(parent);
    expect(Object.keys(left).filter((name) => !(name in before)).length).toBeGreaterThan(0);
    for (const [name, hash] of Object.entries(before)) expect(left[name], name).toBe(hash);

    // The same inputs again: the same bytes, and nothing else.
    const again = await cli(...generateArgs(out, 5, 'first'));
    expect(again.code, again.err).toBe(0);
    expect(snapshot(parent)).toEqual(before);
  }, 120_000);
});

describe('a folder StoreCraft may not write to', () => {
  it('gets a one-line error and keeps its mode, owner and contents', async () => {
    const out = path.join(tempDir(), 'shop');
    mkdirSync(out);
    chmodSync(out, 0o555);
    const { mode, ino, uid } = statSync(out);

    const { code, stderr } = await start(generateArgs(out, 3, 'ro'), { unprivileged: true }).exited;
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: cannot create .*shop\/\.storecraft-staging-\S+: permission denied\n$/,
    );
    const after = statSync(out);
    expect({ mode: after.mode, ino: after.ino, uid: after.uid }).toEqual({ mode, ino, uid });
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('under a read-only parent gets a one-line error, not a stack trace', async () => {
    const parent = tempDir();
    chmodSync(parent, 0o555);

    const { code, stderr } = await start(generateArgs(path.join(parent, 'shop'), 3, 'ro'), {
      unprivileged: true,
    }).exited;
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot create .*shop: permission denied\n$/);
    expect(readdirSync(parent)).toEqual([]);
  }, 60_000);
});
