/**
 * Graceful shutdown on SIGTERM/SIGINT: the first signal calls `target.stop()` (for a runner: stop
 * claiming, abort handlers, wait for them); a second one exits at once. Pass a target whose stop()
 * also releases the queue and the database (as `runWorkerProcess` does) so the process can end.
 * Returns a function that removes the handlers.
 */
export function installSignalHandlers(
  target: { stop(): Promise<unknown> },
  options: {
    signals?: readonly NodeJS.Signals[];
    onError?: (error: unknown) => void;
  } = {},
): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // Asked twice: the operator does not want to wait for the handlers.
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    stopping = true;
    target.stop().catch((error: unknown) => {
      (options.onError ?? ((e: unknown) => console.error('[@storecraft/jobs]', e)))(error);
      process.exitCode = 1;
    });
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
