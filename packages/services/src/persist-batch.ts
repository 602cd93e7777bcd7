import type { Product } from '@storecraft/core';
import { insertProducts, withWorkspace, type Database } from '@storecraft/db';
import {
  assembleProduct,
  generateProduct,
  planProduct,
  type CatalogPlan,
  type ProductCopy,
  type ProductPlan,
} from '@storecraft/generator';
import type { JobDefinition, JobQueue } from '@storecraft/jobs';
import { imageSpec, type ImageJobPayload } from './image-spec.ts';

/**
 * Products generated, inserted and given their image jobs per transaction. Small, because the
 * CLI renders on the thread that persists (sharp works on libuv's threads, but each picture needs
 * this thread between its steps): a batch holds the thread for ≈0.2 s, and pictures go on
 * rendering between batches instead of after the last one (for 2,000 products the first picture
 * came after 5.8 s, now after 2.2 s).
 */
export const BATCH = 50;
/** The first batch is smaller still, so the first pictures start at once. */
export const FIRST_BATCH = 25;

/** A run of consecutive products of the plan, persisted in one transaction. */
export interface ProductBatch {
  first: number;
  count: number;
}

/** How a catalog of `size` products is cut into batches: `FIRST_BATCH`, then `BATCH` each. */
export function productBatches(size: number): ProductBatch[] {
  const batches: ProductBatch[] = [];
  for (let first = 0; first < size;) {
    const count = Math.min(first === 0 ? FIRST_BATCH : BATCH, size - first);
    batches.push({ first, count });
    first += count;
  }
  return batches;
}

/** A platform build's AI showcase: its first products' AI copy and what their pictures ask. */
export interface BatchShowcase {
  /** Copy by product index (AI, or the procedural fallback the writer chose). */
  copies?: ReadonlyMap<number, ProductCopy>;
  /** Products `0..count-1` ask the AI for their pictures, with this brief in their payloads. */
  pictures?: {
    count: number;
    briefOf(productPlan: ProductPlan, position: number): Record<string, unknown>;
  };
}

/**
 * Generates the batch's products of the plan, inserts them in one transaction and, when
 * a queue is given, enqueues one image job per picture. Shared by the CLI's catalog run and the
 * platform's build job. Returns how many image jobs it enqueued.
 */
export async function persistProductBatch(
  deps: { db: Database; queue?: JobQueue; imageJob?: JobDefinition<ImageJobPayload> },
  target: {
    plan: CatalogPlan;
    workspaceId: string;
    brandId: string;
    categoryIds: ReadonlyMap<string, string>;
  },
  { first, count }: ProductBatch,
  showcase: BatchShowcase = {},
): Promise<number> {
  const { plan, workspaceId, brandId, categoryIds } = target;
  const { copies, pictures } = showcase;
  const products: Product[] = [];
  // The showcase products' plans, for their AI pictures' briefs.
  const plans = new Map<number, ProductPlan>();
  for (let i = first; i < Math.min(plan.size, first + count); i++) {
    const copy = copies?.get(i);
    const productPlan = copy || (pictures && i < pictures.count) ? planProduct(plan, i) : undefined;
    if (productPlan && pictures && i < pictures.count) plans.set(i, productPlan);
    products.push(
      copy && productPlan ? assembleProduct(productPlan, copy) : generateProduct(plan, i),
    );
  }
  const productIds = await withWorkspace(deps.db, workspaceId, (tx) =>
    insertProducts(tx, { workspaceId, brandId, categoryIds, products, firstPosition: first }),
  );
  if (!deps.queue || !deps.imageJob) return 0;
  const payloads: ImageJobPayload[] = products.flatMap((product, i) => {
    const productPlan = plans.get(first + i);
    return product.images.map((image) => ({
      productId: productIds[i] ?? '',
      handle: product.handle,
      position: image.position,
      spec: imageSpec(plan.brand, product, image),
      ...(productPlan && pictures
        ? { ai: { brief: pictures.briefOf(productPlan, image.position) } }
        : {}),
    }));
  });
  await deps.queue.enqueue(workspaceId, brandId, deps.imageJob, payloads);
  return payloads.length;
}
