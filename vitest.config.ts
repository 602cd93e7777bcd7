import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{apps,packages}/*/{src,test}/**/*.test.ts', 'test/**/*.test.ts'],
    // PGlite instances are heavy (≈350 MB each): keep the number of parallel files bounded.
    pool: 'forks',
    maxWorkers: 2,
    // V8's JIT-page bookkeeping under memory protection keys (on CPUs with PKU, as here) can abort
    // a process that creates and frees many PGlite WebAssembly instances: "Check failed:
    // jit_page_->allocations_.erase(addr) == 1" (nodejs/node#64500). Tests do exactly that.
    execArgv: ['--no-memory-protection-keys'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
