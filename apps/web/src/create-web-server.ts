import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { AuthService } from '@storecraft/auth';
import type { Database } from '@storecraft/db';
import type { JobChangeFeed } from '@storecraft/jobs';
import {
  createLocalFileHandler,
  type ConfiguredStorage,
  type LocalFileHandler,
} from '@storecraft/storage';
import { BodyTooLargeError, sendFetchResponse, sendJson, toFetchRequest } from './fetch-bridge.ts';
import type { Logger } from './logger.ts';
import { devMode, hotReloadUpgradeRefusal } from './pages.ts';
import type { RateLimits, RouteClass } from './rate-limits.ts';
import { checkHealth, type HealthDeps } from './routes/health.ts';
import { handleJobEvents, type RequestNotes } from './routes/job-events.ts';
import { applyHeaders, securityHeaders } from './security-headers.ts';
import { requestContext, validTraceparent, withSpan } from '@storecraft/telemetry';

/** Serves a fetch-style request (tRPC, better-auth); built by the composition root. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** The Next.js pages, once they are ready; until then page routes answer 503. */
export interface PageHandler {
  state(): 'ready' | 'starting' | 'failed';
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** WebSocket upgrades (hot reload in development mode); refused otherwise. */
  upgrade?(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
}

export interface WebServerDeps {
  db: Database;
  storage: ConfiguredStorage;
  signingSecret: string;
  logger: Logger;
  rateLimits: RateLimits;
  production: boolean;
  /** `/api/auth/*` and the caller behind a cookie or API key; absent: those routes answer 503. */
  auth: AuthService | undefined;
  /** `/api/trpc/*`; absent: 503. */
  trpc: FetchHandler | undefined;
  health: Omit<HealthDeps, 'db' | 'webState'>;
  feed: JobChangeFeed | undefined;
  pages: PageHandler | undefined;
  /** Where the server says it lives (`config.server.publicUrl`), for absolute request URLs. */
  publicUrl: string;
  sse?: { heartbeatMs?: number; pollMs?: number };
}

export interface WebServer {
  readonly server: Server;
  /** Resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting connections, ends open event streams, and waits for the rest to finish. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * One node:http server for everything. API routes are answered here, not through Next.js route
 * handlers: they stay fast and are up before the pages are built. Every response carries the
 * security headers and an `X-Request-Id`; every request gets one JSON log line.
 */
export function createWebServer(deps: WebServerDeps): WebServer {
  const headers = securityHeaders(deps.production, { devPages: devMode });
  const fileHandler: LocalFileHandler | undefined =
    deps.storage.driver === 'local'
      ? createLocalFileHandler(deps.storage, deps.signingSecret, {
          onError: (error) => deps.logger.error({ err: error }, 'file download failed'),
        })
      : undefined;
  const filesPath = deps.storage.driver === 'local' ? deps.storage.filesPath : undefined;
  const origin = new URL(deps.publicUrl).origin;
  const eventStreams = new Set<ServerResponse>();

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    notes: RequestNotes,
  ): Promise<void> {
    const path = url.pathname;
    if (path === '/api/health') {
      const report = await checkHealth({
        db: deps.db,
        ...deps.health,
        webState: () => deps.pages?.state() ?? 'starting',
      });
      sendJson(res, report.status === 'ok' ? 200 : 503, report);
      return;
    }
    if (path.startsWith('/api/auth/') || path === '/api/auth') {
      if (!(await allowed('auth', req, res))) return;
      await serveFetch(deps.auth?.handler.bind(deps.auth), req, res, notes);
      return;
    }
    if (path.startsWith('/api/trpc/')) {
      if (!(await allowed('api', req, res))) return;
      await serveFetch(deps.trpc, req, res, notes, url);
      return;
    }
    const events = /^\/api\/jobs\/([^/]+)\/events$/.exec(path);
    if (events) {
      if (!(await allowed('events', req, res))) return;
      eventStreams.add(res);
      res.on('close', () => eventStreams.delete(res));
      await handleJobEvents(
        {
          db: deps.db,
          auth: deps.auth,
          feed: deps.feed,
          ...(deps.sse?.heartbeatMs === undefined ? {} : { heartbeatMs: deps.sse.heartbeatMs }),
          ...(deps.sse?.pollMs === undefined ? {} : { pollMs: deps.sse.pollMs }),
        },
        req,
        res,
        decodeURIComponent(events[1] ?? ''),
        url,
        notes,
      );
      return;
    }
    // Signed links name `{publicUrl}/files/…`; `/api/files/…` is the same route under /api.
    const fileRoute = filesPath && filePathOf(path, filesPath);
    if (fileRoute && fileHandler && filesPath) {
      if (!(await allowed('files', req, res))) return;
      req.url = `${filesPath}${fileRoute}${url.search}`;
      await fileHandler(req, res);
      return;
    }
    if (path.startsWith('/api/')) {
      sendJson(res, 404, { error: 'Not Found' });
      return;
    }
    if (deps.pages?.state() === 'ready') {
      await deps.pages.handle(req, res);
      return;
    }
    const failed = deps.pages?.state() === 'failed';
    res.writeHead(503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': '2',
      'Cache-Control': 'no-store',
    });
    res.end(
      failed
        ? '<!doctype html><title>StoreCraft</title><p>The web pages could not be built; see the server log. The API is up.</p>'
        : '<!doctype html><title>StoreCraft</title><meta http-equiv="refresh" content="2"><p>StoreCraft is starting…</p>',
    );
  }

