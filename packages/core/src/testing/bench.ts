/**
 * Benchmarks: each `bench/*.bench.ts` file default-exports a list of cases; `npm run bench` runs
 * them all (scripts/bench.ts) and prints the median of N runs, ops/s and peak RSS.
 */
export interface BenchResult {
  /** How many units one run processed (products, rows, images). */
  items: number;
  /** What an item is, e.g. `products`, `rows`. */
  unit: string;
}

export interface BenchCase {
  name: string;
  /** Timed runs (default 5); the median is reported. */
  runs?: number;
  /** Untimed warm-up runs (default 1). */
  warmup?: number;
  /** Untimed set-up before the runs; its result is passed to `run`. */
  setup?: () => Promise<unknown>;
  run: (context: unknown) => Promise<BenchResult> | BenchResult;
  teardown?: (context: unknown) => Promise<void> | void;
  /** A case to compare against, by name, run in the same process (printed as a ratio). */
  baseline?: string;
  /** Skip with this reason (e.g. DATABASE_URL unset). */
  skip?: string;
}

export function defineBenches(cases: BenchCase[]): BenchCase[] {
  return cases;
}
