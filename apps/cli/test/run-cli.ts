import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@storecraft/config';
import { captureOutput } from '../src/output.ts';
import { runCli } from '../src/program.ts';

/** Embedded state of the CLI tests (database, stored files) lives in a temporary folder. */
export const home = mkdtempSync(path.join(os.tmpdir(), 'storecraft-home-'));

/** Runs `storecraft …args` in-process and captures what it printed. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = captureOutput();
  const code = await runCli(['node', 'storecraft', ...args], {
    loadConfig: () => loadConfig({ STORECRAFT_HOME: home }),
    output,
  });
  return { code, out: output.out, err: output.err };
}

export function tempDir(prefix = 'storecraft-cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
