import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processCpuSeconds, processPeakRssMb } from './process-stats.ts';

describe.runIf(process.platform === 'linux')('process stats from /proc', () => {
  it("reads a busy child's CPU time and peak memory, and 0 once it is gone", async () => {
    // Spins for 300 ms of CPU holding 64 MB, then waits to be read.
    const child = spawn(
      process.execPath,
      [
        '-e',
        'const b = Buffer.alloc(64 * 1024 * 1024, 1); const end = Date.now() + 300; while (Date.now() < end); console.log(b[0]); setInterval(() => {}, 1000);',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await once(child.stdout, 'data');
    expect(processCpuSeconds(child.pid)).toBeGreaterThanOrEqual(0.2);
    expect(processPeakRssMb(child.pid)).toBeGreaterThan(64);
    child.kill();
    await once(child, 'exit');
    expect(processCpuSeconds(child.pid)).toBe(0);
    expect(processPeakRssMb(child.pid)).toBe(0);
  });
});
