import type { AppRouter } from '@storecraft/api';
import type { inferRouterOutputs } from '@trpc/server';

/** The server's AI provider as `catalogs.limits` names it; null when builds are procedural. */
export type BuildAi = inferRouterOutputs<AppRouter>['catalogs']['limits']['ai'];

export const aiProviderLabels: Record<NonNullable<BuildAi>['provider'], string> = {
  openai: 'OpenAI',
  replicate: 'Replicate',
};

/**
 * The "AI showcase" count as a number, or the message to show next to the field. `products` is
 * the build's size: the showcase is the first products of the catalog, so it cannot be larger.
 */
export function parseAiProducts(
  value: string,
  products: number,
): { aiProducts: number } | { error: string } {
  const aiProducts = Number(value);
  if (value.trim() === '' || !Number.isInteger(aiProducts)) {
    return { error: 'Enter a whole number of products (0 for none).' };
  }
  if (aiProducts < 0 || aiProducts > products) {
    return {
      error: `Choose between 0 and ${products.toLocaleString('en')}, the number of products.`,
    };
  }
  return { aiProducts };
}
