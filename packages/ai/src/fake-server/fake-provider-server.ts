import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { readCopyFacts, type ChatMessage } from '../copy/copy-prompt.ts';
import { readBrandFacts } from '../brand/brand-prompt.ts';
import { fakeBrandText, fakeCopy, fillSchema } from './fake-copy.ts';
import { solidPng } from './solid-png.ts';

/**
 * A stand-in for OpenAI (chat completions with strict JSON schema, images, moderations, models)
 * and Replicate (predictions, polling, output files) on 127.0.0.1. It answers from the facts in
 * each request, can be slowed down and made to fail on purpose, and logs every request: tests
 * and by-hand runs point the providers' base-URL settings at it instead of the network.
 */
export type FakeRoute =
  'models' | 'chat' | 'images' | 'moderations' | 'predictions' | 'prediction' | 'files';

export const fakeFaultKinds = [
  /** 429 with `retry-after` and `rate_limit_exceeded`. */
  'rate-limit',
  /** 429 with `insufficient_quota`: out of credit, never worth a retry. */
  'quota',
  'server-error',
  /** No answer: the request hangs until the client gives up. */
  'timeout',
  /** 200 with a truncated body. */
  'malformed-json',
  'bad-request',
  'unauthorized',
  /** Moderation says flagged; images and chat answer 400 `moderation_blocked`. */
  'moderation-flag',
  /** Chat copy that contradicts the product's facts (the checker's business). */
  'off-facts',
  /** Chat content that is valid JSON but not the requested shape. */
  'schema-violation',
  /** A Replicate prediction that ends `failed`. */
  'prediction-failed',
] as const;
export type FakeFaultKind = (typeof fakeFaultKinds)[number];

export interface FakeFault {
  kind: FakeFaultKind;
  /** Only requests to this route (default: the next request to any route the fault applies to). */
  route?: FakeRoute;
  /** Seconds in `retry-after` for `rate-limit` (default: the server's `retryAfterSeconds`). */
  retryAfterSeconds?: number;
  /** How many requests it hits (default 1). */
  times?: number;
}

export interface FakeServerOptions {
  port?: number;
  host?: string;
  /** Added before every answer. */
  latencyMs?: number;
  /** Share of requests (0..1) to the provider routes that get a random fault from `randomFaults`. */
  faultRate?: number;
  randomFaults?: readonly FakeFaultKind[];
  /** Seeds the random faults, so a run with faults is repeatable. */
  seed?: number;
  retryAfterSeconds?: number;
  /** Longest a `timeout` fault holds a request open before dropping it. */
  timeoutHoldMs?: number;
  /** Inputs containing one of these words are flagged by moderation. */
  flaggedWords?: readonly string[];
  /** Polls a Replicate prediction answers `processing` before `succeeded`. */
  replicatePolls?: number;
  /** Models listed by GET /v1/models. */
  models?: readonly string[];
}

export interface FakeRequestLogEntry {
  seq: number;
  method: string;
  path: string;
  route: FakeRoute | 'control' | 'unknown';
  status: number;
  fault?: FakeFaultKind;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
  headers: Record<string, string>;
}

export interface FakeProviderServer {
  /** `http://127.0.0.1:PORT` (OpenAI base URL: `${url}/v1`; Replicate: `${url}/v1`). */
  readonly url: string;
  readonly log: readonly FakeRequestLogEntry[];
  /** Queues faults for the next matching requests, in order. */
  inject(...faults: FakeFault[]): void;
  /** Changes latency or the random fault rate of a running server. */
  configure(options: Pick<FakeServerOptions, 'latencyMs' | 'faultRate' | 'randomFaults'>): void;
  /** Forgets queued faults and the log. */
  reset(): void;
  requests(route: FakeRoute): FakeRequestLogEntry[];
  close(): Promise<void>;
}

const FAULT_ROUTES: Readonly<Record<FakeFaultKind, readonly FakeRoute[]>> = {
  'rate-limit': ['chat', 'images', 'moderations', 'predictions', 'models'],
  quota: ['chat', 'images', 'moderations', 'models'],
  'server-error': ['chat', 'images', 'moderations', 'predictions', 'prediction', 'models'],
  timeout: ['chat', 'images', 'moderations', 'predictions', 'models'],
  'malformed-json': ['chat', 'images', 'moderations', 'predictions', 'models'],
  'bad-request': ['chat', 'images', 'moderations', 'predictions'],
  unauthorized: ['chat', 'images', 'moderations', 'predictions', 'models'],
  'moderation-flag': ['moderations', 'images', 'chat'],
  'off-facts': ['chat'],
  'schema-violation': ['chat'],
  'prediction-failed': ['predictions'],
};

interface Prediction {
  id: string;
  polls: number;
  failed: boolean;
  output: string[];
  input: unknown;
  version: string;
}

