import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { cliWith, inspectHome, spawnCli, untilRendering } from './spawn-cli.ts';

const generate = (seed: string, out: string) => [
  'generate',
  '--niche',
  'sustainable yoga wear',
  '--products',
  '8',
  '--seed',
  seed,
  '--out',
  out,
];

/** The files a user imports: they must not depend on what happened to earlier runs. */
function outputOf(out: string): { catalog: string; csv: string } {
  return {
    catalog: readFileSync(path.join(out, 'catalog.jsonl'), 'utf8'),
    csv: readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8'),
  };
}

describe('an interrupted generate run with images (embedded database)', () => {
  let clean: { catalog: string; csv: string };

  beforeAll(async () => {
    const out = path.join(tempDir(), 'clean');
    const { code, err } = await cliWith({ STORECRAFT_HOME: tempDir() }, ...generate('calm', out));
    expect(code, err).toBe(0);
    clean = outputOf(out);
  }, 120_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'removes its brand, jobs and stored images on %s',
    async (signal, exitCode) => {
      const home = tempDir('storecraft-home-');
      const run = spawnCli(home, generate('calm', path.join(tempDir(), 'shop')));
      await untilRendering(home, run);
      run.child.kill(signal);
      expect((await run.exited).code, run.output()).toBe(exitCode);

      expect(await inspectHome(home)).toEqual({
        workspaces: [],
        brands: [],
        jobs: {},
        deliveries: [],
        files: [],
      });
    },
    120_000,
  );

  it('after kill -9, the next run with the same seed sweeps the orphan and writes the same bytes', async () => {
    const home = tempDir('storecraft-home-');
    const killed = spawnCli(home, generate('calm', path.join(tempDir(), 'shop')));
    await untilRendering(home, killed);
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');

    // Nothing could clean up: the orphan's brand, unfinished jobs and files are still there.
    const orphan = await inspectHome(home);
    expect(orphan.brands).toHaveLength(1);
    expect((orphan.jobs.pending ?? 0) + (orphan.jobs.running ?? 0)).toBeGreaterThan(0);
    expect(orphan.files.length).toBeGreaterThan(0);

    const out = path.join(tempDir(), 'again');
    const again = await cliWith({ STORECRAFT_HOME: home }, ...generate('calm', out));
    expect(again.code, again.err).toBe(0);
    expect(again.err).not.toMatch(/Failed query/);
    expect(outputOf(out)).toEqual(clean);

    // The orphan is gone, and its queued jobs were deleted, never worked by the new run.
    expect(await inspectHome(home)).toEqual({
      workspaces: [],
      brands: [],
      jobs: {},
      deliveries: [],
      files: [],
    });
  }, 180_000);
});
