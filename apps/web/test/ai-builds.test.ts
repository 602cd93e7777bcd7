import { buffer } from 'node:stream/consumers';
import { createFakeProviderServer, type FakeProviderServer } from '@storecraft/ai/testing';
import type { AppRouter } from '@storecraft/api';
import { testDrivers } from '@storecraft/db/testing';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/**
 * Platform builds with `AI_PROVIDER=openai` pointed at the fake provider server: the build job
 * writes the showcase's copy, its image jobs (any worker) draw the showcase's pictures, and the
 * build's status carries tokens, pictures and the estimated cost; a provider that fails every call
 * still gives a complete, procedural catalog with the fallbacks and their reasons.
 */
describe.each(testDrivers)('AI in platform builds on %s', (driver) => {
  let provider: FakeProviderServer;
  let server: TestServer;
  let api: ReturnType<typeof client>;
  let workspaceId: string;

  function client(cookie: string) {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${server.origin}/api/trpc`,
          headers: () => ({ cookie, origin: server.origin }),
        }),
      ],
    });
  }

  beforeAll(async () => {
    provider = await createFakeProviderServer();
    server = await startTestServer(driver, {
      workers: 6,
      createGateway,
      env: {
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-fake',
        OPENAI_BASE_URL: `${provider.url}/v1`,
      },
    });
    const response = await fetch(`${server.origin}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({
        email: `ai-${driver}-${Date.now()}@example.test`,
        password: 'correct horse battery staple',
        name: 'AI builds',
      }),
    });
    expect(response.status).toBe(200);
    api = client(
      response.headers
        .getSetCookie()
        .map((cookie) => cookie.split(';')[0])
        .join('; '),
    );
    const [workspace] = await api.workspace.list.query();
    workspaceId = workspace?.id ?? '';
    // A migrated PGlite and the job queue take a while on a busy machine.
  }, 180_000);
  beforeEach(() => provider.reset());
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  async function build(niche: string, input: { products: number; aiProducts?: number }) {
    const brand = await api.brands.create.mutate({ workspaceId, niche, seed: `ai-${niche}` });
    const { jobId } = await api.catalogs.build.mutate({
      workspaceId,
      brandId: brand.id,
      ...input,
    });
    for (;;) {
      const status = await api.jobs.status.query({ workspaceId, jobId });
      if (status.status === 'failed') throw new Error(`the build failed: ${status.lastError}`);
      if (status.build?.isComplete)
        return { brandId: brand.id, brandName: brand.name, jobId, status };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /**
   * Which products carry the fake provider's copy ("Meet the <title> from <brand>."); the engine's
   * own opening may be "Meet the <title>, …" but never names the brand there.
   */
  async function aiCopied(brandId: string, brandName: string): Promise<boolean[]> {
    const rows = await server.db.raw(
      `select body_html from products where brand_id = $1 order by position`,
      [brandId],
    );
    const from = ` from ${brandName.replaceAll('&', '&amp;')}.</p>`;
    return rows.map((row) => {
      const first = /^<p>Meet the .*?<\/p>/.exec(String(row.body_html))?.[0] ?? '';
      return first.endsWith(from);
    });
  }

  /** The fake provider paints one flat colour; a drawn picture has shapes and shading. */
  async function isFlat(key: string): Promise<boolean> {
    const { channels } = await sharp(await buffer(await server.platform.storage.get(key))).stats();
    return channels.every((c) => c.stdev < 2);
  }

  it('writes AI copy and draws AI pictures for the first N products, and records tokens, pictures and cost', async () => {
    const { brandId, brandName, jobId, status } = await build('specialty coffee', {
      products: 5,
      aiProducts: 2,
    });
    const ai = status.build?.ai;
    expect(ai).toMatchObject({
      provider: 'openai',
      showcase: 2,
      textChain: 'openai:gpt-5-mini',
      imageChain: 'openai:gpt-image-1-mini',
      skipped: null,
      copy: { requested: 2, ai: 2, fallbacks: 0 },
    });
    const pictures = ai?.pictures;
    expect(pictures?.requested).toBeGreaterThanOrEqual(2);
    expect(pictures).toMatchObject({ ai: pictures?.requested, fallbacks: 0, pending: 0 });
    expect(ai?.usage.promptTokens).toBeGreaterThan(0);
    expect(ai?.usage.completionTokens).toBeGreaterThan(0);
    expect(ai?.usage.images).toBe(pictures?.requested);
    expect(ai?.usage.estimatedCostUsd).toBeGreaterThan(0);
    // Copy for the two showcase products only, and no brand text: the stored brand is kept.
    expect(provider.requests('chat')).toHaveLength(2);
    expect(provider.requests('images')).toHaveLength(pictures?.requested ?? -1);

    expect(await aiCopied(brandId, brandName)).toEqual([true, true, false, false, false]);

    const images = await server.db.raw(
      `select p.position, i.storage_key from images i join products p on p.id = i.product_id
       where p.brand_id = $1 order by p.position, i.position`,
      [brandId],
    );
    const flat = await Promise.all(images.map((i) => isFlat(String(i.storage_key))));
    images.forEach((image, n) => expect(flat[n]).toBe(Number(image.position) < 2));

    // The build's own row holds its copy's record; each image job's row holds its picture's.
    const [row] = await server.db.raw(`select ai_usage from generation_jobs where id = $1`, [
      jobId,
    ]);
    const record = row?.ai_usage as { usage: { promptTokens: number }; copy: { ai: number } };
    expect(record.copy.ai).toBe(2);
    expect(record.usage.promptTokens).toBe(ai?.usage.promptTokens);
  }, 180_000);

  it('finishes the catalog procedurally when the provider fails every call, with the fallbacks and why', async () => {
    provider.inject(
      { kind: 'quota', route: 'chat', times: 1_000 },
      { kind: 'quota', route: 'images', times: 1_000 },
    );
    const { brandId, brandName, status } = await build('scented candles', {
      products: 4,
      aiProducts: 2,
    });
    expect(status.status).toBe('done');
    expect(status.build?.images.failed).toBe(0);
    const ai = status.build?.ai;
    expect(ai?.copy).toMatchObject({
      requested: 2,
      ai: 0,
      fallbacks: 2,
      byReason: { provider: 2 },
    });
    // The first refusals say why; once they add up, the provider's circuit opens and says so.
    const why = /insufficient-quota|circuit open/;
    expect(ai?.copy?.examples.map((e) => e.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(why)]),
    );
    expect(ai?.pictures?.ai).toBe(0);
    expect(ai?.pictures?.fallbacks).toBe(ai?.pictures?.requested);
    expect(ai?.pictures?.byReason).toEqual({ provider: ai?.pictures?.requested });
    expect(ai?.pictures?.examples.map((e) => e.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(why)]),
    );
    expect(
      [...(ai?.copy?.examples ?? []), ...(ai?.pictures?.examples ?? [])].every((e) =>
        why.test(e.detail ?? ''),
      ),
    ).toBe(true);
    expect(ai?.usage).toMatchObject({ images: 0, estimatedCostUsd: 0 });
    expect(await aiCopied(brandId, brandName)).toEqual([false, false, false, false]);
  }, 180_000);

  it('builds a niche moderation flags offline, and says so', async () => {
    const { brandId, brandName, status } = await build('forbidden coffee', { products: 3 });
    expect(status.build?.ai).toMatchObject({ showcase: 0, copy: null, pictures: null });
    expect(status.build?.ai?.skipped).toContain('flagged');
    expect(provider.requests('chat')).toHaveLength(0);
    expect(provider.requests('images')).toHaveLength(0);
    expect(await aiCopied(brandId, brandName)).toEqual([false, false, false]);
  }, 180_000);

  it('refuses an AI showcase larger than the catalog', async () => {
    const brand = await api.brands.create.mutate({ workspaceId, niche: 'tea', seed: 'too-many' });
    const error = await api.catalogs.build
      .mutate({ workspaceId, brandId: brand.id, products: 2, aiProducts: 3 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.code).toBe('BAD_REQUEST');
  });

  it('tells the build forms which provider builds use, and none of its settings', async () => {
    const limits = await api.catalogs.limits.query({ workspaceId });
    expect(limits.ai).toEqual({ provider: 'openai' });
    expect(JSON.stringify(limits)).not.toMatch(/sk-fake|127\.0\.0\.1/);
  });
});

