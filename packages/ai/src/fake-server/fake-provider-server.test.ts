import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCopyMessages, copyJsonSchema, type CopyFacts } from '../copy/copy-prompt.ts';
import { createFakeProviderServer, type FakeProviderServer } from './fake-provider-server.ts';

const facts: CopyFacts = {
  brand: { name: 'Origin Goods', voice: 'earthy' },
  title: 'Huye Mountain Decaf',
  noun: 'coffee',
  productType: 'Coffee',
  category: 'Coffee',
  colours: [],
  features: ['roasted to order in small batches', '99.9% caffeine-free'],
  facts: [{ label: 'Size', value: '1 kg' }],
  care: [],
};

let server: FakeProviderServer;
const auth = { authorization: 'Bearer test-key', 'content-type': 'application/json' };
const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
const chatBody = (model = 'gpt-5-mini') => ({
  model,
  messages: buildCopyMessages(facts),
  response_format: { type: 'json_schema', json_schema: copyJsonSchema },
});

describe('fake provider server', () => {
  beforeEach(async () => {
    server ??= await createFakeProviderServer();
    server.reset();
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists models', async () => {
    const res = await fetch(`${server.url}/v1/models`, { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { id: string }[] };
    expect(body.data.map((m) => m.id)).toContain('gpt-5-mini');
  });

  it('answers chat completions with strict-schema JSON written from the facts in the request', async () => {
    const res = await post('/v1/chat/completions', chatBody());
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      choices: { message: { content: string } }[];
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    const copy = JSON.parse(body.choices[0]?.message.content ?? '') as Record<string, unknown>;
    expect(Object.keys(copy).sort()).toEqual([
      'highlights',
      'opening',
      'paragraphs',
      'seoDescription',
    ]);
    expect(copy.opening).toContain('Huye Mountain Decaf');
    expect(copy.highlights).toContain('99.9% caffeine-free');
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(server.requests('chat')[0]?.status).toBe(200);
  });

  it('refuses what the real API refuses: no strict schema, a temperature or max_tokens on GPT-5', async () => {
    const loose = await post('/v1/chat/completions', {
      ...chatBody(),
      response_format: { type: 'json_object' },
    });
    expect(loose.status).toBe(400);
    const hot = await post('/v1/chat/completions', { ...chatBody(), temperature: 0.7 });
    expect(hot.status).toBe(400);
    expect(JSON.stringify(await hot.json())).toContain('unsupported_value');
    const old = await post('/v1/chat/completions', {
      ...chatBody('gpt-4.1-mini'),
      temperature: 0.7,
      max_tokens: 100,
    });
    expect(old.status).toBe(200);
  });

  it('refuses a request without a key', async () => {
    const res = await post('/v1/chat/completions', chatBody(), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(401);
  });

  it('moderates: flags configured words and injected flags', async () => {
    const res = await post('/v1/moderations', {
      model: 'omni-moderation-latest',
      input: ['coffee', 'forbidden stuff'],
    });
    const body = (await res.json()) as { results: { flagged: boolean }[] };
    expect(body.results.map((r) => r.flagged)).toEqual([false, true]);
    server.inject({ kind: 'moderation-flag', route: 'moderations' });
    const flagged = (await (
      await post('/v1/moderations', { input: 'coffee' })
    ).json()) as typeof body;
    expect(flagged.results[0]?.flagged).toBe(true);
  });

  it('draws images as base64 PNG, and blocks flagged prompts', async () => {
    const res = await post('/v1/images/generations', {
      model: 'gpt-image-1-mini',
      prompt: 'a mug',
      size: '1024x1024',
    });
    const body = (await res.json()) as { data: { b64_json: string }[] };
    const png = Buffer.from(body.data[0]?.b64_json ?? '', 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const blocked = await post('/v1/images/generations', {
      model: 'gpt-image-1-mini',
      prompt: 'a forbidden mug',
    });
    expect(blocked.status).toBe(400);
    expect(JSON.stringify(await blocked.json())).toContain('moderation_blocked');
  });

  it('runs Replicate predictions: created, polled to success, output downloadable', async () => {
    const created = await post(
      '/v1/predictions',
      { version: 'abc123', input: { prompt: 'a mug', seed: 7 } },
      { ...auth, prefer: 'wait=60' },
    );
    expect(created.status).toBe(201);
    const prediction = (await created.json()) as {
      id: string;
      status: string;
      urls: { get: string };
    };
    expect(prediction.status).toBe('starting');
    const polled = (await (await fetch(prediction.urls.get, { headers: auth })).json()) as {
      status: string;
      output: string[];
    };
    expect(polled.status).toBe('succeeded');
    const file = await fetch(polled.output[0] ?? '');
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(server.requests('predictions')[0]?.headers.prefer).toBe('wait=60');
  });

  it('injects faults in order: 429 with retry-after, quota, 500, malformed JSON, off-facts copy', async () => {
    server.inject(
      { kind: 'rate-limit', retryAfterSeconds: 7 },
      { kind: 'quota' },
      { kind: 'server-error' },
      { kind: 'malformed-json' },
      { kind: 'off-facts' },
    );
    const limited = await post('/v1/chat/completions', chatBody());
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    const quota = await post('/v1/chat/completions', chatBody());
    expect(JSON.stringify(await quota.json())).toContain('insufficient_quota');
    expect((await post('/v1/chat/completions', chatBody())).status).toBe(500);
    const malformed = await post('/v1/chat/completions', chatBody());
    await expect(malformed.json()).rejects.toThrow();
    const off = (await (await post('/v1/chat/completions', chatBody())).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(off.choices[0]?.message.content).toContain('leather');
    expect(server.log.map((e) => e.fault)).toEqual([
      'rate-limit',
      'quota',
      'server-error',
      'malformed-json',
      'off-facts',
    ]);
  });

  it('holds a timed-out request open until the client gives up', async () => {
    server.inject({ kind: 'timeout' });
    await expect(
      fetch(`${server.url}/v1/models`, { headers: auth, signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow();
    expect(server.log[0]?.fault).toBe('timeout');
  });

  it('takes faults and shows its log over HTTP, for by-hand runs', async () => {
    await post('/__faults', { faults: [{ kind: 'server-error', route: 'models' }] });
    expect((await fetch(`${server.url}/v1/models`, { headers: auth })).status).toBe(500);
    const log = (await (await fetch(`${server.url}/__log`)).json()) as {
      route: string;
      status: number;
    }[];
    expect(log.filter((e) => e.route === 'models').map((e) => e.status)).toEqual([500]);
  });
});
