import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFakeProviderServer,
  type FakeProviderServer,
} from '../fake-server/fake-provider-server.ts';
import { buildCopyMessages, copyJsonSchema, type CopyFacts } from '../copy/copy-prompt.ts';
import { ProviderError } from '../http/provider-error.ts';
import { createReplicateClient } from '../replicate/replicate-client.ts';
import { createOpenAiClient, type OpenAiClient } from './openai-client.ts';

const facts: CopyFacts = {
  brand: { name: 'Origin Goods', voice: 'minimal' },
  title: 'Kivu Washed',
  noun: 'coffee',
  productType: 'Coffee',
  category: 'Coffee',
  colours: [],
  features: ['roasted to order'],
  facts: [{ label: 'Size', value: '250 g' }],
  care: [],
};

let server: FakeProviderServer;
/** Waits the client asked for: retries cost no wall time, and the delays can be asserted. */
let waits: number[];

function client(overrides: { timeoutMs?: number; apiKey?: string } = {}): OpenAiClient {
  return createOpenAiClient({
    apiKey: overrides.apiKey ?? 'test-key',
    baseUrl: `${server.url}/v1`,
    timeoutMs: overrides.timeoutMs ?? 5_000,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  });
}

const ask = (c: OpenAiClient, model = 'gpt-5-mini') =>
  c.chatJson({ model, messages: buildCopyMessages(facts), jsonSchema: copyJsonSchema, seed: 42 });

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('OpenAI client against the fake server', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer({ timeoutHoldMs: 5_000 });
  });
  beforeEach(() => {
    server.reset();
    waits = [];
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends GPT-5 models max_completion_tokens, the seed and no temperature; others get both', async () => {
    const answer = await ask(client());
    expect(JSON.parse(answer.content)).toMatchObject({
      opening: expect.stringContaining('Kivu Washed') as unknown,
    });
    expect(answer.usage.promptTokens).toBeGreaterThan(0);
    await ask(client(), 'llama3.1');
    const [gpt5, local] = server.requests('chat').map((e) => e.body as Record<string, unknown>);
    expect(gpt5).toMatchObject({ seed: 42, max_completion_tokens: 4000 });
    expect(gpt5).not.toHaveProperty('temperature');
    expect(local).toMatchObject({ temperature: 0.7, max_tokens: 1200 });
  });

  it('retries a 429 after exactly the retry-after the server sent', async () => {
    server.inject({ kind: 'rate-limit', retryAfterSeconds: 3 });
    await ask(client());
    expect(waits).toEqual([3000]);
    expect(server.requests('chat').map((e) => e.status)).toEqual([429, 200]);
  });

  it('gives up at once when retry-after is longer than 60 s', async () => {
    server.inject({ kind: 'rate-limit', retryAfterSeconds: 120 });
    const error = await failure(ask(client()));
    expect([error.code, error.kind, error.attempts]).toEqual(['RATE_LIMITED', 'rate-limited', 1]);
    expect(error.message).toContain('more than the 60 s');
    expect(waits).toEqual([]);
  });

  it('retries 5xx, malformed JSON and timeouts with growing back-off, up to 3 attempts', async () => {
    server.inject({ kind: 'server-error' }, { kind: 'malformed-json' });
    await ask(client());
    // 500 ms then 1 s, jittered into [50 %, 100 %) (random() = 0.5 → 75 %).
    expect(waits).toEqual([375, 750]);
    waits = [];
    server.inject({ kind: 'timeout' }, { kind: 'server-error' }, { kind: 'server-error' });
    const error = await failure(ask(client({ timeoutMs: 300 })));
    expect([error.kind, error.attempts]).toEqual(['server', 3]);
    expect(
      server
        .requests('chat')
        .slice(-3)
        .map((e) => e.fault),
    ).toEqual(['timeout', 'server-error', 'server-error']);
  });

  it.each([
    ['quota', 'insufficient-quota'],
    ['bad-request', 'bad-request'],
    ['unauthorized', 'auth'],
    ['moderation-flag', 'moderation-blocked'],
  ] as const)('never retries %s', async (fault, kind) => {
    server.inject({ kind: fault, route: 'chat' });
    const error = await failure(ask(client()));
    expect([error.kind, error.attempts, error.code]).toEqual([kind, 1, 'PROVIDER_FAILED']);
    expect(server.requests('chat')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('moderates, draws images and lists models', async () => {
    const c = client();
    expect(await c.moderate(['good coffee', 'forbidden coffee'])).toEqual([
      { flagged: false, categories: [] },
      { flagged: true, categories: ['illicit'] },
    ]);
    const { image } = await c.generateImage({
      model: 'gpt-image-1-mini',
      prompt: 'a bag of coffee',
    });
    expect(image.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(await c.listModels()).toContain('gpt-5-mini');
  });

  it('runs a Replicate prediction to the end and downloads its picture', async () => {
    const replicate = createReplicateClient({
      apiToken: 'r8_test',
      baseUrl: `${server.url}/v1`,
      sleep: () => Promise.resolve(),
    });
    server.inject({ kind: 'rate-limit', route: 'predictions', retryAfterSeconds: 2 });
    const { image } = await replicate.generateImage({
      model: 'acme/flux:abc123',
      prompt: 'a mug',
      seed: 3,
    });
    expect(image.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(server.log.map((e) => `${e.route}:${e.status}`)).toEqual([
      'predictions:429',
      'predictions:201',
      'prediction:200',
      'files:200',
    ]);
    server.inject({ kind: 'prediction-failed' });
    const error = await failure(
      replicate.generateImage({ model: 'acme/flux:abc123', prompt: 'a mug' }),
    );
    expect(error.message).toContain('failed');
  });
});
