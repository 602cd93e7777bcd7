import type { AiConfig } from '@storecraft/config';
import { defineBenches } from '@storecraft/core/testing';
import { planCatalog, type CatalogPlan } from '@storecraft/generator';
import { createCatalogCopier, memoryCacheStore, type CacheStore } from '@storecraft/ai';
import { createFakeProviderServer, type FakeProviderServer } from '@storecraft/ai/testing';

/*
 * AI copy for 100 products through the fake OpenAI server with 300 ms latency and 20 % injected
 * faults (429 with retry-after 1 s, 500, malformed JSON), retries and moderation included; then
 * the same catalog replayed from the cache. Prior art promises 100 products in ≤ 90 s.
 */

const PRODUCTS = 100;

interface Context {
  server: FakeProviderServer;
  plan: CatalogPlan;
  /** Filled by the live runs, replayed by the replay case. */
  store: CacheStore;
}

function config(server: FakeProviderServer, cacheMode: 'live' | 'replay'): AiConfig {
  return {
    provider: 'openai',
    openai: {
      apiKey: 'fake',
      baseUrl: `${server.url}/v1`,
      textModel: 'gpt-5-mini',
      imageModel: 'gpt-image-1-mini',
    },
    replicate: undefined,
    cacheMode,
    maxCostUsd: undefined,
    localText: undefined,
  };
}

async function setup(): Promise<Context> {
  const server = await createFakeProviderServer({ latencyMs: 300, faultRate: 0.2, seed: 7 });
  return {
    server,
    plan: planCatalog({ niche: 'specialty coffee', size: PRODUCTS, seed: 'bench' }),
    store: memoryCacheStore(),
  };
}

async function writeAll(c: Context, mode: 'live' | 'replay', store: CacheStore) {
  const copier = createCatalogCopier(config(c.server, mode), { cacheStore: store });
  if (!copier) throw new Error('no copier');
  const { copies, summary } = await copier.writeCatalog(c.plan);
  if (copies.size !== PRODUCTS) throw new Error(`only ${copies.size} products got copy`);
  process.stderr.write(
    `  ${mode}: ${summary.aiProducts} AI, ${summary.fallbacks} fallbacks ${JSON.stringify(summary.byReason)}, ${summary.usage.calls} calls\n`,
  );
  return { items: PRODUCTS, unit: 'products' };
}

let shared: Context | undefined;

export default defineBenches([
  {
    name: `ai copy: ${PRODUCTS} products, fake OpenAI, 300 ms latency, 20 % faults (live)`,
    runs: 3,
    warmup: 0,
    setup: async () => (shared = await setup()),
    // A fresh cache each run, so every run calls the server; the last one is replayed below.
    run: (c: unknown) => {
      const context = c as Context;
      context.store = memoryCacheStore();
      return writeAll(context, 'live', context.store);
    },
  },
  {
    name: `ai copy: the same ${PRODUCTS} products replayed from the cache`,
    runs: 5,
    setup: () => Promise.resolve(shared),
    run: (c: unknown) => writeAll(c as Context, 'replay', (c as Context).store),
    teardown: async (c: unknown) => {
      await (c as Context).server.close();
    },
  },
]);
