import type { AppRouter } from '@storecraft/api';
import { testDrivers } from '@storecraft/db/testing';
import { validateShopifyCsv } from '@storecraft/exporters';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway.ts';
import { readEvents, startTestServer, type TestServer } from './test-server.ts';

/**
 * The whole platform over HTTP, as a user's browser (cookies) drives it: sign up → personal
 * workspace → brand → build 30 products with images (in-process workers) → live progress to the
 * end → Shopify export → signed download → the file passes the Shopify validator. Then a second
 * account probes the first one's job and files.
 */
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe.each(testDrivers)('the platform over HTTP on %s', (driver) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(driver, { workers: 8, createGateway });
    // A migrated PGlite and the job queue take a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  async function signUp(email: string): Promise<string> {
    const response = await fetch(`${server.origin}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ email, password: 'correct horse battery staple', name: email }),
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.join('\n')).toMatch(/HttpOnly/i);
    return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
  }

  function client(cookie: string, extra: Record<string, string> = {}) {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${server.origin}/api/trpc`,
          headers: () => ({ cookie, origin: server.origin, ...extra }),
        }),
      ],
    });
  }

  it('refuses sign-ins and sign-outs posted from another site, as under NODE_ENV=production', async () => {
    const email = `csrf-${driver}-${Date.now()}@example.test`;
    const cookie = await signUp(email);
    const post = (route: string, headers: Record<string, string>, body: unknown = {}) =>
      fetch(`${server.origin}/api/auth/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const credentials = { email, password: 'correct horse battery staple' };
    const answer = async (response: Response) => ({
      status: response.status,
      code: ((await response.json()) as { code?: string }).code,
    });
    // A script on another site (the browser says where the page came from).
    const fromScript = await post(
      'sign-in/email',
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' },
      credentials,
    );
    expect(await answer(fromScript)).toEqual({ status: 403, code: 'INVALID_ORIGIN' });
    // A form on another site that navigates here (login CSRF): refused, and no session given.
    const fromForm = await post(
      'sign-in/email',
      {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'navigate',
      },
      credentials,
    );
    expect(fromForm.headers.getSetCookie()).toEqual([]);
    expect(await answer(fromForm)).toEqual({ status: 403, code: 'INVALID_ORIGIN' });
    // Signing someone out from another site, their cookie riding along.
    const signOut = await post('sign-out', { cookie, origin: 'https://evil.example' });
    expect(await answer(signOut)).toEqual({ status: 403, code: 'INVALID_ORIGIN' });
    // The same requests from StoreCraft's own pages work.
    expect((await post('sign-in/email', { origin: server.origin }, credentials)).status).toBe(200);
    expect((await post('sign-out', { cookie, origin: server.origin })).status).toBe(200);
  });

  it('signs up, builds 30 products with images, follows it live, exports and downloads a valid Shopify file', async () => {
    const cookie = await signUp(`owner-${driver}-${Date.now()}@example.test`);
    const api = client(cookie, { traceparent: TRACEPARENT });
    const [workspace] = await api.workspace.list.query();
    expect(workspace?.role).toBe('owner');
    const workspaceId = workspace?.id ?? '';

    const brand = await api.brands.create.mutate({
      workspaceId,
      niche: 'specialty coffee',
      seed: '42',
    });
    const { jobId } = await api.catalogs.build.mutate({
      workspaceId,
      brandId: brand.id,
      products: 30,
    });

    // Live progress until the end event.
    const response = await fetch(`${server.origin}/api/jobs/${jobId}/events`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    const seen: { event: string; data: Record<string, unknown> }[] = [];
    for await (const event of readEvents(response)) {
      seen.push({ event: event.event, data: JSON.parse(event.data) as Record<string, unknown> });
    }
    const end = seen.at(-1);
    expect(end?.event).toBe('end');
    expect(end?.data, `the build failed: ${String(end?.data.error)}`).toMatchObject({
      kind: 'catalog',
      status: 'done',
      finished: true,
    });
    expect(end?.data.catalog).toEqual({ rows: 30, total: 30 });
    const images = end?.data.images as { done: number; failed: number; total: number };
    expect(images.total).toBeGreaterThanOrEqual(30);
    expect(images).toEqual({ done: images.total, failed: 0, total: images.total });
    // Progress was streamed on the way, not only the final state.
    expect(seen.filter((e) => e.event === 'progress').length).toBeGreaterThan(1);

    // The request's trace went into the build job and on into the image jobs it enqueued.
    const payloads = await server.db.raw(
      `select kind, payload->>'traceparent' as traceparent from generation_jobs where brand_id = $1`,
      [brand.id],
    );
    expect(payloads.length).toBe(images.total + 1);
    expect(new Set(payloads.map((row) => row.traceparent))).toEqual(new Set([TRACEPARENT]));
    expect(
      server.logs.some((line) => line.jobId === jobId && line.workspaceId === workspaceId),
    ).toBe(true);

    const exported = await api.exports.create.mutate({
      workspaceId,
      brandId: brand.id,
      format: 'shopify',
      imageBaseUrl: 'https://cdn.example.com/shop',
    });
    expect(exported.status).toBe('pending');
    // The export job streams like the build: to its end, with the rows it wrote.
    const exportEvents = await fetch(`${server.origin}/api/jobs/${exported.jobId}/events`, {
      headers: { cookie },
    });
    expect(exportEvents.status).toBe(200);
    let exportEnd: Record<string, unknown> | undefined;
    for await (const event of readEvents(exportEvents)) {
      if (event.event === 'end') exportEnd = JSON.parse(event.data) as Record<string, unknown>;
    }
    expect(exportEnd, `the export failed: ${String(exportEnd?.error)}`).toMatchObject({
      jobId: exported.jobId,
      kind: 'export',
      status: 'done',
      finished: true,
      export: { format: 'shopify' },
    });
    expect((exportEnd?.export as { rows: number }).rows).toBeGreaterThan(30);
    const { url } = await api.exports.downloadUrl.query({ workspaceId, exportId: exported.id });
    const download = await fetch(url);
    expect(download.status).toBe(200);
    const csv = await download.text();
    const report = await validateShopifyCsv(csv);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report).toMatchObject({ ok: true, productCount: 30 });

    // Another account: none of this is within its reach.
    const otherCookie = await signUp(`other-${driver}-${Date.now()}@example.test`);
    const other = client(otherCookie);
    const [otherWorkspace] = await other.workspace.list.query();
    const probe = await fetch(`${server.origin}/api/jobs/${jobId}/events`, {
      headers: { cookie: otherCookie },
    });
    expect(probe.status).toBe(404);
    const probeText = await probe.text();
    expect(probeText).not.toContain(brand.id);
    const asked = await fetch(
      `${server.origin}/api/jobs/${jobId}/events?workspaceId=${workspaceId}`,
      { headers: { cookie: otherCookie } },
    );
    expect(asked.status).toBe(404);
    await expect(
      other.exports.downloadUrl.query({
        workspaceId: otherWorkspace?.id ?? '',
        exportId: exported.id,
      }),
    ).rejects.toSatisfy(
      (error) =>
        error instanceof TRPCClientError &&
        (error as TRPCClientError<AppRouter>).data?.code === 'NOT_FOUND',
    );
    // The file itself, without a signature (or with another file's), is refused without a byte.
    const key = new URL(url).pathname;
    const unsigned = await fetch(`${server.origin}${key}`, { headers: { cookie: otherCookie } });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).not.toContain('Handle');
  }, 300_000);
  it('stops gracefully: jobs in progress go back to the queue, none is left running', async () => {
    const cookie = await signUp(`stopper-${driver}-${Date.now()}@example.test`);
    const api = client(cookie);
    const [workspace] = await api.workspace.list.query();
    const workspaceId = workspace?.id ?? '';
    const brand = await api.brands.create.mutate({ workspaceId, niche: 'yoga wear', seed: '7' });
    const { jobId } = await api.catalogs.build.mutate({
      workspaceId,
      brandId: brand.id,
      products: 200,
    });
    // Wait until pictures are being drawn, then stop as SIGTERM does.
    const events = await fetch(`${server.origin}/api/jobs/${jobId}/events`, {
      headers: { cookie },
    });
    for await (const event of readEvents(events)) {
      const progress = JSON.parse(event.data) as { images?: { done: number } };
      if ((progress.images?.done ?? 0) > 0) break;
    }
    await server.platform.stop();
    const statuses = await server.db.raw(
      `select status, count(*)::int as n from generation_jobs where brand_id = $1 group by status`,
      [brand.id],
    );
    const count = (status: string) => Number(statuses.find((r) => r.status === status)?.n ?? 0);
    expect(count('running')).toBe(0);
    expect(count('pending')).toBeGreaterThan(0);
    expect(count('done')).toBeGreaterThan(0);
    // The server is closed: nothing answers any more.
    await expect(fetch(`${server.origin}/api/health`)).rejects.toThrow();
  }, 300_000);
});
