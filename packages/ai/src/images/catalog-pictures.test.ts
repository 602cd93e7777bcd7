import type { AiConfig } from '@storecraft/config';
import { planCatalog, planProduct, type CatalogPlan } from '@storecraft/generator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../cache/content-cache.ts';
import {
  createFakeProviderServer,
  type FakeProviderServer,
} from '../fake-server/fake-provider-server.ts';
import { estimateCatalogCost } from '../usage/estimate-cost.ts';
import { UsageLedger } from '../usage/usage-ledger.ts';
import { createCatalogPictures } from './catalog-pictures.ts';
import { imageBriefOf } from './image-prompt.ts';

let server: FakeProviderServer;
let plan: CatalogPlan;

const config = (replicateModel?: string): AiConfig => ({
  provider: 'openai',
  openai: {
    apiKey: 'sk-fake',
    baseUrl: `${server.url}/v1`,
    textModel: 'gpt-5-mini',
    imageModel: 'gpt-image-1-mini',
  },
  replicate: replicateModel
    ? { apiToken: 'r8', baseUrl: `${server.url}/v1`, imageModel: replicateModel }
    : undefined,
  cacheMode: 'live',
  maxCostUsd: undefined,
  localText: undefined,
});

describe('catalog pictures', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer({ replicatePolls: 0 });
    plan = planCatalog({ niche: 'specialty coffee', size: 4, seed: 'tally' });
  });
  beforeEach(() => server.reset());
  afterAll(() => server.close());

  it('draws through the chain and tallies each picture once, whatever the retries', async () => {
    server.inject({ kind: 'quota', route: 'images' });
    const ledger = new UsageLedger();
    const pictures = createCatalogPictures(config('acme/flux:abc12345'), {
      cacheStore: memoryCacheStore(),
      ledger,
    });
    expect(pictures?.imageChain).toBe('openai:gpt-image-1-mini → replicate:acme/flux:abc12345');
    const product = planProduct(plan, 0);
    for (const image of product.product.images.slice(0, 3)) {
      const drawn = await pictures?.draw(imageBriefOf(product, image.position));
      expect(drawn?.image).toBeInstanceOf(Buffer);
      const outcome = drawn?.outcome ?? { source: 'procedural' };
      pictures?.record(`p/${image.position}`, `h/${image.position}`, outcome);
      // A redelivered job records the same picture again.
      pictures?.record(`p/${image.position}`, `h/${image.position}`, outcome);
    }
    pictures?.record('p/9', 'h/9', { source: 'procedural', reason: 'unreadable', detail: 'x' });
    const summary = pictures?.summary();
    expect(summary).toMatchObject({
      requested: 4,
      aiPictures: 3,
      bySource: { replicate: 1, openai: 2 },
      fallbacks: 1,
      byReason: { unreadable: 1 },
      examples: [{ picture: 'h/9', reason: 'unreadable', detail: 'x' }],
    });
    expect(summary?.usage).toMatchObject({ images: 3, unpricedModels: ['acme/flux:abc12345'] });
    expect(summary?.usage.estimatedCostUsd).toBeCloseTo(0.01, 6);
  });

  it('is off when pictures stay procedural', () => {
    expect(
      createCatalogPictures(
        { provider: 'procedural' },
        { cacheStore: memoryCacheStore(), ledger: new UsageLedger() },
      ),
    ).toBeUndefined();
  });

  it('estimates pictures at OpenAI and per-picture Replicate prices, without copy if asked', () => {
    const images = [0, 1].reduce((n, i) => n + planProduct(plan, i).product.images.length, 0);
    const flux = estimateCatalogCost(plan, {
      count: 2,
      image: { provider: 'replicate', model: 'black-forest-labs/flux-schnell:c846a699' },
    });
    expect(flux).toMatchObject({ products: 2, images, promptTokens: 0, textCostUsd: 0 });
    expect(flux.imageCostUsd).toBeCloseTo(images * 0.003, 6);
    const gpt = estimateCatalogCost(plan, {
      count: 2,
      textModel: 'gpt-5-mini',
      image: { provider: 'openai', model: 'gpt-image-1-mini' },
    });
    expect(gpt.imageCostUsd).toBeCloseTo(images * 0.005, 6);
    expect(gpt.totalUsd).toBeCloseTo((gpt.textCostUsd ?? 0) + images * 0.005, 6);
    const unpriced = estimateCatalogCost(plan, {
      image: { provider: 'replicate', model: 'acme/flux:abc12345' },
    });
    expect(unpriced.imageCostUsd).toBeUndefined();
  });
});
