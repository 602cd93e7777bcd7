import { SingleBar } from 'cli-progress';
import type { Output } from './output.ts';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** A progress bar on stderr for long runs in a terminal; silent otherwise. */
export function createProgress(out: Output, wanted: boolean, unit = 'products'): Progress {
  if (!wanted || !out.isInteractive) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: `{bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
