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
    // `--liftoff-only` keeps PGlite on V8's baseline WebAssembly tier, as the CLI's bin does: no
    // optimising recompiles to allocate and free (the code the abort is about), and the short-lived
    // databases of tests never pay the 2–5 s compile back (a DB-heavy pair of files: 17 → 14 s).
    execArgv: ['--no-memory-protection-keys', '--liftoff-only'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
