import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { JobQueueSettings } from '@storecraft/jobs';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const fixture = path.join(import.meta.dirname, 'fixtures/worker-process.ts');

export interface WorkerChild {
  child: ChildProcess;
  /** Everything printed so far. */
  output(): string;
  /** Resolves when a line starting with `prefix` has been printed. */
  waitFor(prefix: string, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `fixtures/worker-process.ts` the way the repo runs TS children: node --import tsx. */
export function spawnWorker(
  databaseUrl: string,
  options: { mode: 'store' | 'hang'; concurrency: number; settings: Partial<JobQueueSettings> },
): WorkerChild {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fixture,
      databaseUrl,
      options.mode,
      String(options.concurrency),
      JSON.stringify(options.settings),
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor(prefix, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (output.split('\n').some((line) => line.startsWith(prefix))) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`worker did not print ${prefix} within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`worker exited before printing ${prefix}:\n${output}`));
          }
        });
        check();
      });
    },
  };
}
