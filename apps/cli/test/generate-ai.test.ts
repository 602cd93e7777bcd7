import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createFakeProviderServer, type FakeProviderServer } from '@storecraft/ai/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { cliWith } from './spawn-cli.ts';

let server: FakeProviderServer;
const aiEnv = (home: string, extra: Record<string, string> = {}) => ({
  STORECRAFT_HOME: home,
  AI_PROVIDER: 'openai',
  OPENAI_API_KEY: 'sk-fake',
  OPENAI_BASE_URL: `${server.url}/v1`,
  ...extra,
});
const generate = (env: Record<string, string>, out: string, ...extra: string[]) =>
  cliWith(
    env,
    'generate',
    '--niche',
    'specialty coffee',
    '--products',
    '4',
    '--seed',
    'ai',
    '--no-images',
    '--out',
    out,
    ...extra,
  );
const catalog = (out: string) =>
  readFileSync(path.join(out, 'catalog.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { title: string; bodyHtml: string });

describe('generate with AI_PROVIDER=openai (fake server)', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer();
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });

  it('writes AI copy for the first N products, procedural for the rest, and sums up tokens and cost', async () => {
    const out = path.join(tempDir(), 'out');
    const run = await generate(aiEnv(tempDir()), out, '--ai-products', '2');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/AI copy\s+2 of 2 products by openai:gpt-5-mini \(cache live\)/);
    expect(run.out).toMatch(/AI fallbacks\s+none/);
    expect(run.out).toMatch(/AI tokens\s+[\d,]+ in, [\d,]+ out, 3 calls, 0 cached answers/);
    expect(run.out).toMatch(/AI cost\s+\$0\.\d{4} estimated/);
    const products = catalog(out);
    expect(products.map((p) => p.bodyHtml.startsWith('<p>Meet '))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const csv = readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8');
    expect(csv).toContain(products[0]?.bodyHtml.slice(0, 40) ?? '?');
    // Two products and the brand's text.
    expect(server.requests('chat')).toHaveLength(3);
    expect(run.out).toMatch(/AI brand text\s+tagline, mission and values by openai/);
    const brand = JSON.parse(readFileSync(path.join(out, 'brand.json'), 'utf8')) as {
      tagline: string;
    };
    expect(brand.tagline).toContain('done with care');
  });

  it('replays the cache into byte-identical files with no request at all', async () => {
    const home = tempDir();
    const [a, b] = [path.join(tempDir(), 'a'), path.join(tempDir(), 'b')];
    expect((await generate(aiEnv(home), a)).code).toBe(0);
    server.reset();
    const replay = await generate(aiEnv(home, { AI_CACHE_MODE: 'replay' }), b);
    expect(replay.code).toBe(0);
    expect(replay.out).toMatch(/0 calls, 5 cached answers/);
    expect(server.log).toHaveLength(0);
    for (const file of ['brand.json', 'catalog.jsonl', 'shopify/products.csv']) {
      expect(readFileSync(path.join(b, file), 'utf8')).toBe(
        readFileSync(path.join(a, file), 'utf8'),
      );
    }
  });

  it('finishes procedurally, exit 0, saying how many products fell back and why, when every call fails', async () => {
    server.inject({ kind: 'quota', route: 'chat', times: 100 });
    const out = path.join(tempDir(), 'out');
    const run = await generate(aiEnv(tempDir()), out);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/AI copy\s+0 of 4 products/);
    expect(run.out).toMatch(/AI fallbacks\s+4 procedural \(provider 4\)/);
    expect(run.err).toContain('insufficient-quota after 1 attempt');
    expect(catalog(out)).toHaveLength(4);
  });

  it('refuses a niche moderation flags, clearly and before writing anything', async () => {
    const out = path.join(tempDir(), 'out');
    const run = await cliWith(
      aiEnv(tempDir()),
      'generate',
      '--niche',
      'forbidden coffee',
      '--products',
      '2',
      '--no-images',
      '--out',
      out,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('The niche was flagged by OpenAI');
    expect(existsSync(out)).toBe(false);
    expect(server.requests('chat')).toHaveLength(0);
  });

  it('--dry-run estimates the cost at list prices, calls nothing and writes nothing', async () => {
    const out = path.join(tempDir(), 'out');
    const run = await generate(aiEnv(tempDir()), out, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/AI copy\s+4 products, ~[\d,]+ tokens in, ~3,400 out: \$0\.\d{4}/);
    expect(run.out).toContain('(nothing was written)');
    expect(existsSync(out)).toBe(false);
    expect(server.log).toHaveLength(0);
  });
});
