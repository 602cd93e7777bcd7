import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseDriver } from '@storecraft/db';
import { createLocalFileHandler } from '@storecraft/storage';
import { handleTrpcRequest } from '../fetch-handler.ts';
import { createApiHarness, TEST_SIGNING_SECRET, type ApiHarness } from './api-harness.ts';

/**
 * The harness behind a real HTTP server on 127.0.0.1 (a free port): `/api/trpc/*` through the
 * fetch adapter, `/files/*` through the signed-URL file handler, as apps/web mounts them.
 */
export interface ServedApiHarness extends ApiHarness {
  url: string;
}

export async function serveApiHarness(driver: DatabaseDriver): Promise<ServedApiHarness> {
  let harness: ApiHarness | undefined;
  const server: Server = createServer((req, res) => {
    if (!harness) {
      res.writeHead(503).end();
      return;
    }
    if (req.url?.startsWith('/files/')) {
      void createLocalFileHandler(harness.storage, TEST_SIGNING_SECRET)(req, res);
      return;
    }
    const current = harness;
    void (async () => {
      try {
        const response = await handleTrpcRequest(current.deps, await toRequest(req));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch {
        res.writeHead(500).end();
      }
    })();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    harness = await createApiHarness(driver, { publicUrl: url });
  } catch (error) {
    server.close();
    throw error;
  }
  const inner = harness;
  return {
    ...inner,
    url,
    async close() {
      server.closeAllConnections();
      server.close();
      await inner.close();
    },
  };
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  return new Request(`http://127.0.0.1${req.url ?? '/'}`, {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
}
