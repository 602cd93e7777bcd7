import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { loadConfig } from '@storecraft/config';
import { captureOutput } from '../src/output.ts';
import { runCli } from '../src/program.ts';

/**
 * The temporary folders this test file made, removed when it ends: left behind, one run of the
 * suite put ≈700 MB of catalogs and pictures into /tmp.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test file. */
export function tempDir(prefix = 'storecraft-cli-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Embedded state of the CLI tests (database, stored files) lives in a temporary folder. */
export const home = tempDir('storecraft-home-');

/** Runs `storecraft …args` in-process and captures what it printed. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = captureOutput();
  const code = await runCli(['node', 'storecraft', ...args], {
    loadConfig: () => loadConfig({ STORECRAFT_HOME: home }),
    output,
  });
  return { code, out: output.out, err: output.err };
}
