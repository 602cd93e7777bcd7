/** Runs `fn` and returns its result as a promise, turning a throw into a rejection. */
export function settle<T>(fn: () => T): Promise<T> {
  return new Promise((resolve) => resolve(fn()));
}
