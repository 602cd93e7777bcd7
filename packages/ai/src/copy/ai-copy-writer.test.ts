import { AppError } from '@storecraft/core';
import {
  checkProduct,
  generateProductsWith,
  planCatalog,
  planProduct,
  proceduralCopy,
  type CatalogPlan,
} from '@storecraft/generator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ContentCache,
  memoryCacheStore,
  type CacheMode,
  type CacheStore,
} from '../cache/content-cache.ts';
import {
  createFakeProviderServer,
  type FakeProviderServer,
} from '../fake-server/fake-provider-server.ts';
import { createOpenAiClient } from '../openai/openai-client.ts';
import { UsageLedger } from '../usage/usage-ledger.ts';
import { AiCopyWriter, type AiCopyWriterOptions, type TextProvider } from './ai-copy-writer.ts';

let server: FakeProviderServer;
let plan: CatalogPlan;

function provider(name: string, model: string): TextProvider {
  return {
    name,
    model,
    client: createOpenAiClient({
      provider: name,
      apiKey: 'test-key',
      baseUrl: `${server.url}/v1`,
      sleep: () => Promise.resolve(),
    }),
  };
}

function writer(
  options: Partial<AiCopyWriterOptions> & {
    store?: CacheStore;
    mode?: CacheMode;
    maxCostUsd?: number;
  } = {},
): AiCopyWriter {
  return new AiCopyWriter({
    chain: [provider('openai', 'gpt-5-mini')],
    cache: new ContentCache(options.store ?? memoryCacheStore(), options.mode ?? 'live'),
    ledger: new UsageLedger(options.maxCostUsd),
    ...options,
  });
}

/** A product whose spec table has a Material row (the fake's off-facts copy contradicts it). */
function productWithMaterial(): number {
  for (let i = 0; i < plan.size; i++) {
    if (planProduct(plan, i).copyInput.facts.some((f) => f.label === 'Material')) return i;
  }
  throw new Error('no product with a Material row');
}

