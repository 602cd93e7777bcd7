import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@storecraft/config';
import { defineBenches } from '@storecraft/core/testing';
import { captureOutput } from '../src/output.ts';
import { runCli } from '../src/program.ts';

const PRODUCTS = 500;

async function generate(images: boolean): Promise<number> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-home-'));
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-out-')), 'shop');
  try {
    const output = captureOutput();
    const args = [
      'generate',
      '--niche',
      'sustainable yoga wear',
      '--products',
      String(PRODUCTS),
      '--seed',
      'bench',
      '--out',
      out,
      '--json',
    ];
    const code = await runCli(['node', 'storecraft', ...args, ...(images ? [] : ['--no-images'])], {
      loadConfig: () => loadConfig({ STORECRAFT_HOME: home }),
      output,
    });
    if (code !== 0) throw new Error(output.err);
    return (JSON.parse(output.out) as { imagesRendered: number }).imagesRendered;
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

export default defineBenches([
  {
    name: `cli: generate --products ${PRODUCTS} --no-images (end to end)`,
    runs: 3,
    run: async () => {
      await generate(false);
      return { items: PRODUCTS, unit: 'products' };
    },
  },
  {
    name: `cli: generate --products ${PRODUCTS} with images (end to end, embedded queue)`,
    runs: 1,
    warmup: 0,
    run: async () => {
      const rendered = await generate(true);
      return { items: rendered, unit: 'images' };
    },
  },
]);
