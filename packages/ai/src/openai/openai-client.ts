import { z } from 'zod';
import type { ChatMessage } from '../copy/copy-prompt.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/http-client.ts';
import { ProviderError } from '../http/provider-error.ts';

export interface OpenAiClientOptions extends Omit<HttpClientOptions, 'baseUrl' | 'provider'> {
  /** Empty for local servers (Ollama, vLLM, LM Studio, llama.cpp) that need none. */
  apiKey?: string;
  /** `https://api.openai.com/v1` or any OpenAI-compatible server's `/v1`. */
  baseUrl: string;
  /** Names the provider in errors and reports (`openai`, `local`). */
  provider?: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatJsonRequest {
  model: string;
  messages: readonly ChatMessage[];
  jsonSchema: { name: string; strict: true; schema: unknown };
  seed?: number;
  maxOutputTokens?: number;
}

export interface ChatJsonResult {
  /** The model's JSON text, unparsed (the caller validates it). */
  content: string;
  usage: TokenUsage;
  model: string;
}

export interface ModerationResult {
  flagged: boolean;
  /** Categories that fired. */
  categories: string[];
}

export interface ImageRequest {
  model: string;
  prompt: string;
  size?: '1024x1024' | '1024x1536' | '1536x1024';
  quality?: 'low' | 'medium' | 'high';
}

export interface OpenAiClient {
  readonly provider: string;
  chatJson(request: ChatJsonRequest): Promise<ChatJsonResult>;
  moderate(inputs: readonly string[], model?: string): Promise<ModerationResult[]>;
  generateImage(request: ImageRequest): Promise<{ image: Buffer; usage: TokenUsage }>;
  listModels(): Promise<string[]>;
}

const chatResponseSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable(),
          refusal: z.string().nullable().optional(),
        }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).optional(),
});

const moderationResponseSchema = z.object({
  results: z.array(
    z.object({ flagged: z.boolean(), categories: z.record(z.string(), z.boolean().nullable()) }),
  ),
});

const imageResponseSchema = z.object({
  data: z.array(z.object({ b64_json: z.string() })).min(1),
  usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }).optional(),
});

const modelsResponseSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

/**
 * GPT-5-family and o-series models take `max_completion_tokens` and only the default temperature;
 * older and local models take `max_tokens`, and Ollama needs the temperature sent (its default is
 * 1.0, hotter than copy wants).
 */
export function isReasoningModel(model: string): boolean {
  return /^(gpt-5|o\d)/.test(model);
}

/** Chat Completions with strict JSON schema, moderations, images and models over plain fetch. */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAiClient {
  const provider = options.provider ?? 'openai';
  const http: HttpClient = createHttpClient({
    ...options,
    provider,
    headers: {
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      ...options.headers,
    },
  });

  function parse<T>(schema: z.ZodType<T>, body: unknown, path: string): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ProviderError(
        `${path} answered an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`,
        {
          provider,
          kind: 'malformed-response',
          cause: parsed.error,
        },
      );
    }
    return parsed.data;
  }

  return {
    provider,
    async chatJson(request) {
      const reasoning = isReasoningModel(request.model);
      const maxTokens = request.maxOutputTokens ?? (reasoning ? 4_000 : 1_200);
      const { body } = await http.json({
        method: 'POST',
        path: '/chat/completions',
        body: {
          model: request.model,
          messages: request.messages,
          response_format: { type: 'json_schema', json_schema: request.jsonSchema },
          ...(reasoning
            ? { max_completion_tokens: maxTokens }
            : { max_tokens: maxTokens, temperature: 0.7 }),
          ...(request.seed === undefined ? {} : { seed: request.seed }),
        },
      });
      const answer = parse(chatResponseSchema, body, '/chat/completions');
      const message = answer.choices[0]?.message;
      if (message?.refusal) {
        throw new ProviderError(`the model refused: ${message.refusal}`, {
          provider,
          kind: 'moderation-blocked',
        });
      }
      return {
        content: message?.content ?? '',
        usage: {
          promptTokens: answer.usage?.prompt_tokens ?? 0,
          completionTokens: answer.usage?.completion_tokens ?? 0,
        },
        model: answer.model ?? request.model,
      };
    },
    async moderate(inputs, model = 'omni-moderation-latest') {
      const { body } = await http.json({
        method: 'POST',
        path: '/moderations',
        body: { model, input: inputs },
      });
      return parse(moderationResponseSchema, body, '/moderations').results.map((r) => ({
        flagged: r.flagged,
        categories: Object.entries(r.categories)
          .filter(([, hit]) => hit === true)
          .map(([name]) => name),
      }));
    },
    async generateImage(request) {
      // gpt-image models always answer base64 and take no seed.
      const { body } = await http.json({
        method: 'POST',
        path: '/images/generations',
        body: {
          model: request.model,
          prompt: request.prompt,
          n: 1,
          size: request.size ?? '1024x1024',
          quality: request.quality ?? 'low',
        },
      });
      const answer = parse(imageResponseSchema, body, '/images/generations');
      return {
        image: Buffer.from(answer.data[0]?.b64_json ?? '', 'base64'),
        usage: {
          promptTokens: answer.usage?.input_tokens ?? 0,
          completionTokens: answer.usage?.output_tokens ?? 0,
        },
      };
    },
    async listModels() {
      const { body } = await http.json({ method: 'GET', path: '/models' });
      return parse(modelsResponseSchema, body, '/models').data.map((m) => m.id);
    },
  };
}
