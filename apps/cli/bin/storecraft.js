#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=4 --heap-growing-percent=50 --liftoff-only
import module from 'node:module';

// The CLI's packages are TypeScript sources. Node 24 (and 22.18+) runs them directly by stripping
// the types; older runtimes compile them in memory through tsx.
// The shebang tunes the garbage collector for streaming a large catalog, which makes short-lived
// garbage fast while little stays live (≈ 40 MB of heap): a small nursery, and an old generation
// that grows by half instead of V8's default (up to 4×) before it is collected. For 100,000
// products of a taxonomy niche the peak resident set drops from 250–300 MB to ≈ 200 MB, and the
// run is no slower (`npm run bench generate-100k` compares both: 0.7× the time).
// `--liftoff-only` keeps the embedded database (PGlite, Postgres compiled to WebAssembly) on V8's
// baseline compiler. Tiering up, V8's optimising compiler spends 2–5 s of CPU and ≈ 600 MB on one
// function of Postgres (measured: 638 MB of compiler memory for a 105 KB function), a spike that
// was most of a run's peak memory; the baseline code runs the CLI's queries as fast (CPU time of
// a 200-product run with images: 41.5 s against 45.3 s with tier-up, the compiling included).
// MALLOC_ARENA_MAX=2: every thread that renders pictures (libvips, librsvg, fontconfig) would
// otherwise get a glibc malloc arena of its own, each holding on to freed rasters: 80 MB less
// peak memory for a 200-product run, at the same speed.
// Node keeps the compiled (and type-stripped) code of every module in a cache on disk
// (os.tmpdir()/node-compile-cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off): from the second run
// on, loading the app's ~600 modules takes 0.45 s instead of 0.85 s (measured, `generate`).
module.enableCompileCache?.();
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
// Before anything imports drizzle-orm: its modules then load in 0.05 s instead of 1 s.
const { registerDrizzleResolveHook } = await import('@storecraft/db/drizzle-resolve-hook');
registerDrizzleResolveHook();
const { main } = await import('../src/main.ts');
await main(process.argv);
