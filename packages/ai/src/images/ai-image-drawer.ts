import { ReplayedFailure, cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { CircuitBreaker } from '../http/circuit-breaker.ts';
import { ProviderError } from '../http/provider-error.ts';
import type { OpenAiClient } from '../openai/openai-client.ts';
import type { ReplicateClient } from '../replicate/replicate-client.ts';
import { imageCost } from '../usage/model-prices.ts';
import type { UsageLedger } from '../usage/usage-ledger.ts';
import { IMAGE_PROMPT_VERSION, buildImagePrompt, type ProductImageBrief } from './image-prompt.ts';

export type ImageSource = 'openai' | 'replicate' | 'procedural';

export interface ImageOutcome {
  source: ImageSource;
  /** Why the picture is procedural. */
  reason?: 'provider' | 'moderation' | 'budget';
  detail?: string;
}

export interface AiImageDrawerOptions {
  openai?: { client: OpenAiClient; model: string };
  replicate?: { client: ReplicateClient; model: string };
  cache: ContentCache;
  ledger: UsageLedger;
  /** True when the prompt is flagged (OpenAI moderation); checked before any picture is drawn. */
  moderate?: (prompt: string) => Promise<boolean>;
  breaker?: { threshold?: number; cooldownMs?: number; now?: () => number };
}

/**
 * Product pictures from OpenAI, then Replicate; `image: undefined` means "draw it procedurally"
 * (the caller's renderer), with the reason recorded. The bytes are whatever the provider sent
 * (PNG): the caller normalises size and format through the sharp pipeline. Pictures are cached
 * like copy (base64), so a replay draws nothing and costs nothing.
 */
export class AiImageDrawer {
  private readonly options: AiImageDrawerOptions;
  private readonly breakers = new Map<ImageSource, CircuitBreaker>();

  constructor(options: AiImageDrawerOptions) {
    this.options = options;
    this.breakers.set('openai', new CircuitBreaker(options.breaker));
    this.breakers.set('replicate', new CircuitBreaker(options.breaker));
  }

  /** `options.ledger` counts this picture instead of the drawer's own ledger (one per image job). */
  async draw(
    brief: ProductImageBrief,
    options: { ledger?: UsageLedger } = {},
  ): Promise<{ image: Buffer | undefined; outcome: ImageOutcome }> {
    const prompt = buildImagePrompt(brief);
    const { cache } = this.options;
    const ledger = options.ledger ?? this.options.ledger;
    if (this.options.moderate) {
      let flagged: boolean;
      try {
        flagged = await this.moderated(prompt);
      } catch (error) {
        if (!(error instanceof ProviderError || error instanceof ReplayedFailure)) throw error;
        return procedural('moderation', `moderation unavailable: ${error.message}`);
      }
      if (flagged) return procedural('moderation', 'the image prompt was flagged by moderation');
    }
    const attempts: {
      source: 'openai' | 'replicate';
      model: string;
      run: () => Promise<Buffer>;
    }[] = [];
    const { openai, replicate } = this.options;
    if (openai) {
      attempts.push({
        source: 'openai',
        model: openai.model,
        run: async () =>
          (await openai.client.generateImage({ model: openai.model, prompt, quality: 'low' }))
            .image,
      });
    }
    if (replicate) {
      attempts.push({
        source: 'replicate',
        model: replicate.model,
        run: async () =>
          (
            await replicate.client.generateImage({
              model: replicate.model,
              prompt,
              seed: brief.seed,
              aspectRatio: '1:1',
            })
          ).image,
      });
    }
    let detail = 'no image provider configured';
    for (const attempt of attempts) {
      if (ledger.isOverBudget) return procedural('budget', 'AI_MAX_COST_USD reached');
      const breaker = this.breakers.get(attempt.source) ?? new CircuitBreaker();
      if (!breaker.allows()) {
        detail = `${attempt.source}: circuit open after repeated failures`;
        continue;
      }
      const key = cacheKey({
        provider: attempt.source,
        model: attempt.model,
        promptVersion: IMAGE_PROMPT_VERSION,
        messages: prompt,
        schema: null,
        params: { seed: brief.seed, size: '1024x1024', quality: 'low' },
      });
      try {
        const answer = await cache.through(key, async () => ({
          content: (await attempt.run()).toString('base64'),
          usage: { promptTokens: 0, completionTokens: 0 },
        }));
        breaker.succeeded();
        if (!answer.cached)
          ledger.addImage(imageCost(attempt.source, attempt.model), attempt.model);
        return {
          image: Buffer.from(answer.content, 'base64'),
          outcome: { source: attempt.source },
        };
      } catch (error) {
        if (error instanceof ReplayedFailure) {
          detail = `${attempt.source}: ${error.message}`;
          continue;
        }
        if (!(error instanceof ProviderError)) throw error;
        breaker.failed();
        // A blocked prompt is not shopped around to the next provider.
        if (error.kind === 'moderation-blocked')
          return procedural('moderation', `${attempt.source}: ${error.message}`);
        detail = `${attempt.source}: ${error.kind}: ${error.message}`;
      }
    }
    return procedural('provider', detail);
  }

  private async moderated(prompt: string): Promise<boolean> {
    const moderate = this.options.moderate;
    if (!moderate) return false;
    const key = cacheKey({
      provider: 'openai',
      model: 'omni-moderation-latest',
      promptVersion: 'moderation-v1',
      messages: [prompt],
      schema: null,
      params: null,
    });
    const verdict = await this.options.cache.through(key, async () => ({
      content: JSON.stringify(await moderate(prompt)),
      usage: { promptTokens: 0, completionTokens: 0 },
    }));
    return verdict.content === 'true';
  }
}

function procedural(
  reason: 'provider' | 'moderation' | 'budget',
  detail: string,
): { image: undefined; outcome: ImageOutcome } {
  return { image: undefined, outcome: { source: 'procedural', reason, detail } };
}
