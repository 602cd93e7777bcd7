import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from './test-server.ts';

// `STORECRAFT_WEB_DEV=1` (development mode) is read once, when pages.ts loads: each part below
// stubs the environment, then imports the server afresh.
afterAll(() => {
  vi.unstubAllEnvs();
});

type Answer =
  | { kind: 'upgraded'; status: 101 }
  | { kind: 'response'; status: number }
  | { kind: 'closed' }
  | { kind: 'invalid'; error: string }
  | { kind: 'no answer' };

/** A browser-like WebSocket handshake (what Chromium sends for `new WebSocket(…)`). */
function handshake(
  port: number,
  urlPath: string,
  headers: { host: string; origin?: string },
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: urlPath,
      headers: {
        Host: headers.host,
        ...(headers.origin ? { Origin: headers.origin } : {}),
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ kind: 'no answer' });
    }, 5_000);
    const done = (answer: Answer) => {
      clearTimeout(timer);
      resolve(answer);
    };
    req.on('upgrade', (res: IncomingMessage, socket) => {
      socket.destroy();
      done({ kind: 'upgraded', status: res.statusCode as 101 });
    });
    req.on('response', (res) => {
      res.resume();
      done({ kind: 'response', status: res.statusCode ?? 0 });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A bare close is ECONNRESET/"socket hang up"; bytes that are no HTTP are a parse error.
      done(
        error.code?.startsWith('HPE_')
          ? { kind: 'invalid', error: error.code }
          : { kind: 'closed' },
      );
    });
    req.end();
  });
}

describe('development mode (STORECRAFT_WEB_DEV=1): the hot-reload WebSocket', () => {
  let port = 0;
  let stop: () => Promise<void> = () => Promise.resolve();
  let pageHeaders: http.IncomingHttpHeaders = {};
  const distDir = `.next-test-dev-${process.pid}`;

  beforeAll(async () => {
    vi.stubEnv('STORECRAFT_WEB_DEV', '1');
    vi.stubEnv('STORECRAFT_NEXT_DIST_DIR', distDir);
    vi.stubEnv('NEXT_TELEMETRY_DISABLED', '1');
    vi.resetModules();
    const { loadConfig } = await import('@storecraft/config');
    const { createTestDatabase } = await import('@storecraft/db/testing');
    const { createLogger } = await import('../src/logger.ts');
    const { startPlatform } = await import('../src/start-platform.ts');
    const { loadWebSettings } = await import('../src/web-settings.ts');
    const { webDir } = await import('../src/pages.ts');

    await removeLeftBuilds(webDir);
    const db = await createTestDatabase('pglite');
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-web-dev-'));
    port = await freePort();
    const env = {
      STORECRAFT_HOME: home,
      PUBLIC_URL: `http://localhost:${port}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      STORECRAFT_WORKERS: '0',
    };
    const quiet = new Writable({ write: (_chunk, _encoding, next) => next() });
    const platform = await startPlatform(loadConfig(env, home), loadWebSettings(env), {
      logger: createLogger('info', quiet),
      database: db,
      port,
    });
    stop = async () => {
      await platform.stop();
      await db.close();
      await fs.rm(home, { recursive: true, force: true });
      await fs.rm(path.join(webDir, distDir), { recursive: true, force: true });
    };
    await platform.pagesReady;
    // One request through Next.js first: it is when Next would hook an upgrade listener of its
    // own onto the server it runs behind (and a static file compiles nothing).
    const res = await fetch(`http://127.0.0.1:${port}/_next/static/none.js`);
    await res.arrayBuffer();
    pageHeaders = Object.fromEntries(res.headers);
  }, 120_000);
  afterAll(() => stop(), 60_000);

  it('is switched for a page opened at localhost', async () => {
    const answer = await handshake(port, '/_next/hmr?id=test', {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
    });
    expect(answer).toEqual({ kind: 'upgraded', status: 101 });
  });

  it('is switched for a page opened at the loopback address (http://127.0.0.1:port)', async () => {
    const answer = await handshake(port, '/_next/hmr?id=test', {
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
    });
    expect(answer).toEqual({ kind: 'upgraded', status: 101 });
  });

  it('is refused with a real HTTP 403 for a page on another site', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.2:${port}`]) {
      const answer = await handshake(port, '/_next/hmr?id=test', {
        host: `127.0.0.1:${port}`,
        origin,
      });
      expect(answer, origin).toEqual({ kind: 'response', status: 403 });
    }
    // DNS rebinding: a name of the attacker's that resolves here; Origin and Host agree.
    const rebound = await handshake(port, '/_next/hmr?id=test', {
      host: `rebind.example:${port}`,
      origin: `http://rebind.example:${port}`,
    });
    expect(rebound).toEqual({ kind: 'response', status: 403 });
  });

  it('other upgrade paths get a 404, not a socket left hanging', async () => {
    const answer = await handshake(port, '/some/socket', {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
    });
    expect(answer).toEqual({ kind: 'response', status: 404 });
  });

  it("the development CSP lets the page connect to its own origin's WebSocket and eval", () => {
    const csp = String(pageHeaders['content-security-policy']);
    // CSP Level 3: 'self' matches ws:/wss: on the page's own host and port.
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  });
});

