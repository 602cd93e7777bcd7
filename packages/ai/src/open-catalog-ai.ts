import type { AiConfig } from '@storecraft/config';
import type { ProductPlan } from '@storecraft/generator';
import type { FileStorage } from '@storecraft/storage';
import { storageCacheStore, type CacheStore } from './cache/content-cache.ts';
import { createCatalogCopier, type CatalogCopier } from './create-catalog-copier.ts';
import { createCatalogPictures, type CatalogPictures } from './images/catalog-pictures.ts';
import type { ImageOutcome } from './images/ai-image-drawer.ts';
import { imageBriefOf, productImageBriefSchema } from './images/image-prompt.ts';
import { UsageLedger, type AiUsage } from './usage/usage-ledger.ts';

/** The configured provider's copy and pictures for catalogs, sharing one answer cache. */
export interface CatalogAi {
  provider: Exclude<AiConfig['provider'], 'procedural'>;
  maxCostUsd: number | undefined;
  cacheStore: CacheStore;
  /** Undefined when copy stays procedural (Replicate pictures without an OpenAI key). */
  copier: CatalogCopier | undefined;
  pictures: CatalogPictures | undefined;
}

/**
 * Opens the configured AI provider for `generate` and for platform builds alike: answers cached
 * through the configured storage (so `AI_CACHE_MODE=replay` repeats a catalog), copy and pictures
 * counted in `ledger` when one is given. Undefined with `AI_PROVIDER=procedural`.
 */
export function openCatalogAi(
  ai: AiConfig,
  deps: { storage: FileStorage; ledger?: UsageLedger },
): CatalogAi | undefined {
  if (ai.provider === 'procedural') return undefined;
  const cacheStore = storageCacheStore(deps.storage);
  return {
    provider: ai.provider,
    maxCostUsd: ai.maxCostUsd,
    cacheStore,
    copier: createCatalogCopier(ai, { cacheStore }),
    pictures: createCatalogPictures(ai, {
      cacheStore,
      ...(deps.ledger ? { ledger: deps.ledger } : {}),
    }),
  };
}

/** One picture asked of the provider by a platform image job, and what it cost. */
export interface BuildPicture {
  image: Buffer | undefined;
  outcome: ImageOutcome | { source: 'procedural'; reason: 'brief'; detail: string };
  /** This picture's calls and cost alone (the job records it on its own row). */
  usage: AiUsage;
}

/** The configured provider as a platform build uses it: copy in the build job, pictures per job. */
export interface BuildAi {
  provider: CatalogAi['provider'];
  maxCostUsd: number | undefined;
  copy: CatalogCopier | undefined;
  pictures:
    | {
        imageChain: string;
        /** The brief an image job carries in its payload: a worker needs no plan to draw it. */
        briefOf(productPlan: ProductPlan, position: number): Record<string, unknown>;
        /**
         * The provider's picture for a brief read back from a payload. `spentUsd` tells what the
         * build has spent so far (read when the picture's turn comes), so `AI_MAX_COST_USD` caps
         * the build across worker processes.
         */
        draw(brief: unknown, options: { spentUsd: () => Promise<number> }): Promise<BuildPicture>;
      }
    | undefined;
}

/**
 * The configured AI provider for platform builds (the web app's workers and `storecraft worker`),
 * or undefined with `AI_PROVIDER=procedural`. Nothing here is per build: each image job brings its
 * brief and the build's spend so far, so any worker process can draw any build's pictures.
 */
export function openBuildAi(ai: AiConfig, deps: { storage: FileStorage }): BuildAi | undefined {
  const opened = openCatalogAi(ai, deps);
  if (!opened) return undefined;
  const { pictures } = opened;
  return {
    provider: opened.provider,
    maxCostUsd: opened.maxCostUsd,
    copy: opened.copier,
    pictures: pictures && {
      imageChain: pictures.imageChain,
      briefOf: (productPlan, position) => ({ ...imageBriefOf(productPlan, position) }),
      async draw(brief, options) {
        const parsed = productImageBriefSchema.safeParse(brief);
        if (!parsed.success) {
          // Written by another version of the app: draw it rather than fail the picture.
          return {
            image: undefined,
            outcome: {
              source: 'procedural',
              reason: 'brief',
              detail: `the job's picture brief is not readable: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
            },
            usage: new UsageLedger().snapshot(),
          };
        }
        let ledger: UsageLedger | undefined;
        const drawn = await pictures.draw(parsed.data, {
          ledger: async () =>
            (ledger = new UsageLedger(opened.maxCostUsd, { spentUsd: await options.spentUsd() })),
        });
        return { ...drawn, usage: (ledger ?? new UsageLedger()).snapshot() };
      },
    },
  };
}