  /** Consumes one point of the route class for the caller's address; 429 with Retry-After when spent. */
  async function allowed(
    routeClass: RouteClass,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<boolean> {
    const verdict = await deps.rateLimits.consume(routeClass, clientAddress(req));
    if (verdict.allowed) return true;
    sendJson(
      res,
      429,
      {
        error: 'Too many requests; try again later.',
        retryAfterSeconds: verdict.retryAfterSeconds,
      },
      { 'Retry-After': String(verdict.retryAfterSeconds) },
    );
    return false;
  }

  async function serveFetch(
    handler: FetchHandler | undefined,
    req: IncomingMessage,
    res: ServerResponse,
    notes: RequestNotes,
    /** Given for tRPC: the workspace a call names goes into the log line. */
    trpcUrl?: URL,
  ): Promise<void> {
    if (!handler) {
      sendJson(res, 503, { error: 'This part of the API is not available in this build.' });
      return;
    }
    let request: Request;
    try {
      const read = await toFetchRequest(req, origin);
      request = read.request;
      if (trpcUrl) {
        const workspaceId = workspaceIdIn(
          trpcUrl.searchParams.get('input') ?? read.body?.toString('utf8'),
        );
        if (workspaceId) notes.workspaceId = workspaceId;
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: 'Request body too large' });
        return;
      }
      throw error;
    }
    await sendFetchResponse(res, await handler(request));
  }

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const incomingId = req.headers['x-request-id'];
    const requestId =
      typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    const traceparent = validTraceparent(req.headers.traceparent);
    applyHeaders(res, headers);
    res.setHeader('X-Request-Id', requestId);
    const notes: RequestNotes = {};
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      sendJson(res, 400, { error: 'Bad Request' });
      return;
    }
    res.on('finish', () => {
      const line = {
        requestId,
        method: req.method,
        // The path only: signed links carry their signature in the query.
        path: url.pathname,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...notes,
      };
      if (res.statusCode >= 500) deps.logger.error(line, 'request failed');
      else deps.logger.info(line, 'request');
    });
    void withSpan(
      `${req.method ?? 'GET'} ${routeName(url.pathname)}`,
      'server',
      traceparent,
      { 'http.request.method': req.method ?? 'GET', 'url.path': url.pathname },
      (outgoing) =>
        requestContext.run({ requestId, traceparent: outgoing }, () => route(req, res, url, notes)),
    ).catch((error: unknown) => {
      deps.logger.error({ err: error, requestId }, 'unhandled error while serving a request');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal Server Error', requestId });
      else res.destroy();
    });
  });
  // Only the pages take WebSocket upgrades (development mode's hot reload); the API has none.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pages = deps.pages;
    if (!devMode || pages?.state() !== 'ready' || !pages.upgrade) {
      socket.destroy();
      return;
    }
    const refusal = hotReloadUpgradeRefusal(req, origin);
    if (refusal !== undefined) {
      refuseUpgrade(socket, refusal);
      return;
    }
    // Vetted above. Next's own check knows only `localhost` and answers any other origin
    // (127.0.0.1, a LAN address, the public URL's host) with a bare "Unauthorized" that is no
    // HTTP response: the browser's ERR_INVALID_HTTP_RESPONSE, and since Next 16.3 a failed hot
    // reload stops hydration. A request without `Origin` passes it.
    delete req.headers.origin;
    pages.upgrade(req, socket, head).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'hot-reload WebSocket upgrade failed');
      socket.destroy();
    });
  });
  // Slow clients cannot hold sockets forever; event streams are long-lived by design.
  server.headersTimeout = 20_000;
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5_000;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        // Event streams never end by themselves; idle keep-alive sockets need not wait either.
        for (const stream of eventStreams) stream.end();
        server.closeIdleConnections();
      });
    },
  };
}

/** A real HTTP answer to an upgrade we do not take (a bare close reads as a network error). */
function refuseUpgrade(socket: Duplex, status: 403 | 404): void {
  const reason = http.STATUS_CODES[status] ?? 'Refused';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
    () => socket.destroy(),
  );
}

/** The `workspaceId` a tRPC call's input names (cheap scan, no parse: it is for the log only). */
function workspaceIdIn(input: string | undefined): string | undefined {
  if (!input) return undefined;
  return /"workspaceId"\s*:\s*"([\w-]{1,64})"/.exec(input.slice(0, 4_096))?.[1];
}

function filePathOf(path: string, filesPath: string): string | undefined {
  if (path.startsWith(filesPath)) return path.slice(filesPath.length);
  if (path.startsWith('/api/files/')) return path.slice('/api/files/'.length);
  return undefined;
}

/** Span names without ids (low cardinality). */
function routeName(path: string): string {
  if (path.startsWith('/api/trpc/')) return path;
  if (/^\/api\/jobs\/[^/]+\/events$/.test(path)) return '/api/jobs/:id/events';
  if (path.startsWith('/api/files/') || path.startsWith('/files/')) return '/files/*';
  if (path.startsWith('/api/auth/')) return '/api/auth/*';
  return path.startsWith('/api/') ? path : 'page';
}

/** The peer's address. Forwarded headers are not trusted: anyone can set them. */
function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
