import type { AiConfig } from '@storecraft/config';
import { AppError, type Brand } from '@storecraft/core';
import { planProduct, type CatalogPlan, type ProductCopy } from '@storecraft/generator';
import {
  ContentCache,
  cacheKey,
  type CacheMode,
  type CacheStats,
  type CacheStore,
} from './cache/content-cache.ts';
import { writeBrandText, type BrandOutcome } from './brand/ai-brand-writer.ts';
import { AiCopyWriter, type FallbackReason, type TextProvider } from './copy/ai-copy-writer.ts';
import { ProviderError } from './http/provider-error.ts';
import { createOpenAiClient, type OpenAiClient } from './openai/openai-client.ts';
import { UsageLedger, type AiUsage } from './usage/usage-ledger.ts';

const MODERATION_MODEL = 'omni-moderation-latest';

export interface CatalogCopierDeps {
  /** Where answers are cached (`storageCacheStore(storage)` in the app). */
  cacheStore: CacheStore;
  /** Per-call timeout; default 60 s. */
  timeoutMs?: number;
  /** Calls in flight per provider; default 4. */
  concurrency?: number;
}

/** What the CLI summary (and later the job record) shows about a run's AI work. */
export interface AiRunSummary {
  /** `openai:gpt-5-mini → local:llama3.1`. */
  textChain: string;
  cacheMode: CacheMode;
  /** Products whose copy was asked of the AI (the first N of the catalog). */
  requested: number;
  aiProducts: number;
  fallbacks: number;
  byReason: Partial<Record<FallbackReason, number>>;
  examples: { title: string; reason: FallbackReason | undefined; detail: string | undefined }[];
  /** Where the brand's tagline, mission and values came from. */
  brand: BrandOutcome;
  usage: AiUsage;
  cache: CacheStats;
  milliseconds: number;
}

export interface CatalogCopy {
  /** The plan's brand with AI tagline, mission and values (or the engine's, when they failed). */
  brand: Brand;
  /** Copy by product index, for the products asked of the AI (AI or procedural fallback). */
  copies: Map<number, ProductCopy>;
  summary: AiRunSummary;
}

export interface CatalogCopier {
  readonly textChain: string;
  /**
   * Refuses text the moderation endpoint flags (the user's niche, brand text) with a clear
   * `INVALID_INPUT`; without an OpenAI key there is nothing to ask and it passes. Returns notes
   * for the user (moderation unavailable).
   */
  moderateInput(label: string, texts: readonly string[]): Promise<string[]>;
  writeCatalog(
    plan: CatalogPlan,
    options?: {
      count?: number;
      onProgress?: (done: number, total: number) => void;
      /** Shared with the run's AI pictures, so `AI_MAX_COST_USD` caps the run as a whole. */
      ledger?: UsageLedger;
      /**
       * Write the brand's tagline, mission and values too (default true). A platform build keeps
       * the brand as people reviewed and edited it.
       */
      brandText?: boolean;
      /** Stops taking products (those in flight finish) and rejects with the signal's reason. */
      signal?: AbortSignal;
    },
  ): Promise<CatalogCopy>;
}

/**
 * The text side of the configured AI provider, or undefined when copy stays procedural
 * (`AI_PROVIDER=procedural`, or Replicate pictures without an OpenAI key).
 */
