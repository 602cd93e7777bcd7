import type { CatalogCopier, CostEstimate, UsageLedger } from '@storecraft/ai';
import type { Config } from '@storecraft/config';
import { planCatalog } from '@storecraft/generator';
import type { GenerateHooks } from './generate-catalog-files.ts';
import type { Output } from './output.ts';
import type { Progress } from './progress.ts';

/**
 * The configured AI provider's copy for `generate`, or undefined when copy stays procedural
 * (`copier` is undefined: Replicate pictures without an OpenAI key). The niche is moderated first
 * (a flagged one stops the run before anything is written).
 */
export async function openAiCopy(
  copier: CatalogCopier | undefined,
  niche: string,
  options: { aiProducts: number | undefined; progress: Progress; ledger: UsageLedger },
  out: Output,
): Promise<GenerateHooks['writeCopy']> {
  if (!copier) {
    out.info(
      'note: AI_PROVIDER=replicate draws pictures only; copy stays procedural without OPENAI_API_KEY',
    );
    return undefined;
  }
  for (const note of await copier.moderateInput('niche', [niche])) out.info(`note: ${note}`);
  return (plan) =>
    copier.writeCatalog(plan, {
      ...(options.aiProducts === undefined ? {} : { count: options.aiProducts }),
      onProgress: options.progress.update,
      ledger: options.ledger,
    });
}

export interface AiEstimate extends CostEstimate {
  provider: Config['ai']['provider'];
  textModel: string | null;
  /** `openai:gpt-image-1-mini` or `replicate:owner/name:version`: the first of the picture chain. */
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
  const ai = config.ai;
  const textModel = ai.provider === 'procedural' ? undefined : ai.openai?.textModel;
  // Pictures are priced at the chain's first provider (see createCatalogPictures).
  const image =
    !options.images || ai.provider === 'procedural'
      ? undefined
      : ai.provider === 'openai'
        ? { provider: 'openai' as const, model: ai.openai.imageModel }
        : { provider: 'replicate' as const, model: ai.replicate.imageModel };
  const none: CostEstimate = {
    products: 0,
    promptTokens: 0,
    completionTokens: 0,
    textCostUsd: 0,
    images: 0,
    imageCostUsd: 0,
    totalUsd: 0,
  };
  const estimate =
    textModel || image
      ? estimateCatalogCost(
          planCatalog({ niche: options.niche, size: options.products, seed: options.seed }),
          {
            ...(options.aiProducts === undefined ? {} : { count: options.aiProducts }),
            ...(textModel ? { textModel } : {}),
            ...(image ? { image } : {}),
          },
        )
      : none;
  return {
    ...estimate,
    provider: ai.provider,
    textModel: textModel ?? null,
    imageModel: image ? `${image.provider}:${image.model}` : null,
  };
}

export function formatEstimate(e: AiEstimate): string {
  const usd = (v: number | undefined) => (v === undefined ? 'not priced' : `$${v.toFixed(4)}`);
  const lines = [
    `AI provider   ${e.provider}${e.textModel ? ` (${e.textModel})` : ''}`,
    e.textModel
      ? `AI copy       ${e.products} products, ~${e.promptTokens.toLocaleString('en-US')} tokens in, ~${e.completionTokens.toLocaleString('en-US')} out: ${usd(e.textCostUsd)}`
      : 'AI copy       procedural (no text model configured)',
    ...(e.imageModel
      ? [
          `AI pictures   ${e.images} for ${e.products} products with ${e.imageModel}: ${usd(e.imageCostUsd)}`,
        ]
      : []),
    `estimated     $${e.totalUsd.toFixed(2)} at list prices${e.imageCostUsd === undefined || e.textCostUsd === undefined ? ' (unpriced parts not included)' : ''} (nothing was written)`,
  ];
  return `${lines.join('\n')}\n`;
}
