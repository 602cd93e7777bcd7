import { resolveSigningSecret, type Config } from '@storecraft/config';
import { openAiCopy } from './ai-copy.ts';
import { openAiPictures, type AiPictures } from './ai-pictures.ts';
import type { GenerateHooks } from './generate-catalog-files.ts';
import type { Output } from './output.ts';
import type { Progress } from './progress.ts';

/** A `generate` run's AI work: copy and pictures, each present only when the provider does it. */
export interface AiRun {
  writeCopy?: NonNullable<GenerateHooks['writeCopy']>;
  pictures?: AiPictures;
}

/**
 * Sets up the configured AI provider for one run: one answer cache (through the configured
 * storage, so `AI_CACHE_MODE=replay` repeats a run) and one usage ledger, shared by copy and
 * pictures so the summary and `AI_MAX_COST_USD` count the run as a whole.
 */
export async function openAiRun(
  config: Config,
  input: {
    niche: string;
    products: number;
    seed: string;
    aiProducts: number | undefined;
    images: boolean;
  },
  progress: Progress,
  out: Output,
): Promise<AiRun> {
  if (config.ai.provider === 'procedural') return {};
  // Loaded only when AI is configured: the offline path stays as light as it was.
  const [{ UsageLedger, openCatalogAi }, { createStorage }] = await Promise.all([
    import('@storecraft/ai'),
    import('@storecraft/storage'),
  ]);
  const storage = createStorage(config.storage, {
    signingSecret: await resolveSigningSecret(config),
    publicUrl: config.server.publicUrl,
  });
  const ledger = new UsageLedger(config.ai.maxCostUsd);
  const ai = openCatalogAi(config.ai, { storage, ledger });
  if (!ai) return {};
  const writeCopy = await openAiCopy(
    ai.copier,
    input.niche,
    { aiProducts: input.aiProducts, progress, ledger },
    out,
  );
  const pictures =
    input.images && ai.pictures ? await openAiPictures(ai.pictures, input) : undefined;
  return { ...(writeCopy ? { writeCopy } : {}), ...(pictures ? { pictures } : {}) };
}
