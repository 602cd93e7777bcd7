import { planCatalog } from '@storecraft/generator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentCache, memoryCacheStore } from '../cache/content-cache.ts';
import {
  createFakeProviderServer,
  type FakeProviderServer,
} from '../fake-server/fake-provider-server.ts';
import { createOpenAiClient } from '../openai/openai-client.ts';
import { UsageLedger } from '../usage/usage-ledger.ts';
import { writeBrandText } from './ai-brand-writer.ts';

let server: FakeProviderServer;
const brand = planCatalog({ niche: 'specialty coffee', size: 1, seed: 'brand' }).brand;

const write = () =>
  writeBrandText(brand, ['Whole bean coffee', 'Teapot'], {
    chain: [
      {
        name: 'openai',
        model: 'gpt-5-mini',
        client: createOpenAiClient({
          apiKey: 'k',
          baseUrl: `${server.url}/v1`,
          sleep: () => Promise.resolve(),
        }),
      },
    ],
    cache: new ContentCache(memoryCacheStore(), 'live'),
    ledger: new UsageLedger(),
  });

describe('AI brand text', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer();
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });

  it('replaces tagline, mission and values, and nothing else', async () => {
    const { brand: written, outcome } = await write();
    expect(outcome).toEqual({ source: 'ai', provider: 'openai' });
    expect(written.tagline).toBe(`${brand.name}: specialty coffee, done with care`);
    expect(written.values).toHaveLength(3);
    expect({ ...written, tagline: '', mission: '', values: [] }).toEqual({
      ...brand,
      tagline: '',
      mission: '',
      values: [],
    });
  });

  it('asks again when the text invents a history, and keeps the engine’s text after two', async () => {
    server.inject({ kind: 'off-facts' });
    expect((await write()).outcome.source).toBe('ai');
    expect(JSON.stringify(server.requests('chat')[1]?.body)).toContain('states \\"since\\"');

    server.reset();
    server.inject({ kind: 'off-facts', times: 2 });
    const kept = await write();
    expect(kept.brand).toEqual(brand);
    expect(kept.outcome).toMatchObject({ source: 'procedural', reason: 'checker' });
    expect(kept.outcome.detail).toContain('nothing backs');
  });
});
