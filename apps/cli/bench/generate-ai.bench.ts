/**
 * Issue 12's yardstick, as a user runs it: `storecraft generate --products 100` with
 * `AI_PROVIDER=openai` (AI copy and AI pictures for every product) against the fake provider
 * server answering after 300 ms with 20 % injected faults (429 with retry-after, 500, malformed
 * JSON, timeouts), in a child process started from the CLI's bin; then the same command with
 * `AI_CACHE_MODE=replay` into another folder. Prints both times, what the providers were asked
 * and how many products fell back, and whether every file of the two runs is byte-identical.
 * Prior art promises 100 products in ≤ 90 s.
 *
 * `npm run bench "generate with AI"`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFakeProviderServer } from '@storecraft/ai/testing';
import { defineBenches } from '@storecraft/core/testing';

const PRODUCTS = 100;
const bin = path.resolve(import.meta.dirname, '../bin/storecraft.js');

function run(env: Record<string, string>, out: string): Promise<{ code: number; out: string }> {
  const child = spawn(
    process.execPath,
    [
      bin,
      'generate',
      ...['--niche', 'specialty coffee', '--products', String(PRODUCTS), '--seed', 'ai-bench'],
      ...['--out', out],
    ],
    { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text = (text + chunk.toString()).slice(-20_000)));
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ code: code ?? 1, out: text })),
  );
}

/** sha256 of every file under `dir`, by relative path. */
function digests(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    found.set(
      path.relative(dir, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    );
  }
  return found;
}

/** The summary lines a person reads after a run (AI copy, pictures, usage, fallbacks). */
function aiLines(output: string): string {
  return output
    .split('\n')
    .filter((line) => /AI |fell back|calls|cost|\$/.test(line))
    .map((line) => `    ${line.trim()}`)
    .join('\n');
}

export default defineBenches([
  {
    name: `generate with AI: ${PRODUCTS} products, copy and pictures, 300 ms latency, 20 % faults, then replay`,
    runs: 1,
    warmup: 0,
    async run() {
      const server = await createFakeProviderServer({ latencyMs: 300, faultRate: 0.2, seed: 12 });
      const home = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-ai-home-'));
      const outs = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-ai-out-'));
      try {
        const env = {
          PATH: process.env.PATH ?? '', // eslint-disable-line no-restricted-properties -- the child needs it
          STORECRAFT_HOME: home,
          AI_PROVIDER: 'openai',
          OPENAI_API_KEY: 'sk-fake',
          OPENAI_BASE_URL: `${server.url}/v1`,
        };
        const liveStarted = performance.now();
        const live = await run(env, path.join(outs, 'live'));
        const liveSeconds = (performance.now() - liveStarted) / 1000;
        if (live.code !== 0) throw new Error(`the live run failed:\n${live.out.slice(-3000)}`);
        const requests = server.log.length;
        server.configure({ latencyMs: 0, faultRate: 0 });
        server.reset();
        const replayStarted = performance.now();
        const replay = await run({ ...env, AI_CACHE_MODE: 'replay' }, path.join(outs, 'replay'));
        const replaySeconds = (performance.now() - replayStarted) / 1000;
        if (replay.code !== 0) throw new Error(`the replay failed:\n${replay.out.slice(-3000)}`);
        const [a, b] = [digests(path.join(outs, 'live')), digests(path.join(outs, 'replay'))];
        const differing = [...new Set([...a.keys(), ...b.keys()])].filter(
          (file) => a.get(file) !== b.get(file),
        );
        process.stderr.write(
          [
            `generate with AI: live ${liveSeconds.toFixed(1)} s for ${PRODUCTS} products (${requests} provider requests, faults included); replay ${replaySeconds.toFixed(1)} s with ${server.log.length} requests`,
            aiLines(live.out),
            `  exports and pictures byte-identical after replay: ${differing.length === 0 ? 'yes' : `no — ${differing.length} of ${a.size} files differ (${differing.slice(0, 5).join(', ')})`} (${a.size} files compared)`,
            '',
          ].join('\n'),
        );
        if (differing.length > 0) throw new Error('the replay differs from the live run');
        return { items: PRODUCTS, unit: 'products' };
      } finally {
        await server.close();
        rmSync(home, { recursive: true, force: true });
        rmSync(outs, { recursive: true, force: true });
      }
    },
  },
]);
