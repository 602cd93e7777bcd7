/**
 * Worker-thread entry for the render pool, in plain JavaScript on purpose.
 *
 * Node 20 worker threads ignore ESM loader hooks, so `execArgv: ['--import', 'tsx']` leaves a
 * `.ts` worker unloadable ("Unknown file extension .ts"); CommonJS require hooks do work in
 * workers. This entry registers tsx's require hook and loads the TypeScript worker through it,
 * which behaves the same under Vitest, a `tsx` script or plain `node`.
 */
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);

export default require('./render-worker.ts').default;
