/**
 * Preloaded (`node --import`) into the CLI process the end-to-end image bench starts: sums the
 * stage timings the render pool, the image job and the queue publish on their diagnostics
 * channels and when each phase of the run ended, and writes them to `storecraft-bench-stages-<pid>.json` in the temporary folder when
 * the process exits.
 * Plain JavaScript so it loads before anything compiles TypeScript.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const target = path.join(os.tmpdir(), `storecraft-bench-stages-${process.pid}.json`);
  /**
   * Per stage: the summed milliseconds, how many were recorded, and when the first and the last
   * ended (ms since the process started), which shows the run's phases around rendering.
   * @type {Record<string, { ms: number; count: number; first: number; last: number }>}
   */
  const totals = {};
  const record = (/** @type {unknown} */ message) => {
    const { stage, ms } = /** @type {{ stage: string; ms: number }} */ (message);
    const now = performance.now();
    const total = (totals[stage] ??= { ms: 0, count: 0, first: now, last: now });
    total.ms += ms;
    total.count += 1;
    total.last = now;
  };
  /**
   * When each phase of the run ended (ms since the process started), in order.
   * @type {Record<string, number>}
   */
  const phases = {};
  diagnosticsChannel.subscribe('storecraft:cli:phase', (message) => {
    phases[/** @type {{ phase: string }} */ (message).phase] = performance.now();
  });
  for (const name of [
    'storecraft:images:stage',
    'storecraft:image-job:stage',
    'storecraft:jobs:stage',
  ]) {
    diagnosticsChannel.subscribe(name, record);
  }
  process.on('exit', () =>
    writeFileSync(
      target,
      JSON.stringify({ stages: totals, phases: { ...phases, exit: performance.now() } }),
    ),
  );
}
