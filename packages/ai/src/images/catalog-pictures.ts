import type { AiConfig } from '@storecraft/config';
import {
  ContentCache,
  type CacheMode,
  type CacheStats,
  type CacheStore,
} from '../cache/content-cache.ts';
import { ConcurrencyLimit } from '../http/circuit-breaker.ts';
import { createOpenAiClient } from '../openai/openai-client.ts';
import { createReplicateClient } from '../replicate/replicate-client.ts';
import { UsageLedger, type AiUsage } from '../usage/usage-ledger.ts';
import { AiImageDrawer, type ImageOutcome } from './ai-image-drawer.ts';
import type { ProductImageBrief } from './image-prompt.ts';

export interface CatalogPicturesDeps {
  /** Where pictures are cached (`storageCacheStore(storage)` in the app). */
  cacheStore: CacheStore;
  /**
   * The run's ledger, shared with its copy so `AI_MAX_COST_USD` caps the run as a whole (default:
   * a fresh one; a platform image job passes its own to `draw` instead).
   */
  ledger?: UsageLedger;
  /** Per-call timeout; default 120 s (a picture takes 10–40 s at OpenAI). */
  timeoutMs?: number;
  /** Pictures asked at once; default 4 (image endpoints have low per-minute limits). */
  concurrency?: number;
}

/** A picture's final outcome as the image job reports it (`unreadable`: bytes sharp refused). */
export interface PictureRecord {
  source: string;
  reason?: string;
  detail?: string;
}

/** What the CLI summary (and a job's record) shows about a run's AI pictures. */
export interface AiPictureSummary {
  /** `openai:gpt-image-1-mini → replicate:black-forest-labs/flux-schnell`. */
  imageChain: string;
  cacheMode: CacheMode;
  /** Pictures asked of the AI: every picture of the AI showcase products. */
  requested: number;
  aiPictures: number;
  bySource: Record<string, number>;
  /** Pictures drawn procedurally after all: `requested - aiPictures`. */
  fallbacks: number;
  byReason: Record<string, number>;
  /** The first few fallbacks, to tell the user why. */
  examples: { picture: string; reason: string | undefined; detail: string | undefined }[];
  usage: AiUsage;
  cache: CacheStats;
}

export interface CatalogPictures {
  readonly imageChain: string;
  /**
   * The provider's picture for the brief, or `image: undefined` with the reason to draw it;
   * counted in `options.ledger` when given, else in the run's. A function is called once the
   * picture's turn comes (after the concurrency limit), so a budget read there is current.
   */
  draw(
    brief: ProductImageBrief,
    options?: { ledger?: UsageLedger | (() => Promise<UsageLedger>) },
  ): Promise<{ image: Buffer | undefined; outcome: ImageOutcome }>;
  /** Records a picture's final outcome under `key`; a retried job overwrites, never adds. */
  record(key: string, label: string, outcome: PictureRecord): void;
  summary(): AiPictureSummary;
}

const EXAMPLES = 3;

/**
 * The picture side of the configured AI provider, or undefined when pictures stay procedural.
 * `AI_PROVIDER=openai` draws with OpenAI, then Replicate when it is configured too;
 * `AI_PROVIDER=replicate` draws with Replicate (an OpenAI key then only writes copy). Prompts are
 * built from the engine's facts and the niche moderation already passed, so they are not
 * moderated one by one (that would double the calls).
 */
export function createCatalogPictures(
  ai: AiConfig,
  deps: CatalogPicturesDeps,
): CatalogPictures | undefined {
  if (ai.provider === 'procedural') return undefined;
  const http = { timeoutMs: deps.timeoutMs ?? 120_000 };
  const openai =
    ai.provider === 'openai'
      ? {
          client: createOpenAiClient({
            provider: 'openai',
            baseUrl: ai.openai.baseUrl,
            ...(ai.openai.apiKey ? { apiKey: ai.openai.apiKey } : {}),
            ...http,
          }),
          model: ai.openai.imageModel,
        }
      : undefined;
  const replicate = ai.replicate
    ? {
        client: createReplicateClient({
          apiToken: ai.replicate.apiToken,
          baseUrl: ai.replicate.baseUrl,
          ...http,
        }),
        model: ai.replicate.imageModel,
      }
    : undefined;
  const imageChain = [
    ...(openai ? [`openai:${openai.model}`] : []),
    ...(replicate ? [`replicate:${replicate.model}`] : []),
  ].join(' → ');
  const cache = new ContentCache(deps.cacheStore, ai.cacheMode);
  const ledger = deps.ledger ?? new UsageLedger(ai.maxCostUsd);
  const drawer = new AiImageDrawer({
    ...(openai ? { openai } : {}),
    ...(replicate ? { replicate } : {}),
    cache,
    ledger,
  });
  const limit = new ConcurrencyLimit(deps.concurrency ?? 4);
  const records = new Map<string, PictureRecord & { label: string }>();

  return {
    imageChain,
    draw: (brief, options = {}) =>
      limit.run(async () => {
        const own = options.ledger;
        return drawer.draw(
          brief,
          own ? { ledger: typeof own === 'function' ? await own() : own } : {},
        );
      }),
    record(key, label, outcome) {
      records.set(key, { ...outcome, label });
    },
    summary() {
      const bySource: Record<string, number> = {};
      const byReason: Record<string, number> = {};
      const examples: AiPictureSummary['examples'] = [];
      for (const r of records.values()) {
        if (r.source !== 'procedural') {
          bySource[r.source] = (bySource[r.source] ?? 0) + 1;
          continue;
        }
        const reason = r.reason ?? 'provider';
        byReason[reason] = (byReason[reason] ?? 0) + 1;
        if (examples.length < EXAMPLES)
          examples.push({ picture: r.label, reason: r.reason, detail: r.detail });
      }
      const aiPictures = Object.values(bySource).reduce((n, v) => n + v, 0);
      return {
        imageChain,
        cacheMode: ai.cacheMode,
        requested: records.size,
        aiPictures,
        bySource,
        fallbacks: records.size - aiPictures,
        byReason,
        examples,
        usage: ledger.snapshot(),
        cache: { ...cache.stats },
      };
    },
  };
}