/**
 * Next's development server goes on writing (type files) for a moment after the platform stops,
 * so a run can leave its folder behind (ignored by git): the next run removes those of processes
 * that are gone.
 */
async function removeLeftBuilds(webDir: string): Promise<void> {
  for (const name of await fs.readdir(webDir)) {
    const pid = Number(/^\.next-test-dev-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await fs.rm(path.join(webDir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

describe('production mode: upgrades', () => {
  it('are refused, whatever the path, and never reach the pages', async () => {
    vi.stubEnv('STORECRAFT_WEB_DEV', undefined);
    vi.resetModules();
    const { createWebServer } = await import('../src/create-web-server.ts');
    const { createLogger } = await import('../src/logger.ts');
    const upgrade = vi.fn(() => Promise.resolve());
    const web = createWebServer({
      db: {} as never,
      storage: { driver: 's3' } as never,
      signingSecret: 'secret',
      logger: createLogger('info', new Writable({ write: (_c, _e, next) => next() })),
      rateLimits: {} as never,
      production: true,
      auth: undefined,
      trpc: undefined,
      health: {} as never,
      feed: undefined,
      pages: {
        state: () => 'ready',
        handle: () => Promise.resolve(),
        upgrade,
      },
      publicUrl: 'http://localhost',
    });
    const port = await web.listen(0, '127.0.0.1');
    try {
      for (const urlPath of ['/_next/hmr?id=x', '/unknown']) {
        const answer = await handshake(port, urlPath, {
          host: `localhost:${port}`,
          origin: `http://localhost:${port}`,
        });
        expect(answer, urlPath).toEqual({ kind: 'closed' });
      }
      expect(upgrade).not.toHaveBeenCalled();
    } finally {
      await web.close();
    }
  });
});

describe('hotReloadUpgradeRefusal', () => {
  it('admits the hot-reload path from this server’s own pages only', async () => {
    const { hotReloadUpgradeRefusal } = await import('../src/pages.ts');
    const verdict = (url: string, host: string, origin?: string) =>
      hotReloadUpgradeRefusal(
        { url, headers: { host, ...(origin ? { origin } : {}) } } as IncomingMessage,
        'https://shop.example.com',
      );
    expect(verdict('/_next/hmr?id=1', 'localhost:3000', 'http://localhost:3000')).toBeUndefined();
    expect(
      verdict('/_next/hmr', 'app.localhost:3000', 'http://app.localhost:3000'),
    ).toBeUndefined();
    expect(verdict('/_next/hmr', 'shop.example.com', 'https://shop.example.com')).toBeUndefined();
    expect(verdict('/_next/hmr', '127.0.0.1:3000', 'http://127.0.0.1:3000')).toBeUndefined();
    expect(verdict('/_next/hmr', '[::1]:3000', 'http://[::1]:3000')).toBeUndefined();
    expect(verdict('/_next/hmr', '192.168.1.20:3000', 'http://192.168.1.20:3000')).toBeUndefined();
    expect(verdict('/_next/hmr', '127.0.0.1:3000')).toBeUndefined(); // no Origin: not a browser
    expect(verdict('/_next/hmr', '127.0.0.1:3000', 'http://127.0.0.1:4000')).toBe(403);
    expect(verdict('/_next/hmr', 'evil.example:3000', 'http://evil.example:3000')).toBe(403);
    expect(verdict('/_next/hmr', 'localhost:3000', 'null')).toBe(403);
    expect(verdict('/_next/webpack-hmr', 'localhost:3000', 'http://localhost:3000')).toBe(404);
    expect(verdict('/api/trpc', 'localhost:3000', 'http://localhost:3000')).toBe(404);
  });
});