export async function createFakeProviderServer(
  options: FakeServerOptions = {},
): Promise<FakeProviderServer> {
  const host = options.host ?? '127.0.0.1';
  let latencyMs = options.latencyMs ?? 0;
  let faultRate = options.faultRate ?? 0;
  let randomFaults: readonly FakeFaultKind[] = options.randomFaults ?? [
    'rate-limit',
    'server-error',
    'malformed-json',
  ];
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const timeoutHoldMs = options.timeoutHoldMs ?? 120_000;
  const flagged = (options.flaggedWords ?? ['forbidden']).map((w) => w.toLowerCase());
  const models = options.models ?? ['gpt-5-mini', 'gpt-image-1-mini', 'omni-moderation-latest'];
  const replicatePolls = options.replicatePolls ?? 1;
  let rngState = (options.seed ?? 1) >>> 0 || 1;
  const random = () => {
    // xorshift32: repeatable fault sequences without pulling in the engine's PRNG.
    rngState ^= rngState << 13;
    rngState ^= rngState >>> 17;
    rngState ^= rngState << 5;
    return (rngState >>> 0) / 2 ** 32;
  };

  let queued: FakeFault[] = [];
  const log: FakeRequestLogEntry[] = [];
  const predictions = new Map<string, Prediction>();
  const files = new Map<string, Buffer>();
  const open = new Set<ServerResponse>();
  let seq = 0;
  let url = '';

  function takeFault(route: FakeRoute): FakeFault | undefined {
    const at = queued.findIndex(
      (f) => (f.route === undefined || f.route === route) && FAULT_ROUTES[f.kind].includes(route),
    );
    if (at >= 0) {
      const fault = queued[at];
      if (fault) {
        const left = (fault.times ?? 1) - 1;
        if (left > 0) queued[at] = { ...fault, times: left };
        else queued.splice(at, 1);
        return fault;
      }
    }
    if (faultRate > 0 && route !== 'files' && random() < faultRate) {
      const applicable = randomFaults.filter((k) => FAULT_ROUTES[k].includes(route));
      const kind = applicable[Math.floor(random() * applicable.length)];
      if (kind) return { kind };
    }
    return undefined;
  }

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { error: { message: String(error), type: 'server_error' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
    }
    const route = routeOf(method, path);
    const entry: FakeRequestLogEntry = {
      seq: ++seq,
      method,
      path,
      route: route ?? (path.startsWith('/__') ? 'control' : 'unknown'),
      status: 0,
      ...(body === undefined ? {} : { body }),
      headers: pickHeaders(req),
    };
    log.push(entry);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      send(res, status, payload, headers);
    };

    if (path.startsWith('/__')) return control(method, path, body, reply);
    if (!route)
      return reply(404, {
        error: { message: `No route ${method} ${path}`, type: 'invalid_request_error' },
      });
    if (raw.length > 0 && body === undefined)
      return reply(400, { error: { message: 'Body is not JSON', type: 'invalid_request_error' } });

    if (latencyMs > 0) await delay(latencyMs);
    const fault = takeFault(route);
    if (fault) entry.fault = fault.kind;

    if (route !== 'files' && !authorized(req)) {
      return reply(401, {
        error: {
          message: 'Incorrect API key provided',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      });
    }
    switch (fault?.kind) {
      case 'rate-limit': {
        const seconds = fault.retryAfterSeconds ?? retryAfterSeconds;
        return reply(
          429,
          {
            error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' },
          },
          { 'retry-after': String(seconds) },
        );
      }
      case 'quota':
        return reply(429, {
          error: {
            message: 'You exceeded your current quota',
            type: 'insufficient_quota',
            code: 'insufficient_quota',
          },
        });
      case 'server-error':
        return reply(500, { error: { message: 'The server had an error', type: 'server_error' } });
      case 'bad-request':
        return reply(400, {
          error: { message: 'Invalid request (injected)', type: 'invalid_request_error' },
        });
      case 'unauthorized':
        return reply(401, {
          error: {
            message: 'Incorrect API key provided',
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        });
      case 'timeout': {
        entry.status = -1;
        // Hold the request until the client gives up (or the hold ends), then drop it.
        await Promise.race([new Promise((r) => res.once('close', r)), delay(timeoutHoldMs)]);
        res.destroy();
        return;
      }
      case 'malformed-json':
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"chatcmpl-broken","choices":[{"message":');
        return;
      default:
        break;
    }

    switch (route) {
      case 'models':
        return reply(200, {
          object: 'list',
          data: models.map((id) => ({
            id,
            object: 'model',
            created: 1_700_000_000,
            owned_by: 'fake',
          })),
        });
      case 'chat':
        return chat(body, fault?.kind, reply);
      case 'moderations':
        return moderations(body, fault?.kind === 'moderation-flag', reply);
      case 'images':
        return images(body, fault?.kind === 'moderation-flag', reply);
      case 'predictions':
        return createPrediction(req, body, fault?.kind === 'prediction-failed', reply);
      case 'prediction':
        return getPrediction(path, reply);
      case 'files': {
        const file = files.get(path.slice('/files/'.length));
        if (!file) return reply(404, { detail: 'Not found' });
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(file.length) });
        res.end(file);
        return;
      }
    }
  }

  type Reply = (status: number, payload: unknown, headers?: Record<string, string>) => void;

  function chat(body: unknown, fault: FakeFaultKind | undefined, reply: Reply): void {
    const request = asRecord(body);
    const model = typeof request.model === 'string' ? request.model : '';
    const messages = Array.isArray(request.messages) ? (request.messages as ChatMessage[]) : [];
    if (!model || messages.length === 0)
      return reply(400, invalid('model and messages are required'));
    const format = asRecord(request.response_format);
    const jsonSchema = asRecord(format.json_schema);
    if (
      format.type !== 'json_schema' ||
      jsonSchema.strict !== true ||
      typeof jsonSchema.schema !== 'object'
    )
      return reply(
        400,
        invalid(
          "response_format must be {type: 'json_schema', json_schema: {strict: true, schema}}",
        ),
      );
    // GPT-5-family models reject what older ones accepted, as the real API does.
    if (/^gpt-5/.test(model)) {
      if (request.temperature !== undefined && request.temperature !== 1)
        return reply(
          400,
          invalid(
            "Unsupported value: 'temperature' does not support this value with this model. Only the default (1) value is supported.",
            'unsupported_value',
          ),
        );
      if (request.max_tokens !== undefined)
        return reply(
          400,
          invalid(
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
            'unsupported_parameter',
          ),
        );
    }
    if (fault === 'moderation-flag')
      return reply(
        400,
        invalid('Your request was rejected by the safety system', 'moderation_blocked'),
      );
    const facts = readCopyFacts(messages);
    const brand = facts ? undefined : readBrandFacts(messages);
    let content: unknown;
    if (fault === 'schema-violation') content = { text: 'Not what you asked for.' };
    else if (facts) content = fakeCopy(facts, { offFacts: fault === 'off-facts' });
    else if (brand) content = fakeBrandText(brand, { offFacts: fault === 'off-facts' });
    else content = fillSchema(jsonSchema.schema, 'Sample');
    const text = JSON.stringify(content);
    const promptTokens = Math.ceil(messages.reduce((n, m) => n + String(m.content).length, 0) / 4);
    const completionTokens = Math.ceil(text.length / 4);
    reply(200, {
      id: `chatcmpl-${digest(text).slice(0, 12)}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model,
      system_fingerprint: 'fp_fake',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null },
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    });
  }

  function moderations(body: unknown, forceFlag: boolean, reply: Reply): void {
    const request = asRecord(body);
    const inputs = Array.isArray(request.input) ? request.input : [request.input];
    if (inputs.some((i) => typeof i !== 'string'))
      return reply(400, invalid('input must be a string or an array of strings'));
    reply(200, {
      id: `modr-${seq}`,
      model: typeof request.model === 'string' ? request.model : 'omni-moderation-latest',
      results: (inputs as string[]).map((input) => {
        const hit = forceFlag || flagged.some((w) => input.toLowerCase().includes(w));
        return {
          flagged: hit,
          categories: {
            harassment: false,
            hate: false,
            illicit: hit,
            violence: false,
            sexual: false,
          },
          category_scores: {
            harassment: 0.001,
            hate: 0.001,
            illicit: hit ? 0.97 : 0.002,
            violence: 0.001,
            sexual: 0.001,
          },
        };
      }),
    });
  }

  function images(body: unknown, blocked: boolean, reply: Reply): void {
    const request = asRecord(body);
    const prompt = typeof request.prompt === 'string' ? request.prompt : '';
    if (!prompt || typeof request.model !== 'string')
      return reply(400, invalid('model and prompt are required'));
    if (blocked || flagged.some((w) => prompt.toLowerCase().includes(w)))
      return reply(
        400,
        invalid('Your request was rejected by the safety system', 'moderation_blocked'),
      );
    const n = typeof request.n === 'number' ? request.n : 1;
    reply(200, {
      created: 1_700_000_000,
      data: Array.from({ length: n }, (_, i) => ({
        b64_json: pictureFor(`${prompt}#${i}`).toString('base64'),
      })),
      usage: {
        input_tokens: Math.ceil(prompt.length / 4),
        output_tokens: 272 * n,
        total_tokens: Math.ceil(prompt.length / 4) + 272 * n,
      },
    });
  }

  function createPrediction(
    req: IncomingMessage,
    body: unknown,
    fails: boolean,
    reply: Reply,
  ): void {
    const request = asRecord(body);
    const input = asRecord(request.input);
    if (typeof request.version !== 'string' || typeof input.prompt !== 'string')
      return reply(422, { detail: 'version and input.prompt are required', status: 422 });
    const id = randomUUID().replace(/-/g, '').slice(0, 20);
    const file = `${id}.png`;
    files.set(file, pictureFor(`${input.prompt}#${JSON.stringify(input.seed ?? null)}`));
    const prediction: Prediction = {
      id,
      polls: 0,
      failed: fails,
      output: [`${url}/files/${file}`],
      input,
      version: request.version,
    };
    predictions.set(id, prediction);
    // `Prefer: wait` answers a finished prediction at once when the model is quick enough.
    const wait = /wait(=(\d+))?/.exec(String(req.headers.prefer ?? ''));
    if (wait && replicatePolls === 0)
      return reply(201, predictionView(prediction, fails ? 'failed' : 'succeeded'));
    reply(201, predictionView(prediction, 'starting'));
  }

  function getPrediction(path: string, reply: Reply): void {
    const prediction = predictions.get(path.slice('/v1/predictions/'.length));
    if (!prediction) return reply(404, { detail: 'Not found.', status: 404 });
    prediction.polls++;
    const done = prediction.polls >= replicatePolls;
    reply(
      200,
      predictionView(prediction, !done ? 'processing' : prediction.failed ? 'failed' : 'succeeded'),
    );
  }

  function predictionView(p: Prediction, status: string): unknown {
    return {
      id: p.id,
      version: p.version,
      input: p.input,
      status,
      output: status === 'succeeded' ? p.output : null,
      error: status === 'failed' ? 'The prediction failed (injected)' : null,
      metrics: status === 'succeeded' ? { predict_time: 1.2 } : {},
      urls: {
        get: `${url}/v1/predictions/${p.id}`,
        cancel: `${url}/v1/predictions/${p.id}/cancel`,
      },
    };
  }

  function control(method: string, path: string, body: unknown, reply: Reply): void {
    if (method === 'GET' && path === '/__log') return reply(200, log);
    if (method === 'POST' && path === '/__faults') {
      const faults = asRecord(body).faults;
      if (!Array.isArray(faults))
        return reply(400, invalid('{ "faults": [{ "kind": "rate-limit" }] }'));
      queued.push(...(faults as FakeFault[]));
      return reply(200, { queued: queued.length });
    }
    if (method === 'POST' && path === '/__config') {
      const c = asRecord(body);
      if (typeof c.latencyMs === 'number') latencyMs = c.latencyMs;
      if (typeof c.faultRate === 'number') faultRate = c.faultRate;
      return reply(200, { latencyMs, faultRate });
    }
    if (method === 'POST' && path === '/__reset') {
      queued = [];
      log.length = 0;
      return reply(200, { ok: true });
    }
    reply(404, invalid(`No control route ${method} ${path}`));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  url = `http://${host}:${address.port}`;

  return {
    url,
    log,
    inject: (...faults) => queued.push(...faults),
    configure(next) {
      if (next.latencyMs !== undefined) latencyMs = next.latencyMs;
      if (next.faultRate !== undefined) faultRate = next.faultRate;
      if (next.randomFaults !== undefined) randomFaults = next.randomFaults;
    },
    reset() {
      queued = [];
      log.length = 0;
    },
    requests: (route) => log.filter((e) => e.route === route),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of open) res.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function routeOf(method: string, path: string): FakeRoute | undefined {
  if (method === 'GET' && path === '/v1/models') return 'models';
  if (method === 'POST' && path === '/v1/chat/completions') return 'chat';
  if (method === 'POST' && path === '/v1/images/generations') return 'images';
  if (method === 'POST' && path === '/v1/moderations') return 'moderations';
  if (method === 'POST' && path === '/v1/predictions') return 'predictions';
  if (method === 'GET' && /^\/v1\/predictions\/[\w-]+$/.test(path)) return 'prediction';
  if (method === 'GET' && /^\/files\/[\w-]+\.png$/.test(path)) return 'files';
  return undefined;
}

function authorized(req: IncomingMessage): boolean {
  return /^(Bearer|Token) \S+/.test(req.headers.authorization ?? '');
}

function pickHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['prefer', 'content-type', 'idempotency-key']) {
    const value = req.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  if (req.headers.authorization)
    out.authorization = req.headers.authorization.replace(/ .*/, ' ***');
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

function invalid(message: string, code?: string): unknown {
  return { error: { message, type: 'invalid_request_error', param: null, code: code ?? null } };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A 64 px picture whose colour follows the prompt, so different prompts give different bytes. */
function pictureFor(prompt: string): Buffer {
  const h = createHash('sha256').update(prompt).digest();
  return solidPng(64, 64, [h[0] ?? 0, h[1] ?? 0, h[2] ?? 0]);
}
