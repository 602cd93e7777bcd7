import type { AiPictureSummary, CatalogPictures } from '@storecraft/ai';
import type { PictureSource } from '@storecraft/services';

export interface AiPictures {
  /** Plugged into the run's image job (see `openPlatform`). */
  source: PictureSource;
  readonly imageChain: string;
  summary(): AiPictureSummary;
}

/**
 * AI pictures for `generate`: every picture of the first `aiProducts` products (all by default)
 * comes from the configured provider chain, normalised by the render pool like a drawn one; the
 * rest, and any picture the providers fail on, is drawn procedurally.
 *
 * The image job knows a product by its handle; the plan here is the same deterministic plan the
 * run persists (same niche, size and seed), so handle → product index picks the showcase products
 * and their facts for the prompt without a database read. (A platform build's image jobs carry
 * their brief instead: see `openBuildAi`.)
 */
export async function openAiPictures(
  pictures: CatalogPictures,
  input: { niche: string; products: number; seed: string; aiProducts: number | undefined },
): Promise<AiPictures> {
  const [{ imageBriefOf }, { planCatalog, planProduct }] = await Promise.all([
    import('@storecraft/ai'),
    import('@storecraft/generator'),
  ]);
  const plan = planCatalog({ niche: input.niche, size: input.products, seed: input.seed });
  const count = Math.min(plan.size, input.aiProducts ?? plan.size);
  let showcase: Map<string, number> | undefined;
  const indexOf = (handle: string): number | undefined => {
    showcase ??= new Map(
      Array.from({ length: count }, (_, i) => [planProduct(plan, i).product.handle, i]),
    );
    return showcase.get(handle);
  };
  return {
    imageChain: pictures.imageChain,
    summary: () => pictures.summary(),
    source: {
      async draw(payload) {
        const index = indexOf(payload.handle);
        if (index === undefined) return undefined;
        return pictures.draw(imageBriefOf(planProduct(plan, index), payload.position));
      },
      record(payload, outcome) {
        pictures.record(
          `${payload.productId}/${payload.position}`,
          `${payload.handle}/${payload.position}`,
          outcome,
        );
      },
    },
  };
}
