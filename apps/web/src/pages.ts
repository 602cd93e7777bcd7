import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { PageHandler } from './create-web-server.ts';
import type { Logger } from './logger.ts';

/** The Next.js project (apps/web): `app/` holds the pages. */
export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `next build` writes (next.config.ts reads the same variable). */
const distDir = process.env.STORECRAFT_NEXT_DIST_DIR ?? '.next'; // eslint-disable-line no-restricted-properties -- shared with next.config.ts, which Next.js loads itself

/** `STORECRAFT_WEB_DEV=1`: Next.js in development mode (pages recompile on change, no build). */
export const devMode = process.env.STORECRAFT_WEB_DEV === '1'; // eslint-disable-line no-restricted-properties -- a developer switch, like NODE_ENV

/**
 * Loads the Next.js pages in the background: builds them first when there is no build or the
 * sources are newer than it (a fresh clone: ≈ 15–30 s here), then prepares the production server.
 * The API does not wait for any of it; page routes answer 503 "starting" meanwhile.
 */
export function startPages(options: {
  logger: Logger;
  hostname: string;
  port: number;
  /** Build when missing or stale (default true); false only serves an existing build. */
  build?: boolean;
}): PageHandler & { ready: Promise<void> } {
  let state: 'starting' | 'ready' | 'failed' = 'starting';
  let handle: PageHandler['handle'] = () => Promise.reject(new Error('pages are not ready'));
  let upgrade: NonNullable<PageHandler['upgrade']> = (_req, socket) => {
    socket.destroy();
    return Promise.resolve();
  };
  const ready = (async () => {
    if (!devMode && (options.build ?? true) && (await buildIsStale())) {
      options.logger.info('building the web pages (next build)…');
      const started = performance.now();
      await runNextBuild(options.logger);
      options.logger.info({ ms: Math.round(performance.now() - started) }, 'web pages built');
    }
    const { default: next } = await import('next');
    const app = next({
      dev: devMode,
      dir: webDir,
      hostname: options.hostname,
      port: options.port,
      quiet: true,
      // On its first page request Next.js adds an `upgrade` listener of its own to the server
      // it runs behind (the request's socket's server unless told another). Ours routes the
      // upgrades itself (create-web-server.ts): a second listener would answer the same socket
      // twice, and in production would see every upgrade. Next.js gets a server that never listens.
      httpServer: http.createServer(),
    });
    await app.prepare();
    const requestHandler = app.getRequestHandler();
    handle = (req, res) => requestHandler(req, res);
    // Development mode's hot reload talks over a WebSocket (`/_next/hmr`).
    if (devMode) {
      const hotReload = hotReloadUpgradeHandler(app);
      if (hotReload) upgrade = hotReload;
      else {
        options.logger.warn(
          'this Next.js version offers no hot-reload upgrade handler: development pages will not hydrate',
        );
      }
    }
    state = 'ready';
  })().catch((error: unknown) => {
    state = 'failed';
    options.logger.error({ err: error }, 'the web pages could not start; the API keeps serving');
  });
  return {
    ready,
    state: () => state,
    handle: (req, res) => handle(req, res),
    upgrade: (req, socket, head) => upgrade(req, socket, head),
  };
}

type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>;

/**
 * The handler that answers the hot-reload WebSocket. Not `app.getUpgradeHandler()`: under a
 * custom server that one reaches Next's inner page server, whose `handleUpgrade` does nothing
 * (Next 16.4), so the socket would hang. The custom-server wrapper's `upgradeHandler` is the
 * router's, the one `next dev` itself uses: it serves `/_next/hmr` (and leaves other paths
 * unanswered, which is why only that path is handed to it).
 */
function hotReloadUpgradeHandler(app: object): UpgradeHandler | undefined {
  const handler = (app as { upgradeHandler?: unknown }).upgradeHandler;
  return typeof handler === 'function'
    ? (req, socket, head) => (handler as UpgradeHandler).call(app, req, socket, head)
    : undefined;
}

/** The path of Next.js 16's hot-reload WebSocket (`?id=…` follows). */
export const HOT_RELOAD_PATH = '/_next/hmr';

/**
 * Whether a WebSocket upgrade may go on to Next's hot reload (development mode only): `undefined`
 * when it may, else the HTTP status to refuse it with. Only the hot-reload path, and only from a
 * page this server served: browsers always send `Origin` on a WebSocket handshake, and a page on
 * another site must not listen in. Allowed origins are `localhost` and `*.localhost` (as Next
 * allows), the public URL's, and an IP address naming this very server (`Origin` host = `Host`:
 * `http://127.0.0.1:3000`, a LAN address), which DNS rebinding cannot forge. No `Origin`: not a
 * browser, nothing to protect.
 */
export function hotReloadUpgradeRefusal(
  req: IncomingMessage,
  publicOrigin: string,
): 403 | 404 | undefined {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://upgrade.invalid');
  } catch {
    return 404;
  }
  if (url.pathname !== HOT_RELOAD_PATH) return 404;
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return 403;
  }
  if (from.protocol !== 'http:' && from.protocol !== 'https:') return 403;
  const hostname = from.hostname.toLowerCase();
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return undefined;
  if (from.origin === new URL(publicOrigin).origin) return undefined;
  const ipAddress = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (isIP(ipAddress) !== 0 && from.host === req.headers.host?.toLowerCase()) return undefined;
  return 403;
}

async function buildIsStale(): Promise<boolean> {
  const built = await mtimeOf(path.join(webDir, distDir, 'BUILD_ID'));
  if (built === undefined) return true;
  const sources = [
    path.join(webDir, 'app'),
    path.join(webDir, 'ui'),
    path.join(webDir, 'src', 'page-bridge.ts'),
    path.join(webDir, 'next.config.ts'),
    path.join(webDir, 'postcss.config.mjs'),
  ];
  for (const source of sources) if ((await newestMtime(source)) > built) return true;
  return false;
}

async function mtimeOf(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestMtime(entry: string): Promise<number> {
  const stat = await fs.stat(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of await fs.readdir(entry)) {
    newest = Math.max(newest, await newestMtime(path.join(entry, child)));
  }
  return newest;
}

function runNextBuild(logger: Logger): Promise<void> {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build', webDir], {
      cwd: webDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, // eslint-disable-line no-restricted-properties -- the build runs as its own process with our environment
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else {
        logger.error({ output }, 'next build failed');
        reject(new Error(`next build exited with code ${code}`));
      }
    });
  });
}