describe('AI product copy', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer();
    plan = planCatalog({ niche: 'sustainable yoga wear', size: 8, seed: 'ai-copy' });
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });

  it('writes copy from the facts it was given, over the engine’s spec table, and it passes the checker', async () => {
    const productPlan = planProduct(plan, 0);
    const { copy, outcome } = await writer().writeCopy(productPlan);
    expect(outcome).toMatchObject({ source: 'ai', provider: 'openai', attempts: 1 });
    expect(copy.bodyHtml).toContain(`Meet the ${productPlan.copyInput.title}`);
    const prompt = JSON.stringify(server.requests('chat')[0]?.body);
    for (const fact of productPlan.copyInput.facts) {
      expect(prompt).toContain(JSON.stringify(fact.value).slice(1, -1));
      expect(copy.bodyHtml).toContain(`<th>${fact.label}</th>`);
    }
    const product = { ...productPlan.product, ...copy };
    expect(checkProduct(product).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('asks again with the checker’s objections when an answer contradicts the facts', async () => {
    server.inject({ kind: 'off-facts' });
    const { copy, outcome } = await writer().writeCopy(planProduct(plan, productWithMaterial()));
    expect(outcome).toMatchObject({ source: 'ai', attempts: 2 });
    expect(copy.bodyHtml).not.toContain('leather');
    const second = JSON.stringify(server.requests('chat')[1]?.body);
    expect(second).toContain('Your previous answer contradicted the product data');
    expect(second).toContain('Material');
  });

  it('falls back to procedural copy after two answers the checker rejects, and records why', async () => {
    server.inject({ kind: 'off-facts', times: 2 });
    const w = writer();
    const productPlan = planProduct(plan, productWithMaterial());
    const { copy, outcome } = await w.writeCopy(productPlan);
    expect(copy).toEqual(proceduralCopy(productPlan.copyInput));
    expect(outcome).toMatchObject({ source: 'procedural', reason: 'checker', attempts: 2 });
    expect(outcome.detail).toMatch(/material/i);
    expect(w.report()).toMatchObject({ aiProducts: 0, fallbacks: 1, byReason: { checker: 1 } });
  });

  it('falls back after two answers that are not the asked-for JSON', async () => {
    server.inject({ kind: 'schema-violation', times: 2 });
    const { outcome } = await writer().writeCopy(planProduct(plan, 0));
    expect(outcome).toMatchObject({ source: 'procedural', reason: 'schema', attempts: 2 });
  });

  it('moves down the chain when a provider fails without retry (insufficient quota)', async () => {
    server.inject({ kind: 'quota', route: 'chat' });
    const w = writer({ chain: [provider('openai', 'gpt-5-mini'), provider('local', 'llama3.1')] });
    const { outcome } = await w.writeCopy(planProduct(plan, 0));
    expect(outcome).toMatchObject({ source: 'ai', provider: 'local' });
    expect(
      server.requests('chat').map((e) => [e.status, (e.body as { model: string }).model]),
    ).toEqual([
      [429, 'gpt-5-mini'],
      [200, 'llama3.1'],
    ]);
  });

  it('completes the catalog procedurally when every call fails, saying why', async () => {
    server.inject({ kind: 'server-error', times: 1_000 });
    const w = writer({ breaker: { threshold: 100 } });
    const products = [];
    for await (const product of generateProductsWith(plan, w.contentProvider(plan)))
      products.push(product);
    expect(products).toHaveLength(plan.size);
    const report = w.report();
    expect(report).toMatchObject({
      aiProducts: 0,
      fallbacks: plan.size,
      byReason: { provider: plan.size },
    });
    expect(report.examples[0]?.detail).toContain('server');
    // Three attempts per product, then the product falls back.
    expect(server.requests('chat')).toHaveLength(3 * plan.size);
  });

  it('opens the circuit after repeated failures and stops calling the provider', async () => {
    server.inject({ kind: 'unauthorized', times: 1_000 });
    const w = writer({ breaker: { threshold: 2, cooldownMs: 60_000 } });
    for (let i = 0; i < 5; i++) await w.writeCopy(planProduct(plan, i));
    expect(server.requests('chat')).toHaveLength(2);
    expect(w.report().examples.at(-1)?.detail).toContain('circuit open');
  });

  it('stops AI work at the budget and finishes procedurally', async () => {
    const w = writer({ maxCostUsd: 0.000_001 });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await w.writeCopy(planProduct(plan, i))).outcome);
    expect(outcomes.map((o) => o.reason ?? o.source)).toEqual(['ai', 'budget', 'budget']);
    expect(server.requests('chat')).toHaveLength(1);
  });

  it('flags generated copy through moderation and falls back', async () => {
    const w = writer({ moderate: () => Promise.resolve(true) });
    const { outcome } = await w.writeCopy(planProduct(plan, 0));
    expect(outcome).toMatchObject({ source: 'procedural', reason: 'moderation' });
  });

  describe('cache', () => {
    async function run(store: CacheStore, mode: CacheMode) {
      const w = writer({ store, mode });
      const copies = [];
      for (let i = 0; i < 4; i++) copies.push((await w.writeCopy(planProduct(plan, i))).copy);
      return copies;
    }

    it('replays a live run byte for byte without a single request', async () => {
      const store = memoryCacheStore();
      const live = await run(store, 'live');
      expect(server.requests('chat')).toHaveLength(4);
      server.reset();
      // Anything the server would now answer differently must not matter.
      server.inject({ kind: 'off-facts', times: 100 });
      const replayed = await run(store, 'replay');
      expect(JSON.stringify(replayed)).toBe(JSON.stringify(live));
      expect(server.log).toHaveLength(0);
      expect(store.entries.size).toBe(4);
    });

    it('live answers repeat requests from the cache; refresh asks again and overwrites', async () => {
      const store = memoryCacheStore();
      await run(store, 'live');
      await run(store, 'live');
      expect(server.requests('chat')).toHaveLength(4);
      await run(store, 'refresh');
      expect(server.requests('chat')).toHaveLength(8);
    });

    it('replay fails on a miss instead of calling the provider', async () => {
      const error = await writer({ mode: 'replay' })
        .writeCopy(planProduct(plan, 0))
        .catch((e: unknown) => e);
      expect(AppError.is(error, 'NOT_FOUND')).toBe(true);
      expect((error as AppError).userMessage).toContain('AI_CACHE_MODE=live');
      expect(server.log).toHaveLength(0);
    });

    it('replays a recorded failure as the same fallback', async () => {
      const store = memoryCacheStore();
      server.inject({ kind: 'quota' });
      const live = await writer({ store }).writeCopy(planProduct(plan, 0));
      expect(live.outcome.reason).toBe('provider');
      server.reset();
      const replayed = await writer({ store, mode: 'replay' }).writeCopy(planProduct(plan, 0));
      expect(replayed.copy).toEqual(live.copy);
      expect(replayed.outcome.reason).toBe('provider');
      expect(server.log).toHaveLength(0);
    });
  });
});
