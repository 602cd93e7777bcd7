import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defineBenches, processCpuSeconds } from '@storecraft/core/testing';
import autocannon from 'autocannon';
import pg from 'pg';
import type { LoadPlan, LoadResult } from './paced-load.ts';

/**
 * The API under load, against `npm start` (the real entry point, in a child process on a fresh
 * `.storecraft` home): sign up, build 100 products with images and wait for the end, then
 * autocannon on the product list (50 products a page, first page and the cursor's next page
 * alternately) at 200 req/s for 30 s. Prints p50 / p99 / errors, the sign-in p99, and how long
 * the fresh start took to answer /api/health. The same load is then sent evenly paced (`paced`).
 * On PGlite always; on PostgreSQL when DATABASE_URL
 * is set (a scratch database on that server, dropped afterwards).
 */

// eslint-disable-next-line no-restricted-properties -- a bench picks its drivers like the test helpers do
const postgresServer = process.env.DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../../..');
const pacedLoad = path.join(import.meta.dirname, 'paced-load.ts');
const RATE = 200;
const SECONDS = 30;
const SIGN_INS = 20;
const PRODUCTS = 100;

interface Context {
  child: ChildProcess;
  origin: string;
  home: string;
  cookie: string;
  pages: string[];
  healthSeconds: number;
  signInMs: number[];
  dropDatabase?: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(driver: 'pglite' | 'postgres'): Promise<Context> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'storecraft-bench-web-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (driver === 'postgres' && postgresServer) {
    const name = `storecraft_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresServer });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(postgresServer);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: postgresServer });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    };
  }
  const settings: Record<string, string | undefined> = {
    // eslint-disable-next-line no-restricted-properties -- the server runs with the bench's environment
    ...process.env,
    STORECRAFT_HOME: path.join(home, '.storecraft'),
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: origin,
    DATABASE_URL: databaseUrl,
    MIGRATION_DATABASE_URL: undefined,
  };
  const env = Object.fromEntries(
    Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'apps/web/bin/start.js')], {
    cwd: home,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let healthSeconds: number;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) {
      healthSeconds = (performance.now() - started) / 1000;
      break;
    }
    await sleep(100);
  }
  const context: Context = {
    child,
    origin,
    home,
    cookie: '',
    pages: [],
    healthSeconds,
    signInMs: [],
    ...(dropDatabase ? { dropDatabase } : {}),
  };
  try {
    await prepare(context);
  } catch (error) {
    await stop(context);
    throw error;
  }
  return context;
}

async function call<T>(context: Context, procedure: string, input: unknown, mutation = false) {
  const url = `${context.origin}/api/trpc/${procedure}`;
  const response = mutation
    ? await fetch(url, {
        method: 'POST',
        headers: { cookie: context.cookie, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      })
    : await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers: { cookie: context.cookie },
      });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

/** Signs up, times sign-ins, builds the catalog and waits for its end event. */
async function prepare(context: Context): Promise<void> {
  const email = `bench-${Date.now()}@example.test`;
  const password = 'correct horse battery staple';
  const signUp = await fetch(`${context.origin}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: context.origin },
    body: JSON.stringify({ email, password, name: 'Bench' }),
  });
  if (!signUp.ok) throw new Error(`sign-up: ${signUp.status} ${await signUp.text()}`);
  for (let i = 0; i < SIGN_INS; i++) {
    const start = performance.now();
    const response = await fetch(`${context.origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: context.origin },
      body: JSON.stringify({ email, password }),
    });
    context.signInMs.push(performance.now() - start);
    if (!response.ok) throw new Error(`sign-in: ${response.status}`);
    context.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }
  const [workspace] = await call<{ id: string }[]>(context, 'workspace.list', undefined);
  const workspaceId = workspace?.id ?? '';
  const brand = await call<{ id: string }>(
    context,
    'brands.create',
    { workspaceId, niche: 'specialty coffee', seed: 'bench' },
    true,
  );
  const { jobId } = await call<{ jobId: string }>(
    context,
    'catalogs.build',
    { workspaceId, brandId: brand.id, products: PRODUCTS },
    true,
  );
  const events = await fetch(`${context.origin}/api/jobs/${jobId}/events`, {
    headers: { cookie: context.cookie },
  });
  const text = await events.text(); // the stream ends after its `end` event
  if (!text.includes('event: end')) throw new Error('the build did not end');
  const first = { workspaceId, brandId: brand.id, limit: 50 };
  const page = await call<{ nextCursor: string | null }>(context, 'catalogs.products', first);
  const second = { ...first, cursor: page.nextCursor ?? undefined };
  context.pages = [first, second].map(
    (input) => `/api/trpc/catalogs.products?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
}

/**
 * autocannon cycles through the requests: page 1, then the cursor's page 2, and again. Its
 * latencies are recorded as measured: with a rate set, autocannon 9 "corrects" for coordinated
 * omission with an expected interval of `ceil(1 / rate)` = 1 ms (a per-second rate read as
 * milliseconds), which records a 50 ms answer as fifty answers of 50, 49, … 1 ms and so weighs
 * each slow answer by its duration.
 */
function load(context: Context) {
  return autocannon({
    url: context.origin,
    overallRate: RATE,
    duration: SECONDS,
    connections: 20,
    ignoreCoordinatedOmission: true,
    headers: { cookie: context.cookie },
    requests: context.pages.map((p) => ({ method: 'GET', path: p })),
  });
}

/**
 * The same 200 requests a second, evenly paced (see paced-load.ts), from a process of its own.
 * autocannon's rate limit is per connection and per second: each of its 20 connections sends its
 * 10 requests back to back at the top of every second, so its figures measure bursts of 20
 * requests in flight at once. Real clients are not synchronised: this is the latency they see at
 * 200 req/s.
 */
async function paced(context: Context): Promise<LoadResult> {
  const plan: LoadPlan = {
    origin: context.origin,
    cookie: context.cookie,
    paths: context.pages,
    rate: RATE,
    seconds: SECONDS,
  };
  const child = spawn(process.execPath, [pacedLoad, JSON.stringify(plan)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the paced load exited with ${code}`);
  return JSON.parse(stdout) as LoadResult;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function stop(context: Context): Promise<void> {
  if (context.child.exitCode === null && context.child.signalCode === null) {
    const exited = once(context.child, 'exit');
    context.child.kill('SIGTERM');
    await exited;
  }
  await context.dropDatabase?.();
  rmSync(context.home, { recursive: true, force: true });
}

function loadCase(driver: 'pglite' | 'postgres') {
  return {
    name: `web: product list at ${RATE} req/s for ${SECONDS} s (${driver})`,
    runs: 1,
    warmup: 0,
    ...(driver === 'postgres' && !postgresServer ? { skip: 'DATABASE_URL unset' } : {}),
    setup: () => startServer(driver),
    async run(raw: unknown) {
      const context = raw as Context;
      const result = await load(context).catch(async (error: unknown) => {
        await stop(context);
        throw error;
      });
      const cpuBefore = processCpuSeconds(context.child.pid);
      const even = await paced(context);
      const serverCpuMs =
        ((processCpuSeconds(context.child.pid) - cpuBefore) * 1000) / RATE / SECONDS;
      const f = (n: number) => n.toFixed(1);
      process.stderr.write(
        [
          `web bench (${driver}): /api/health 200 ${f(context.healthSeconds)} s after start (fresh home)`,
          `  product list (50/page, cursor), autocannon (20 connections, bursts each second, latencies as measured): p50 ${f(result.latency.p50)} ms, p99 ${f(result.latency.p99)} ms, max ${f(result.latency.max)} ms; ${result.requests.total} requests, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
          `  product list, evenly paced (one request every ${1000 / RATE} ms): p50 ${f(percentile(even.latencies, 50))} ms, p99 ${f(percentile(even.latencies, 99))} ms, max ${f(Math.max(...even.latencies))} ms; ${even.latencies.length + even.errors} requests, errors ${even.errors}${even.errors ? ` (${JSON.stringify(even.errorKinds)})` : ''}; the client's own event-loop delay p99 ${f(even.clientDelayP99Ms)} ms, max ${f(even.clientDelayMaxMs)} ms; the server's CPU ${f(serverCpuMs)} ms per request`,
          `  sign-in (${SIGN_INS} sequential, scrypt N=16384 r=16 p=1): p50 ${f(percentile(context.signInMs, 50))} ms, p99 ${f(percentile(context.signInMs, 99))} ms`,
          '',
        ].join('\n'),
      );
      return { items: result.requests.total, unit: 'req' };
    },
    teardown: (raw: unknown) => stop(raw as Context),
  };
}

export default defineBenches([loadCase('pglite'), loadCase('postgres')]);
