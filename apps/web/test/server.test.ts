import { newId } from '@storecraft/core';
import { seedWorkspace, testDrivers } from '@storecraft/db/testing';
import { signFileUrl } from '@storecraft/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents, startTestServer, tokenAuth, type TestServer } from './test-server.ts';

/**
 * The web server over HTTP on 127.0.0.1, as a browser or an automation client sees it: health,
 * security headers, live job progress (SSE) with resume, signed downloads and rate limits.
 * Accounts here are a token stand-in (the full flow with real accounts is in flow.test.ts).
 */
describe.each(testDrivers)('web server on %s', (driver) => {
  let server: TestServer;
  let a: { workspaceId: string; brandId: string };
  let b: { workspaceId: string; brandId: string };

  beforeAll(async () => {
    // Members are known once the workspaces exist; the stand-in reads this map per request.
    const members: Parameters<typeof tokenAuth>[0] = {};
    server = await startTestServer(driver, {
      workers: 0,
      rateLimits: { api: 3 },
      createGateway: () =>
        Promise.resolve({
          auth: tokenAuth(members),
          trpc: () => Promise.resolve(Response.json({ ok: true })),
          close: () => Promise.resolve(),
        }),
    });
    a = await seedWorkspace(server.db.db, 2);
    b = await seedWorkspace(server.db.db, 2);
    members['token-a'] = { userId: 'user-a', workspaces: [a.workspaceId] };
    members['token-b'] = { userId: 'user-b', workspaces: [b.workspaceId] };
    // A migrated PGlite and the job queue take a while on a busy machine.
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('answers /api/health with 200 and the database and queue status', async () => {
    const response = await fetch(`${server.origin}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      database: { ok: boolean };
      queue: { ok: boolean };
    };
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, queue: { ok: true } });
  });

  it('sends security headers and a request id on every response', async () => {
    for (const path of ['/api/health', '/api/nothing-here', '/sign-in']) {
      const response = await fetch(`${server.origin}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      // Not in development: HSTS would pin http://localhost to https.
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('logs one JSON line per request with its id, never cookies or auth headers', async () => {
    const response = await fetch(`${server.origin}/api/health`, {
      headers: { cookie: 'session=very-secret-cookie', authorization: 'Bearer sc_secret_key' },
    });
    const requestId = response.headers.get('x-request-id');
    const line = server.logs.find((entry) => entry.requestId === requestId);
    expect(line).toMatchObject({ method: 'GET', path: '/api/health', status: 200 });
    const everything = JSON.stringify(server.logs);
    expect(everything).not.toContain('very-secret-cookie');
    expect(everything).not.toContain('sc_secret_key');
  });

  describe('GET /api/jobs/:id/events', () => {
    async function seedBuild(workspace: { workspaceId: string; brandId: string }) {
      const catalogJob = newId('generationJob');
      const images = [newId('generationJob'), newId('generationJob')];
      await server.db.raw(
        `insert into generation_jobs (id, workspace_id, brand_id, kind, status, payload, attempts)
         values ($1, $2, $3, 'catalog', 'running', '{"size": 2}', 1)`,
        [catalogJob, workspace.workspaceId, workspace.brandId],
      );
      for (const id of images) {
        await server.db.raw(
          `insert into generation_jobs (id, workspace_id, brand_id, kind, status, payload)
           values ($1, $2, $3, 'image', 'pending', '{}')`,
          [id, workspace.workspaceId, workspace.brandId],
        );
      }
      return { catalogJob, images };
    }

    const events = (jobId: string, token: string, headers: Record<string, string> = {}) =>
      fetch(`${server.origin}/api/jobs/${jobId}/events`, {
        headers: { authorization: `Bearer ${token}`, ...headers },
      });

    it('streams a build to its end, and a resumed stream sends only what changed', async () => {
      const { catalogJob, images } = await seedBuild(a);
      const first = await events(catalogJob, 'token-a');
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toContain('text/event-stream');
      const stream = readEvents(first);
      const initial = (await stream.next()).value;
      expect(initial?.event).toBe('progress');
      expect(JSON.parse(initial?.data ?? '{}')).toMatchObject({
        kind: 'catalog',
        status: 'running',
        catalog: { rows: 2, total: 2 },
        images: { done: 0, total: 2 },
        finished: false,
      });
      // The client goes away after the first event.
      await stream.return(undefined);

      await server.db.raw(`update generation_jobs set status = 'done' where id = $1`, [images[0]]);
      // Resuming from the state it saw: the first event is the change, not that state again.
      const resumed = readEvents(
        await events(catalogJob, 'token-a', { 'last-event-id': initial?.id ?? '' }),
      );
      const change = (await resumed.next()).value;
      expect(change?.id).not.toBe(initial?.id);
      expect(JSON.parse(change?.data ?? '{}')).toMatchObject({ images: { done: 1, total: 2 } });

      // The rest of the work finishes (with a NOTIFY, as the queue sends): progress, then the end.
      await server.db.raw(`update generation_jobs set status = 'done' where id = $1 or id = $2`, [
        images[1],
        catalogJob,
      ]);
      await server.db.raw(`select pg_notify('storecraft_jobs', $1)`, [
        JSON.stringify({ jobId: catalogJob, workspaceId: a.workspaceId, brandId: a.brandId }),
      ]);
      const rest: { event: string; data: string; id: string | undefined }[] = [];
      for await (const event of resumed) rest.push(event);
      expect(rest.map((e) => e.event)).toEqual(['progress', 'end']);
      const final = JSON.parse(rest[1]?.data ?? '{}') as Record<string, unknown>;
      expect(final).toMatchObject({
        status: 'done',
        finished: true,
        images: { done: 2, total: 2 },
      });

      // Coming back after the end: only the end event, never the old progress again.
      const again: string[] = [];
      for await (const event of readEvents(
        await events(catalogJob, 'token-a', { 'last-event-id': rest[1]?.id ?? '' }),
      ))
        again.push(event.event);
      expect(again).toEqual(['end']);
    });

    it('sends heartbeats while nothing changes', async () => {
      const { catalogJob } = await seedBuild(a);
      const response = await events(catalogJob, 'token-a');
      const reader = response.body?.getReader();
      let text = '';
      while (!text.includes(': heartbeat')) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        text += new TextDecoder().decode(chunk.value as Uint8Array);
      }
      await reader?.cancel();
      expect(text).toContain(': heartbeat');
    });

    it("answers 404 for another workspace's job, exactly as for a job that does not exist", async () => {
      const { catalogJob } = await seedBuild(b);
      const foreign = await events(catalogJob, 'token-a');
      const missing = await events(newId('generationJob'), 'token-a');
      expect(foreign.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(await foreign.text()).toBe(await missing.text());
      const asked = await fetch(
        `${server.origin}/api/jobs/${catalogJob}/events?workspaceId=${b.workspaceId}`,
        { headers: { authorization: 'Bearer token-a' } },
      );
      expect(asked.status).toBe(404);
      // Its member follows it.
      const own = await events(catalogJob, 'token-b');
      expect(own.status).toBe(200);
      await own.body?.cancel();
    });

    it('answers 401 without a session or key', async () => {
      const { catalogJob } = await seedBuild(a);
      const response = await fetch(`${server.origin}/api/jobs/${catalogJob}/events`);
      expect(response.status).toBe(401);
    });
  });

  describe('signed downloads', () => {
    const key = () => `exports/${a.brandId}/test-${newId('generationJob')}.csv`;

    it('serves a signed link, and refuses it tampered or expired', async () => {
      const fileKey = key();
      await server.platform.storage.put(fileKey, 'Handle,Title\nmug,Mug\n');
      const url = await server.platform.storage.signedUrl(fileKey, {
        expiresInSeconds: 3600,
        downloadName: 'products.csv',
      });
      expect(url.startsWith(`${server.origin}/files/`)).toBe(true);
      const ok = await fetch(url);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('Handle,Title\nmug,Mug\n');
      expect(ok.headers.get('content-disposition')).toContain('products.csv');

      // The same link under /api/files/ works too.
      const viaApi = await fetch(url.replace('/files/', '/api/files/'));
      expect(viaApi.status).toBe(200);
      await viaApi.text();

      const tampered = new URL(url);
      tampered.searchParams.set('signature', `${tampered.searchParams.get('signature')}x`);
      expect((await fetch(tampered)).status).toBe(403);

      const otherFile = url.replace(fileKey.split('/').pop() ?? '', 'other.csv');
      expect((await fetch(otherFile)).status).toBe(403);

      const longer = new URL(url);
      longer.searchParams.set(
        'expires',
        String(Number(longer.searchParams.get('expires')) + 86_400),
      );
      expect((await fetch(longer)).status).toBe(403);
    });

    it('refuses a link whose time is up', async () => {
      const fileKey = key();
      await server.platform.storage.put(fileKey, 'x');
      const expired = signFileUrl({
        secret: await readSecret(server),
        publicUrl: server.origin,
        key: fileKey,
        now: new Date(Date.now() - 2 * 3600_000),
        options: { expiresInSeconds: 60 },
      });
      const response = await fetch(expired);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toBe('x');
    });
  });

  it('answers 429 with Retry-After once a route class budget is spent', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.origin}/api/trpc/brands.list`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
      await response.text();
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Other route classes keep their own budget.
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  });

  it('answers 503 from /api/health when the job queue is down', async () => {
    await server.db.raw('alter schema pgboss rename to pgboss_away');
    try {
      const response = await fetch(`${server.origin}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'down', queue: { ok: false } });
    } finally {
      await server.db.raw('alter schema pgboss_away rename to pgboss');
    }
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  });
});

async function readSecret(server: TestServer): Promise<string> {
  const { resolveSigningSecret } = await import('@storecraft/config');
  return resolveSigningSecret({ homeDir: server.home, secrets: { signingSecret: undefined } });
}
