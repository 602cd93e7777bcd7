import { readFileSync } from 'node:fs';

/**
 * What a benchmark reads about a child process it started, from Linux's /proc: 0 once the process
 * is gone, and off Linux. Sample them while the child runs (a bench polls every 50 ms or so).
 */

/**
 * CPU seconds (user + system, every thread) the process has used. On a shared, busy machine wall
 * time swings with the neighbours; CPU time per item is the steadier figure.
 */
export function processCpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock
    // ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The process's peak resident set in MB, from the kernel's high-water mark (VmHWM). */
export function processPeakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
