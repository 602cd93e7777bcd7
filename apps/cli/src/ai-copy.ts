import type { CostEstimate } from '@storecraft/ai';
import { resolveSigningSecret, type Config } from '@storecraft/config';
import { planCatalog } from '@storecraft/generator';
import type { GenerateHooks } from './generate-catalog-files.ts';
import type { Output } from './output.ts';
import type { Progress } from './progress.ts';

/**
 * The configured AI provider's copy for `generate`, or undefined when copy stays procedural. The
 * niche is moderated first (a flagged one stops the run before anything is written); answers are
 * cached through the configured storage, so `AI_CACHE_MODE=replay` repeats a run byte for byte.
 */
export async function openAiCopy(
  config: Config,
  niche: string,
  options: { aiProducts: number | undefined; progress: Progress },
  out: Output,
): Promise<GenerateHooks['writeCopy']> {
  if (config.ai.provider === 'procedural') return undefined;
  // Loaded only when AI is configured: the offline path stays as light as it was.
  const [{ createCatalogCopier, storageCacheStore }, { createStorage }] = await Promise.all([
    import('@storecraft/ai'),
    import('@storecraft/storage'),
  ]);
  const storage = createStorage(config.storage, {
    signingSecret: await resolveSigningSecret(config),
    publicUrl: config.server.publicUrl,
  });
  const copier = createCatalogCopier(config.ai, { cacheStore: storageCacheStore(storage) });
  if (!copier) {
    out.info(
      'note: AI_PROVIDER=replicate draws pictures only; copy stays procedural without OPENAI_API_KEY',
    );
    return undefined;
  }
  out.info(
    'note: product images are drawn procedurally; AI pictures are not wired into generate yet',
  );
  for (const note of await copier.moderateInput('niche', [niche])) out.info(`note: ${note}`);
  return (plan) =>
    copier.writeCatalog(plan, {
      ...(options.aiProducts === undefined ? {} : { count: options.aiProducts }),
      onProgress: options.progress.update,
    });
}

export interface AiEstimate extends CostEstimate {
  provider: Config['ai']['provider'];
  textModel: string | null;
  imageModel: string | null;
}

/** `generate --dry-run`: what the configured provider would cost for this catalog; no call made. */
export async function estimateAiCost(
  config: Config,
  options: {
    niche: string;
    products: number;
    seed: string;
    aiProducts?: number | undefined;
    images: boolean;
  },
): Promise<AiEstimate> {
  const { estimateCatalogCost } = await import('@storecraft/ai');
  const plan = planCatalog({ niche: options.niche, size: options.products, seed: options.seed });
  const ai = config.ai;
  const textModel = ai.provider === 'procedural' ? undefined : ai.openai?.textModel;
  // Pictures are estimated at OpenAI's price (Replicate bills per second of GPU, not per picture).
  const imageModel = ai.provider === 'openai' && options.images ? ai.openai.imageModel : undefined;
  const estimate = textModel
    ? estimateCatalogCost(plan, {
        textModel,
        ...(options.aiProducts === undefined ? {} : { count: options.aiProducts }),
        ...(imageModel ? { imageModel } : {}),
      })
    : {
        products: 0,
        promptTokens: 0,
        completionTokens: 0,
        textCostUsd: 0,
        images: 0,
        imageCostUsd: 0,
        totalUsd: 0,
      };
  return {
    ...estimate,
    provider: ai.provider,
    textModel: textModel ?? null,
    imageModel: imageModel ?? null,
  };
}

export function formatEstimate(e: AiEstimate): string {
  const usd = (v: number | undefined) => (v === undefined ? 'not priced' : `$${v.toFixed(4)}`);
  const lines = [
    `AI provider   ${e.provider}${e.textModel ? ` (${e.textModel})` : ''}`,
    `AI copy       ${e.products} products, ~${e.promptTokens.toLocaleString('en-US')} tokens in, ~${e.completionTokens.toLocaleString('en-US')} out: ${usd(e.textCostUsd)}`,
    ...(e.imageModel
      ? [`AI pictures   ${e.images} with ${e.imageModel}: ${usd(e.imageCostUsd)}`]
      : []),
    `estimated     $${e.totalUsd.toFixed(2)} at list prices (nothing was written)`,
  ];
  return `${lines.join('\n')}\n`;
}
