/**
 * Worker-thread entry for the render pool, in plain JavaScript on purpose: it must load in a bare
 * worker thread, where no test runner or loader hook compiles TypeScript for it.
 *
 * Node 24 (and 22.18+) strips the types of `render-worker.ts` itself. On older runtimes worker
 * threads ignore ESM loader hooks, so the TypeScript worker goes through tsx's CommonJS require
 * hook, which does work in workers.
 */
import { createRequire } from 'node:module';

async function loadWorker() {
  if (process.features.typescript) return await import('./render-worker.ts');
  const { register } = await import('tsx/cjs/api');
  register();
  return createRequire(import.meta.url)('./render-worker.ts');
}

const worker = await loadWorker();
await worker.warmUp();
export default worker.default;
