import type { BuildAiStatus } from '@storecraft/services';
import { describe, expect, it } from 'vitest';
import { formatRemoteSummary, type RemoteGenerateSummary } from '../src/remote-generate.ts';

const base: RemoteGenerateSummary = {
  server: 'https://storecraft.example',
  workspaceId: 'ws_1',
  brandId: 'brand_1',
  brand: 'Mossly',
  seed: 'remote-1',
  products: 30,
  images: { done: 96, failed: 0 },
  ai: null,
  files: ['brand.json', 'shopify/products.csv'],
};

const usage = {
  calls: 14,
  cachedAnswers: 2,
  promptTokens: 12_345,
  completionTokens: 6_789,
  images: 3,
  estimatedCostUsd: 0.1234,
  unpricedModels: [],
  budgetReached: false,
};

const ai: BuildAiStatus = {
  provider: 'openai',
  showcase: 12,
  textChain: 'openai gpt-4o-mini',
  imageChain: 'openai gpt-image-1',
  maxCostUsd: 2,
  skipped: null,
  notes: [],
  copy: {
    requested: 12,
    ai: 11,
    fallbacks: 1,
    byReason: { moderation: 1 },
    examples: [],
    milliseconds: 5_000,
  },
  pictures: {
    requested: 4,
    ai: 3,
    fallbacks: 1,
    pending: 0,
    bySource: { openai: 3, procedural: 1 },
    byReason: { provider: 1 },
    examples: [],
  },
  usage,
};

describe('the summary of generate --api-url', () => {
  it('prints the run without AI rows when the server used no AI', () => {
    const text = formatRemoteSummary(base, '/tmp/out');
    expect(text).toContain('images    96 rendered\n');
    expect(text).toContain('wrote     /tmp/out/brand.json, /tmp/out/shopify/products.csv\n');
    expect(text).not.toContain('AI');
  });

  it("prints what the server's AI did: copy, pictures, fallbacks with reasons, tokens and cost", () => {
    const lines = formatRemoteSummary({ ...base, ai }, '/tmp/out').split('\n');
    const row = (label: string) =>
      lines
        .find((line) => line.startsWith(`${label} `))
        ?.slice(label.length)
        .trim();
    expect(row('AI copy')).toBe('11 of 12 products by openai gpt-4o-mini');
    expect(row('AI fallbacks')).toBe('1 procedural (moderation 1)');
    expect(row('AI pictures')).toBe('3 of 4 by openai gpt-image-1');
    expect(row('AI picture fallbacks')).toBe('1 procedural (provider 1)');
    expect(row('AI tokens')).toBe('12,345 in, 6,789 out, 14 calls, 2 cached answers, 3 pictures');
    expect(row('AI cost')).toBe('$0.1234 estimated of $2 budget');
  });

  it('says when the server skipped AI for the niche, and shows its notes', () => {
    const skipped: BuildAiStatus = {
      ...ai,
      skipped: 'the niche was flagged by moderation',
      notes: ['moderation was unavailable for one call'],
      copy: null,
      pictures: null,
      usage: { ...usage, calls: 1, images: 0, estimatedCostUsd: 0 },
    };
    const text = formatRemoteSummary({ ...base, ai: skipped }, '/tmp/out');
    expect(text).toMatch(/^AI +not used: the niche was flagged by moderation$/m);
    expect(text).toMatch(/^AI note +moderation was unavailable for one call$/m);
    expect(text).not.toContain('AI copy');
  });
});
