import type { AiConfig } from '@storecraft/config';
import { planCatalog, planProduct } from '@storecraft/generator';
import { createMemoryStorage } from '@storecraft/storage';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFakeProviderServer,
  type FakeProviderServer,
} from './fake-server/fake-provider-server.ts';
import { openBuildAi } from './open-catalog-ai.ts';

let server: FakeProviderServer;

const config = (maxCostUsd?: number): AiConfig => ({
  provider: 'openai',
  openai: {
    apiKey: 'sk-fake',
    baseUrl: `${server.url}/v1`,
    textModel: 'gpt-5-mini',
    imageModel: 'gpt-image-1-mini',
  },
  replicate: undefined,
  cacheMode: 'live',
  maxCostUsd,
  localText: undefined,
});

const storage = () =>
  createMemoryStorage({ publicUrl: 'http://127.0.0.1:1', signingSecret: 'x'.repeat(32) });

/** A brief as an image job's payload carries it: through JSON, written by another process. */
function queuedBrief(ai: NonNullable<ReturnType<typeof openBuildAi>>, position = 1): unknown {
  const plan = planCatalog({ niche: 'specialty coffee', size: 2, seed: 'build-ai' });
  const brief = ai.pictures?.briefOf(planProduct(plan, 0), position);
  return JSON.parse(JSON.stringify(brief)) as unknown;
}

describe('openBuildAi: AI for platform builds', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer();
  });
  beforeEach(() => server.reset());
  afterAll(() => server.close());

  it('is undefined for the procedural provider', () => {
    expect(openBuildAi({ provider: 'procedural' }, { storage: storage() })).toBeUndefined();
  });

  it("draws a queued brief and counts that picture alone, whatever the build's other pictures", async () => {
    const ai = openBuildAi(config(), { storage: storage() });
    expect(ai?.copy?.textChain).toBe('openai:gpt-5-mini');
    expect(ai?.pictures?.imageChain).toBe('openai:gpt-image-1-mini');
    const first = await ai?.pictures?.draw(queuedBrief(ai), { spentUsd: () => Promise.resolve(0) });
    expect(first?.image).toBeInstanceOf(Buffer);
    expect(first?.outcome).toEqual({ source: 'openai' });
    expect(first?.usage).toMatchObject({ calls: 1, images: 1, cachedAnswers: 0 });
    expect(first?.usage.estimatedCostUsd).toBeGreaterThan(0);
    // Another picture is counted on its own, not on top of the first.
    const second = await ai?.pictures?.draw(queuedBrief(ai, 2), {
      spentUsd: () => Promise.resolve(0),
    });
    expect(second?.usage).toMatchObject({ calls: 1, images: 1 });
    expect(second?.usage.estimatedCostUsd).toBe(first?.usage.estimatedCostUsd);
    expect(server.requests('images')).toHaveLength(2);
  });

  it("asks nothing once the build's spend so far reaches AI_MAX_COST_USD", async () => {
    const ai = openBuildAi(config(0.01), { storage: storage() });
    let asked = 0;
    const drawn = await ai?.pictures?.draw(queuedBrief(ai), {
      spentUsd: () => {
        asked++;
        return Promise.resolve(0.01);
      },
    });
    expect(asked).toBe(1);
    expect(drawn?.image).toBeUndefined();
    expect(drawn?.outcome).toMatchObject({ source: 'procedural', reason: 'budget' });
    expect(drawn?.usage).toMatchObject({ calls: 0, images: 0, budgetReached: true });
    expect(server.requests('images')).toHaveLength(0);
  });

  it('draws procedurally, and says why, when a payload carries a brief it cannot read', async () => {
    const ai = openBuildAi(config(), { storage: storage() });
    const drawn = await ai?.pictures?.draw(
      { title: 'Mug', seed: -1 },
      { spentUsd: () => Promise.resolve(0) },
    );
    expect(drawn?.image).toBeUndefined();
    expect(drawn?.outcome).toMatchObject({ source: 'procedural', reason: 'brief' });
    expect(server.log).toHaveLength(0);
  });
});
