/**
 * `npm run bench [filter]`: runs every `bench/NAME.bench.ts` file of the apps and packages
 * and prints a table: median time per run, items/s, ratio against a baseline, peak RSS.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from '@storecraft/core/testing';

const root = path.resolve(import.meta.dirname, '..');
// `--file F`: the child mode, one bench file per process so memory figures are its own.
const fileFlag = process.argv.indexOf('--file');
const childFile = fileFlag >= 0 ? process.argv[fileFlag + 1] : undefined;
const filter = process.argv
  .slice(2)
  .find((arg, i, all) => arg !== '--file' && all[i - 1] !== '--file');

function benchFiles(): string[] {
  const files: string[] = [];
  for (const group of ['packages', 'apps']) {
    for (const pkg of readdirSync(path.join(root, group))) {
      const dir = path.join(root, group, pkg, 'bench');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) {
        if (f.endsWith('.bench.ts')) files.push(path.join(dir, f));
      }
    }
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Row {
  file: string;
  name: string;
  runs: number;
  medianMs: number;
  perSecond: number;
  unit: string;
  items: number;
  ratio: string;
  rssMb: number;
  note: string;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function runCase(file: string, c: BenchCase, rows: Row[]): Promise<void> {
  const rel = path.relative(root, file);
  if (c.skip) {
    rows.push({
      file: rel,
      name: c.name,
      runs: 0,
      medianMs: 0,
      perSecond: 0,
      unit: '',
      items: 0,
      ratio: '',
      rssMb: 0,
      note: `skipped: ${c.skip}`,
    });
    return;
  }
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  try {
    const context = c.setup ? await c.setup() : undefined;
    for (let i = 0; i < (c.warmup ?? 1); i++) await c.run(context);
    const times: number[] = [];
    let last = { items: 0, unit: '' };
    for (let i = 0; i < (c.runs ?? 5); i++) {
      const start = performance.now();
      last = await c.run(context);
      times.push(performance.now() - start);
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
    await c.teardown?.(context);
    const medianMs = median(times);
    rows.push({
      file: rel,
      name: c.name,
      runs: times.length,
      medianMs,
      perSecond: last.items / (medianMs / 1000),
      unit: last.unit,
      items: last.items,
      ratio: '',
      rssMb: peakRss / 2 ** 20,
      note: '',
    });
  } finally {
    clearInterval(sampler);
  }
  const row = rows.at(-1);
  const base = c.baseline ? rows.find((r) => r.name === c.baseline) : undefined;
  if (row && base && base.medianMs > 0 && base.items > 0) {
    // Cost per item relative to the baseline's cost per item.
    const ratio = row.medianMs / row.items / (base.medianMs / base.items);
    row.ratio = `${fmt(ratio, 1)}× ${c.baseline}`;
  }
}

async function runFile(file: string): Promise<Row[]> {
  const rows: Row[] = [];
  const mod = (await import(pathToFileURL(file).href)) as { default: BenchCase[] };
  const wanted = mod.default.filter((c) => !filter || `${file} ${c.name}`.includes(filter));
  // A baseline runs whenever a case that compares against it runs.
  const names = new Set(wanted.flatMap((c) => [c.name, c.baseline ?? '']));
  for (const c of mod.default) {
    if (!names.has(c.name)) continue;
    process.stderr.write(`bench: ${c.name} …\n`);
    await runCase(file, c, rows);
  }
  return rows;
}

async function runInChild(file: string): Promise<Row[]> {
  const args = [
    '--import',
    'tsx',
    fileURLToPath(import.meta.url),
    '--file',
    file,
    ...(filter ? [filter] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bench file ${path.relative(root, file)} failed (exit ${code})`);
  return JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1)) as Row[];
}

if (childFile) {
  process.stdout.write(`\n${JSON.stringify(await runFile(childFile))}`);
} else {
  const rows: Row[] = [];
  for (const file of benchFiles()) {
    if (filter && !file.includes(filter) && !(await fileMentions(file, filter))) continue;
    rows.push(...(await runInChild(file)));
  }
  const table = rows.map((r) => ({
    bench: r.name,
    runs: r.runs,
    'median ms': r.note ? '' : fmt(r.medianMs, 1),
    'items/s': r.note ? '' : `${fmt(r.perSecond)} ${r.unit}/s`,
    'items/run': r.note ? '' : fmt(r.items),
    'per-item vs baseline': r.ratio,
    'peak RSS MB': r.note ? '' : fmt(r.rssMb),
    note: r.note,
  }));
  console.table(table);
  console.log("Each bench file runs in its own process; peak RSS is that process's.");
}

/** Cheap pre-filter: only start a process for files whose text mentions the filter. */
async function fileMentions(file: string, text: string): Promise<boolean> {
  const { readFile } = await import('node:fs/promises');
  return (await readFile(file, 'utf8')).includes(text);
}
