import { planProduct, type CatalogPlan } from '@storecraft/generator';
import { buildCopyMessages, copyFactsOf, copyJsonSchema } from '../copy/copy-prompt.ts';
import { isReasoningModel } from '../openai/openai-client.ts';
import { imagePrices, textCost } from './model-prices.ts';

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
 * What AI copy (and, with `imageModel`, pictures) for the first `count` products would cost at
 * list prices, without a call: the prompts are built exactly as a run builds them. An estimate:
 * retries, fallbacks' second attempts and cache hits move the real figure.
 */
export function estimateCatalogCost(
  plan: CatalogPlan,
  options: { count?: number; textModel: string; imageModel?: string },
): CostEstimate {
  const products = Math.min(plan.size, options.count ?? plan.size);
  let promptTokens = 0;
  let images = 0;
  const schemaTokens = tokensOf(JSON.stringify(copyJsonSchema));
  for (let i = 0; i < products; i++) {
    const productPlan = planProduct(plan, i);
    const messages = buildCopyMessages(copyFactsOf(productPlan.copyInput));
    promptTokens += schemaTokens + messages.reduce((n, m) => n + tokensOf(m.content), 0);
    images += productPlan.product.images.length;
  }
  const perAnswer = ANSWER_TOKENS + (isReasoningModel(options.textModel) ? REASONING_TOKENS : 0);
  const completionTokens = products * perAnswer;
  const textCostUsd = textCost(options.textModel, { promptTokens, completionTokens });
  const imagePrice = options.imageModel ? imagePrices[options.imageModel] : 0;
  const imageCostUsd =
    imagePrice === undefined ? undefined : imagePrice * (options.imageModel ? images : 0);
  return {
    products,
    promptTokens,
    completionTokens,
    textCostUsd,
    images: options.imageModel ? images : 0,
    imageCostUsd,
    totalUsd: (textCostUsd ?? 0) + (imageCostUsd ?? 0),
  };
}
