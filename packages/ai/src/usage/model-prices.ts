/**
 * Published list prices in USD (checked 2026-11; estimates, not invoices). Text per million
 * tokens; images per 1024×1024 picture at the quality we ask for (`low`). A model missing here
 * (a local server's) costs nothing in the estimate and is reported as unpriced.
 */
export const textPrices: Readonly<Record<string, { input: number; output: number }>> = {
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
};

export const imagePrices: Readonly<Record<string, number>> = {
  'gpt-image-1': 0.011,
  'gpt-image-1-mini': 0.005,
};

/**
 * Replicate models billed per output picture, keyed `owner/name` (the pinned version does not
 * change the price). Models billed per second of GPU are not here: they are reported unpriced.
 */
export const replicateImagePrices: Readonly<Record<string, number>> = {
  'black-forest-labs/flux-schnell': 0.003,
  'black-forest-labs/flux-dev': 0.025,
  'black-forest-labs/flux-1.1-pro': 0.04,
  'black-forest-labs/flux-pro': 0.055,
};

/** One picture's list price in USD, or undefined when the model has none here. */
export function imageCost(provider: 'openai' | 'replicate', model: string): number | undefined {
  return provider === 'openai'
    ? imagePrices[model]
    : replicateImagePrices[model.split(':')[0] ?? ''];
}

/** Text cost in USD, or undefined when the model has no list price here. */
export function textCost(
  model: string,
  usage: { promptTokens: number; completionTokens: number },
): number | undefined {
  const price = textPrices[model] ?? textPrices[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
  if (!price) return undefined;
  return (usage.promptTokens * price.input + usage.completionTokens * price.output) / 1_000_000;
}
