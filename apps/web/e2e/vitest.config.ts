import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const e2eDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * `npm run test:e2e`: the browser tests, apart from `npm test` (the root config includes only
 * `*.test.ts`). One fork, files in sequence: they share one server and the machine's cores.
 */
export default defineConfig({
  // The repository root, like the root config: the cache stays in the root node_modules.
  root: path.resolve(e2eDir, '../../..'),
  test: {
    include: ['apps/web/e2e/**/*.e2e.ts'],
    globalSetup: [path.join(e2eDir, 'global-setup.ts')],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 10 * 60_000,
    hookTimeout: 25 * 60_000,
    teardownTimeout: 60_000,
  },
});
