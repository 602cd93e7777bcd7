/**
 * Images end to end, as a user runs them: `storecraft generate --products N` with images, in a
 * child process started from the CLI's bin (so the queue, the database round trips, storage and
 * the copy into the output folder all count). Prints images/s, the child's peak RSS (VmHWM) and
 * where the time went per image: drawing the SVG, rasterising + encoding, the thread hand-off,
 * storing, marking rows ready and the queue's claims and completions.
 *
 * `npm run bench end-to-end` (both sizes) or `npm run bench "images end to end, 200 products"`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defineBenches,
  processCpuSeconds,
  processPeakRssMb,
  shebangOf,
} from '@storecraft/core/testing';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'apps/cli/bin/storecraft.js');
const recorder = path.join(import.meta.dirname, 'stage-recorder.js');

interface StageTotals {
  /** `first` and `last`: when the stage's first and last record ended, ms after process start. */
  [stage: string]: { ms: number; count: number; first: number; last: number };
}

/**
 * One `generate` run in `home` (the CLI keeps its embedded database in `home/.storecraft`).
 * Returns wall time, the child's peak RSS and CPU time and the stage totals it recorded.
 */
async function generate(home: string, products: number, niche: string) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-images-out-'));
  try {
    const shebang = shebangOf(bin);
    const args = [
      ...shebang.flags,
      '--import',
      recorder,
      bin,
      'generate',
      ...['--niche', niche, '--products', String(products), '--seed', 'bench'],
      ...['--out', path.join(out, 'shop'), '--json'],
    ];
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: home,
      env: { ...process.env, ...shebang.env }, // eslint-disable-line no-restricted-properties -- the child runs with our environment, as a user's shell gives it theirs
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    let peak = 0;
    let cpu = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, processPeakRssMb(child.pid));
      cpu = Math.max(cpu, processCpuSeconds(child.pid));
    }, 50);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`generate exited with ${code}: ${stderr}`);
    const summary = JSON.parse(stdout) as { imagesRendered: number };
    const stagesFile = path.join(os.tmpdir(), `storecraft-bench-stages-${child.pid}.json`);
    const { stages, phases } = JSON.parse(readFileSync(stagesFile, 'utf8')) as {
      stages: StageTotals;
      phases: Record<string, number>;
    };
    rmSync(stagesFile, { force: true });
    return { images: summary.imagesRendered, seconds, peak, cpu, stages, phases };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function report(label: string, run: Awaited<ReturnType<typeof generate>>): void {
  const perImage = Object.entries(run.stages)
    .map(([stage, { ms }]) => `${stage} ${(ms / run.images).toFixed(1)}`)
    .join(', ');
  // The rendering window: from the first picture encoded to the last.
  const first = (run.stages.encode?.first ?? 0) / 1000;
  const last = (run.stages.encode?.last ?? 0) / 1000;
  process.stderr.write(
    `bench: ${label}: ${run.images} images in ${run.seconds.toFixed(1)} s = ` +
      `${(run.images / run.seconds).toFixed(1)} images/s, peak RSS ${run.peak.toFixed(0)} MB, ` +
      `CPU ${((run.cpu * 1000) / run.images).toFixed(1)} ms per image (${run.cpu.toFixed(1)} s)\n` +
      `bench:   ms per image by stage (summed over parallel work): ${perImage}\n` +
      `bench:   pictures were encoded from ${first.toFixed(1)} s to ${last.toFixed(1)} s after the ` +
      `process started (${(run.images / (last - first)).toFixed(1)} images/s in that window)\n` +
      `bench:   phases ended at (s after start): ${timeline(run)}\n`,
  );
}

/** The run's phases and its first and last encoded picture, in the order they ended. */
function timeline(run: Awaited<ReturnType<typeof generate>>): string {
  const marks = Object.entries(run.phases);
  if (run.stages.encode) {
    marks.push(
      ['first picture', run.stages.encode.first],
      ['last picture', run.stages.encode.last],
    );
  }
  return marks
    .sort(([, a], [, b]) => a - b)
    .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}`)
    .join(', ');
}

/**
 * Runs in a home whose embedded database already exists, as every run after a user's first: the
 * first run's `initdb` of a new PGlite data directory alone peaks at ≈1.1 GB RSS (measured with
 * `PGlite.create(dir)`: 1,147 MB for a new directory, 292 MB reopening it) and would hide what
 * rendering costs. The setup run (one product) creates it.
 */
function endToEnd(label: string, products: number, niche: string, runs: number) {
  return {
    name: label,
    runs,
    warmup: 0,
    setup: async () => {
      const home = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-images-home-'));
      const first = await generate(home, 1, niche);
      process.stderr.write(
        `bench: first run in a new home (creates the database): peak RSS ${first.peak.toFixed(0)} MB\n`,
      );
      return home;
    },
    run: async (home: unknown) => {
      const run = await generate(String(home), products, niche);
      report(label, run);
      return { items: run.images, unit: 'images' };
    },
    teardown: (home: unknown) => rmSync(String(home), { recursive: true, force: true }),
  };
}

export default defineBenches([
  // Names spelled out: `npm run bench "images end to end, 200 products"` finds them in the text.
  endToEnd('images end to end, 200 products', 200, 'specialty coffee', 3),
  endToEnd('images end to end, 2000 products', 2000, 'sustainable yoga wear', 1),
]);
