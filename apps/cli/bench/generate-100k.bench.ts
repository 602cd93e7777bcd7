/**
 * The engine's scale target as a user meets it: `storecraft generate --products 100000 --no-images`
 * run from the CLI's bin (its shebang's garbage-collector flags included), for a curated niche and
 * a niche planned from the taxonomy. Target: ≤ 30 s and ≤ 300 MB peak RSS each. Prints the child's
 * wall time, CPU seconds and peak RSS (VmHWM); the baseline runs the same command with V8's default
 * old-generation growth, to show what the shebang's `--heap-growing-percent` buys and costs.
 *
 * `npm run bench generate-100k` (all), or `npm run bench "generate 100k, fly fishing"`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defineBenches,
  processCpuSeconds,
  processPeakRssMb,
  shebangOf,
} from '@storecraft/core/testing';

const bin = path.resolve(import.meta.dirname, '../bin/storecraft.js');
const PRODUCTS = 100_000;

const shebang = shebangOf(bin);
const shebangFlags = () => shebang.flags;

async function generate(niche: string, flags: string[]) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-100k-'));
  try {
    const args = [
      ...flags,
      bin,
      'generate',
      ...['--niche', niche, '--products', String(PRODUCTS), '--no-images', '--seed', 'bench'],
      ...['--out', path.join(out, 'shop'), '--json'],
    ];
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: out,
      env: { ...process.env, ...shebang.env }, // eslint-disable-line no-restricted-properties -- the child runs with our environment, as a user's shell gives it theirs
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let peak = 0;
    let cpu = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, processPeakRssMb(child.pid));
      cpu = Math.max(cpu, processCpuSeconds(child.pid));
    }, 50);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearInterval(sampler);
    if (code !== 0) throw new Error(`generate exited with ${code}: ${stderr}`);
    return { seconds: (performance.now() - started) / 1000, peak, cpu };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function case100k(label: string, niche: string, flags: () => string[], baseline?: string) {
  return {
    name: label,
    runs: 3,
    warmup: 0,
    ...(baseline ? { baseline } : {}),
    run: async () => {
      const run = await generate(niche, flags());
      process.stderr.write(
        `bench: ${label}: ${run.seconds.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s, ` +
          `peak RSS ${run.peak.toFixed(0)} MB (target ≤ 30 s, ≤ 300 MB)\n`,
      );
      return { items: PRODUCTS, unit: 'products' };
    },
  };
}

const withoutGrowthFlag = () =>
  shebangFlags().filter((f) => !f.startsWith('--heap-growing-percent'));

export default defineBenches([
  case100k('generate 100k, fly fishing, V8 default heap growth', 'fly fishing', withoutGrowthFlag),
  case100k(
    'generate 100k, fly fishing',
    'fly fishing',
    shebangFlags,
    'generate 100k, fly fishing, V8 default heap growth',
  ),
  case100k('generate 100k, specialty coffee', 'specialty coffee', shebangFlags),
  case100k('generate 100k, mechanical keyboards', 'mechanical keyboards', shebangFlags),
]);
