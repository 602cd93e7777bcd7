import { planCatalog, planProduct, type CatalogPlan } from '@storecraft/generator';
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
import { createReplicateClient } from '../replicate/replicate-client.ts';
import { UsageLedger } from '../usage/usage-ledger.ts';
import { AiImageDrawer } from './ai-image-drawer.ts';
import { buildImagePrompt, imageBriefOf } from './image-prompt.ts';

let server: FakeProviderServer;
let plan: CatalogPlan;
const noWait = () => Promise.resolve();

function drawer(
  options: { store?: CacheStore; mode?: CacheMode; moderate?: boolean; ledger?: UsageLedger } = {},
) {
  const openai = createOpenAiClient({ apiKey: 'k', baseUrl: `${server.url}/v1`, sleep: noWait });
  return new AiImageDrawer({
    openai: { client: openai, model: 'gpt-image-1-mini' },
    replicate: {
      client: createReplicateClient({ apiToken: 'r8', baseUrl: `${server.url}/v1`, sleep: noWait }),
      model: 'acme/flux:abc123',
    },
    cache: new ContentCache(options.store ?? memoryCacheStore(), options.mode ?? 'live'),
    ledger: options.ledger ?? new UsageLedger(),
    ...(options.moderate
      ? {
          moderate: async (prompt: string) =>
            (await openai.moderate([prompt]))[0]?.flagged ?? false,
        }
      : {}),
  });
}

/** A product offered in several colours, and its brief for the first colour's picture. */
function colourBrief() {
  for (let i = 0; i < plan.size; i++) {
    const p = planProduct(plan, i);
    const image = p.product.images.find((img) => img.colour);
    if (image) return imageBriefOf(p, image.position);
  }
  throw new Error('no product with a colour picture');
}

const isPng = (image: Buffer | undefined) => image?.subarray(1, 4).toString('ascii') === 'PNG';

describe('AI product pictures', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer();
    plan = planCatalog({ niche: 'sustainable yoga wear', size: 6, seed: 'pictures' });
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });

  it('prompts with the product’s facts, its variant colour and the brand’s backdrop, and no text', () => {
    const brief = colourBrief();
    const prompt = buildImagePrompt(brief);
    expect(prompt).toContain(brief.title);
    expect(prompt).toContain(`in ${brief.colour?.toLowerCase() ?? '?'}`);
    expect(prompt).toContain(brief.brand.palette.background);
    expect(prompt).toContain('No text, no logos');
    for (const fact of brief.facts) expect(prompt).toContain(fact.value);
  });

  it('draws with OpenAI first and counts the picture’s cost', async () => {
    const ledger = new UsageLedger();
    const { image, outcome } = await drawer({ ledger }).draw(colourBrief());
    expect(outcome).toEqual({ source: 'openai' });
    expect(isPng(image)).toBe(true);
    expect(ledger.snapshot()).toMatchObject({ images: 1, estimatedCostUsd: 0.005 });
  });

  it('falls back to Replicate when OpenAI fails, then to procedural when both do', async () => {
    server.inject({ kind: 'server-error', route: 'images', times: 3 });
    const second = await drawer().draw(colourBrief());
    expect(second.outcome).toEqual({ source: 'replicate' });
    expect(isPng(second.image)).toBe(true);
    expect(
      (server.requests('predictions')[0]?.body as { input: { seed: number } }).input.seed,
    ).toBe(colourBrief().seed);

    server.reset();
    server.inject(
      { kind: 'quota', route: 'images' },
      { kind: 'bad-request', route: 'predictions' },
    );
    const none = await drawer().draw(colourBrief());
    expect(none.image).toBeUndefined();
    expect(none.outcome).toMatchObject({ source: 'procedural', reason: 'provider' });
    expect(none.outcome.detail).toContain('replicate: bad-request');
  });

  it('never draws a prompt moderation flags, nor shops a blocked one to the next provider', async () => {
    server.inject({ kind: 'moderation-flag', route: 'moderations' });
    const flagged = await drawer({ moderate: true }).draw(colourBrief());
    expect(flagged.outcome).toMatchObject({ source: 'procedural', reason: 'moderation' });
    expect(server.requests('images')).toHaveLength(0);

    server.reset();
    server.inject({ kind: 'moderation-flag', route: 'images' });
    const blocked = await drawer().draw(colourBrief());
    expect(blocked.outcome).toMatchObject({ source: 'procedural', reason: 'moderation' });
    expect(server.requests('predictions')).toHaveLength(0);
  });

  it('replays cached pictures byte for byte without drawing', async () => {
    const store = memoryCacheStore();
    const live = await drawer({ store }).draw(colourBrief());
    server.reset();
    const replay = await drawer({ store, mode: 'replay' }).draw(colourBrief());
    expect(replay.image?.equals(live.image ?? Buffer.alloc(0))).toBe(true);
    expect(server.log).toHaveLength(0);
  });
});