describe('the AI budget of a platform build', () => {
  const WORKERS = 4;
  let provider: FakeProviderServer;
  let server: TestServer;

  beforeAll(async () => {
    provider = await createFakeProviderServer();
    server = await startTestServer('pglite', {
      workers: WORKERS,
      createGateway,
      env: {
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-fake',
        OPENAI_BASE_URL: `${provider.url}/v1`,
        // The copy costs ~$0.001; a picture $0.005: the budget runs out at the first pictures.
        AI_MAX_COST_USD: '0.004',
      },
    });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  it('stops asking for pictures across workers once AI_MAX_COST_USD is reached, and says so', async () => {
    const response = await fetch(`${server.origin}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({
        email: `budget-${Date.now()}@example.test`,
        password: 'correct horse battery staple',
        name: 'Budget',
      }),
    });
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const api = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${server.origin}/api/trpc`,
          headers: () => ({ cookie, origin: server.origin }),
        }),
      ],
    });
    const [workspace] = await api.workspace.list.query();
    const workspaceId = workspace?.id ?? '';
    const brand = await api.brands.create.mutate({ workspaceId, niche: 'yoga wear', seed: 'b' });
    const { jobId } = await api.catalogs.build.mutate({
      workspaceId,
      brandId: brand.id,
      products: 6,
      aiProducts: 4,
    });
    let status = await api.jobs.status.query({ workspaceId, jobId });
    while (!status.build?.isComplete && status.status !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = await api.jobs.status.query({ workspaceId, jobId });
    }
    expect(status.status).toBe('done');
    const ai = status.build?.ai;
    expect(ai?.maxCostUsd).toBe(0.004);
    expect(ai?.copy?.ai).toBe(4);
    const pictures = ai?.pictures;
    expect(pictures?.byReason.budget).toBeGreaterThan(0);
    // Only pictures already asked for when the budget ran out: at most one per worker.
    expect(pictures?.ai).toBeGreaterThan(0);
    expect(pictures?.ai).toBeLessThanOrEqual(WORKERS);
    expect(provider.requests('images')).toHaveLength(pictures?.ai ?? -1);
    expect(ai?.usage.budgetReached).toBe(true);
    expect(ai?.usage.images).toBe(pictures?.ai);
  }, 180_000);
});
