import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, request spans are exported over OTLP/HTTP and continue
 * the caller's `traceparent`. (Its own file: the SDK registers process-wide providers.)
 */
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('OpenTelemetry traces', () => {
  let collector: http.Server;
  const received: { path: string; body: Buffer }[] = [];
  let server: TestServer;

  beforeAll(async () => {
    collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    server = await startTestServer('pglite', {
      workers: 0,
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` },
    });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    collector?.close();
  });

  it("exports the request's span in the caller's trace", async () => {
    const response = await fetch(`${server.origin}/api/health`, {
      headers: { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` },
    });
    expect(response.status).toBe(200);
    // Stopping flushes the exporter.
    await server.platform.stop();
    const traces = received.filter((r) => r.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    const all = Buffer.concat(traces.map((t) => t.body));
    const asBase64 = Buffer.from(TRACE_ID, 'hex').toString('base64');
    const text = all.toString('utf8');
    const binary = all.includes(Buffer.from(TRACE_ID, 'hex'));
    expect(text.includes(TRACE_ID) || text.includes(asBase64) || binary).toBe(true);
    expect(text + all.toString('latin1')).toContain('/api/health');
  });
});