export function createCatalogCopier(
  ai: AiConfig,
  deps: CatalogCopierDeps,
): CatalogCopier | undefined {
  if (ai.provider === 'procedural' || !ai.openai) return undefined;
  const http = { ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }) };
  const openai = createOpenAiClient({
    provider: 'openai',
    baseUrl: ai.openai.baseUrl,
    ...(ai.openai.apiKey ? { apiKey: ai.openai.apiKey } : {}),
    ...http,
  });
  const concurrency = deps.concurrency ?? 4;
  const chain: TextProvider[] = [
    { name: 'openai', model: ai.openai.textModel, client: openai, concurrency },
  ];
  if (ai.localText) {
    chain.push({
      name: 'local',
      model: ai.localText.model,
      client: createOpenAiClient({ provider: 'local', baseUrl: ai.localText.baseUrl, ...http }),
      concurrency,
    });
  }
  // Moderation is OpenAI's endpoint: asked only with a key (a local server has none).
  const moderator: OpenAiClient | undefined = ai.openai.apiKey ? openai : undefined;
  const textChain = chain.map((p) => `${p.name}:${p.model}`).join(' → ');
  const { cacheMode, maxCostUsd } = ai;

  return {
    textChain,
    async moderateInput(label, texts) {
      // A replay makes no calls at all: its answers were moderated when they were recorded.
      if (!moderator || cacheMode === 'replay') return [];
      try {
        const results = await moderator.moderate(texts);
        const hit = results.find((r) => r.flagged);
        if (hit) {
          const why = hit.categories.length > 0 ? ` (${hit.categories.join(', ')})` : '';
          throw new AppError('INVALID_INPUT', `${label} was flagged by moderation${why}`, {
            userMessage: `The ${label} was flagged by OpenAI's moderation${why}: StoreCraft will not write AI copy for it. Choose another, or unset AI_PROVIDER for offline copy.`,
            fieldErrors: [{ path: label, message: `flagged by moderation${why}` }],
          });
        }
        return [];
      } catch (error) {
        if (error instanceof ProviderError)
          return [`moderation unavailable (${error.kind}); went ahead without it`];
        throw error;
      }
    },
    async writeCatalog(plan, options = {}) {
      const started = performance.now();
      const ledger = options.ledger ?? new UsageLedger(maxCostUsd);
      const cache = new ContentCache(deps.cacheStore, cacheMode);
      // Verdicts are cached like answers, so a replay keeps (or drops) the same text.
      const moderate = moderator
        ? async (texts: readonly string[]): Promise<boolean> => {
            const key = cacheKey({
              provider: 'openai',
              model: MODERATION_MODEL,
              promptVersion: 'moderation-v1',
              messages: texts,
              schema: null,
              params: null,
            });
            const verdict = await cache.through(key, async () => {
              const results = await moderator.moderate(texts, MODERATION_MODEL);
              return {
                content: JSON.stringify(results.some((r) => r.flagged)),
                usage: { promptTokens: 0, completionTokens: 0 },
              };
            });
            return verdict.content === 'true';
          }
        : undefined;
      const writer = new AiCopyWriter({ chain, cache, ledger, ...(moderate ? { moderate } : {}) });
      const sells = [...new Set(plan.slots.map((slot) => slot.archetype.productType))].slice(0, 6);
      const brandText =
        options.brandText === false
          ? {
              brand: plan.brand,
              outcome: { source: 'procedural' as const, detail: 'the stored brand is kept' },
            }
          : await writeBrandText(plan.brand, sells, {
              chain,
              cache,
              ledger,
              ...(moderate ? { moderate } : {}),
            });
      const count = Math.min(plan.size, options.count ?? plan.size);
      const copies = new Map<number, ProductCopy>();
      let next = 0;
      let done = 0;
      // A small pool: products are independent, so order does not change any product's copy.
      const worker = async () => {
        while (next < count && !options.signal?.aborted) {
          const index = next++;
          copies.set(index, (await writer.writeCopy(planProduct(plan, index))).copy);
          options.onProgress?.(++done, count);
        }
      };
      await Promise.all(
        Array.from({ length: Math.min(count, concurrency * chain.length) }, worker),
      );
      options.signal?.throwIfAborted();
      const report = writer.report();
      return {
        brand: brandText.brand,
        copies,
        summary: {
          brand: brandText.outcome,
          textChain,
          cacheMode,
          requested: count,
          aiProducts: report.aiProducts,
          fallbacks: report.fallbacks,
          byReason: report.byReason,
          examples: report.examples.map((e) => ({
            title: e.title,
            reason: e.reason,
            detail: e.detail,
          })),
          usage: ledger.snapshot(),
          cache: { ...cache.stats },
          milliseconds: Math.round(performance.now() - started),
        },
      };
    },
  };
}
