import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/**
 * The end-to-end harness: the real `npm start` server (its own `next build`, PGlite in a fresh
 * STORECRAFT_HOME) driven by the system's Chromium through playwright-core. Nothing is downloaded:
 * the browser is Debian's, and the server is the one users run.
 */

/** The repository root (apps/web/e2e → ../../..). */
export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Screenshots, server logs and downloads of the last run (gitignored). */
export const artifactsDir = path.join(repoDir, 'apps/web/e2e/artifacts');

// The one place the e2e suite reads the environment: these knobs and the parent environment the
// spawned server inherits (minus the database, so it always runs on its own PGlite).
const env = process.env; // eslint-disable-line no-restricted-properties -- test harness knobs, not app configuration

export const e2eSettings = {
  /** Fixed port for the server (default: a free one). */
  port: env.STORECRAFT_E2E_PORT ? Number(env.STORECRAFT_E2E_PORT) : undefined,
  /** The LCP budget; slow CI machines may raise it. */
  lcpBudgetMs: Number(env.STORECRAFT_E2E_LCP_BUDGET_MS ?? 1500),
  /** Where `next build` writes: its own directory so it never races a developer's `.next`. */
  nextDistDir: env.STORECRAFT_NEXT_DIST_DIR ?? '.next-e2e',
  chromiumPath: env.STORECRAFT_E2E_CHROMIUM ?? '/usr/bin/chromium',
};

/** The environment for child processes: everything but the database settings. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const copy: NodeJS.ProcessEnv = { ...env, ...extra };
  delete copy.DATABASE_URL;
  delete copy.MIGRATION_DATABASE_URL;
  return copy;
}

export interface RunningServer {
  origin: string;
  logFile: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
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

/** Polls `url` until it answers `status` (the server may still be migrating or building). */
async function waitForStatus(
  url: string,
  status: number,
  timeoutMs: number,
  child: ChildProcess,
  failure: () => string | undefined = () => undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode})`);
    const failed = failure();
    if (failed !== undefined) throw new Error(`the web pages did not start:\n${failed}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status === status) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(2000);
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs / 1000} s (last: ${last})`);
}

/**
 * `node apps/web/bin/start.js` on 127.0.0.1 with a fresh STORECRAFT_HOME and no DATABASE_URL, in
 * its own process group (the `next build` it may spawn goes down with it). Resolves once the API
 * is healthy and the pages answer (they answer 503 while the build runs).
 */
export async function startServer(name: string): Promise<RunningServer> {
  await fs.mkdir(artifactsDir, { recursive: true });
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-e2e-'));
  const port = e2eSettings.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(artifactsDir, `server-${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [path.join(repoDir, 'apps/web/bin/start.js')], {
    cwd: repoDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({
      STORECRAFT_HOME: home,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: origin,
      STORECRAFT_NEXT_DIST_DIR: e2eSettings.nextDistDir,
      NEXT_TELEMETRY_DISABLED: '1',
    }),
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // A failed `next build` leaves the pages answering 503 for good: notice it instead of waiting.
  let pagesFailed: string | undefined;
  let recent = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    recent = (recent + chunk.toString()).slice(-200_000);
    const text = recent;
    const build = /"output":"((?:[^"\\]|\\.)*)","msg":"next build failed"/.exec(text);
    if (build?.[1]) pagesFailed = (JSON.parse(`"${build[1]}"`) as string).slice(-3000);
    if (text.includes('the web pages could not start')) pagesFailed ??= 'the pages could not start';
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(-child.pid, 'SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        sleep(30_000).then(() => false),
      ]);
      if (!stopped) process.kill(-child.pid, 'SIGKILL');
    }
    log.end();
    await fs.rm(home, { recursive: true, force: true });
  };

  try {
    await waitForStatus(`${origin}/api/health`, 200, 180_000, child);
    // The first start builds the pages (minutes on a busy two-core machine).
    await waitForStatus(`${origin}/sign-in`, 200, 20 * 60_000, child, () => pagesFailed);
  } catch (error) {
    await stop();
    const tail = (await fs.readFile(logFile, 'utf8').catch(() => '')).slice(-4000);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail}`, {
      cause: error,
    });
  }
  return { origin, logFile, stop };
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: e2eSettings.chromiumPath, args: chromiumArgs });
}

export const viewport = { width: 1280, height: 800 };

/**
 * Console errors and uncaught page errors of every page in a context. Tests assert the list is
 * empty; `expected` lets a test excuse messages it causes on purpose (the 404s it asks for).
 */
export class ConsoleErrors {
  readonly messages: string[] = [];
  private readonly expected: (text: string) => boolean;

  constructor(expected: (text: string) => boolean = () => false) {
    this.expected = expected;
  }

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const source = message.location().url;
      if (!this.expected(text)) this.messages.push(`${page.url()}: ${text} (${source})`);
    });
    page.on('pageerror', (error) => this.messages.push(`${page.url()}: ${error.message}`));
  }
}

export async function newContext(
  browser: Browser,
  errors: ConsoleErrors,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  context.on('page', (page) => errors.watch(page));
  return context;
}

/** Saves a numbered screenshot of the current step under artifacts/<test>/. */
export function screenshotter(test: string): (page: Page, step: string) => Promise<string> {
  let count = 0;
  return async (page, step) => {
    count += 1;
    const file = path.join(artifactsDir, test, `${String(count).padStart(2, '0')}-${step}.png`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    return file;
  };
}

/** Signs up through the form; answers the new personal workspace's id. */
export async function signUp(page: Page, origin: string, email: string): Promise<string> {
  await page.goto(`${origin}/sign-up`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/w\/[^/?#]+/);
  const workspaceId = /\/w\/([^/?#]+)/.exec(page.url())?.[1];
  if (!workspaceId) throw new Error(`no workspace in ${page.url()}`);
  return workspaceId;
}

interface TrpcEnvelope<T> {
  result?: { data: T };
  error?: { message: string };
}

/** The tRPC API as the context's signed-in user (the session cookie rides along). */
export function apiAs(context: BrowserContext, origin: string) {
  async function unwrap<T>(response: Awaited<ReturnType<BrowserContext['request']['get']>>) {
    const body = (await response.json()) as TrpcEnvelope<T>;
    if (!response.ok() || !body.result) {
      throw new Error(`tRPC ${response.url()}: ${response.status()} ${body.error?.message ?? ''}`);
    }
    return body.result.data;
  }
  return {
    query: async <T>(procedure: string, input: unknown): Promise<T> =>
      unwrap<T>(
        await context.request.get(
          `${origin}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
        ),
      ),
    mutate: async <T>(procedure: string, input: unknown): Promise<T> =>
      unwrap<T>(
        await context.request.post(`${origin}/api/trpc/${procedure}`, {
          data: input,
          headers: { origin },
        }),
      ),
  };
}

/** Waits until `check` answers true (polling an API, say). */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(1000);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}
