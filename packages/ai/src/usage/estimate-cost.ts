import { planProduct, type CatalogPlan } from '@storecraft/generator';
import { buildCopyMessages, copyFactsOf, copyJsonSchema } from '../copy/copy-prompt.ts';
import { isReasoningModel } from '../openai/openai-client.ts';
import { imageCost, textCost } from './model-prices.ts';

/** Prose answer length seen on the copy schema; reasoning models spend hidden tokens on top. */
const ANSWER_TOKENS = 250;
const REASONING_TOKENS = 600;
/** Roughly 4 characters a token for English prose and JSON. */
const tokensOf = (text: string) => Math.ceil(text.length / 4);

export interface CostEstimate {
  products: number;
  promptTokens: number;
  completionTokens: number;
  textCostUsd: number | undefined;
  images: number;
  imageCostUsd: number | undefined;
  /** Text and images, counting an unpriced part as 0. */
  totalUsd: number;
}

/**
 * What AI copy (with `textModel`) and pictures (with `image`) for the first `count` products would
 * cost at list prices, without a call: the prompts are built exactly as a run builds them. Pictures
 * are priced at the first provider of the chain. An estimate: retries, fallbacks' second attempts
 * and cache hits move the real figure.
 */
export function estimateCatalogCost(
  plan: CatalogPlan,
  options: {
    count?: number;
    textModel?: string;
    image?: { provider: 'openai' | 'replicate'; model: string };
  },
): CostEstimate {
  const { textModel, image } = options;
  const products = Math.min(plan.size, options.count ?? plan.size);
  let promptTokens = 0;
  let images = 0;
  const schemaTokens = tokensOf(JSON.stringify(copyJsonSchema));
  for (let i = 0; i < products; i++) {
    const productPlan = planProduct(plan, i);
    if (textModel) {
      const messages = buildCopyMessages(copyFactsOf(productPlan.copyInput));
      promptTokens += schemaTokens + messages.reduce((n, m) => n + tokensOf(m.content), 0);
    }
    if (image) images += productPlan.product.images.length;
  }
  const perAnswer = textModel
    ? ANSWER_TOKENS + (isReasoningModel(textModel) ? REASONING_TOKENS : 0)
    : 0;
  const completionTokens = products * perAnswer;
  const textCostUsd = textModel ? textCost(textModel, { promptTokens, completionTokens }) : 0;
  const price = image ? imageCost(image.provider, image.model) : 0;
  const imageCostUsd = price === undefined ? undefined : price * images;
  return {
    products,
    promptTokens,
    completionTokens,
    textCostUsd,
    images,
    imageCostUsd,
    totalUsd: (textCostUsd ?? 0) + (imageCostUsd ?? 0),
  };
}
