/**
 * One SIGINT/SIGTERM handler for the whole CLI process. Each step of a command that leaves
 * something behind (a staging folder, a brand in the embedded database, stored files) registers a
 * cleanup; on the first signal every registered cleanup runs, newest first, and the process exits
 * 130 (SIGINT) or 143 (SIGTERM). A second signal exits at once. Cleanups registered by a step are
 * removed when the step ends normally.
 */
type Cleanup = () => unknown;

const cleanups: Cleanup[] = [];
let installed = false;
let stopping = false;

/** What a signal does to the process; tests replace it. */
export const shutdownProcess = {
  exit: (code: number): void => {
    process.exit(code);
  },
};

function onSignal(signal: NodeJS.Signals): void {
  const code = signal === 'SIGINT' ? 130 : 143;
  if (stopping) return shutdownProcess.exit(code);
  stopping = true;
  void runCleanups().finally(() => shutdownProcess.exit(code));
}

/** Runs every registered cleanup (newest first); one failing does not stop the others. */
export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      await cleanup?.();
    } catch {
      // Best effort: the next start sweeps what a failed cleanup left.
    }
  }
}

/** Registers `cleanup` to run if the process is interrupted; returns the function that unregisters it. */
export function onShutdown(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.lastIndexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}
