import type { Product } from '@storecraft/core';
import { insertProducts, withWorkspace, type Database } from '@storecraft/db';
import { generateProduct, type CatalogPlan } from '@storecraft/generator';
import type { JobDefinition, JobQueue } from '@storecraft/jobs';
import { imageSpec, type ImageJobPayload } from './image-spec.ts';

/** Products generated, inserted and given their image jobs per transaction. */
export const BATCH = 1_000;

/**
 * Generates products `first..first+BATCH-1` of the plan, inserts them in one transaction and, when
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
  first: number,
): Promise<number> {
  const { plan, workspaceId, brandId, categoryIds } = target;
  const products: Product[] = [];
  for (let i = first; i < Math.min(plan.size, first + BATCH); i++)
    products.push(generateProduct(plan, i));
  const productIds = await withWorkspace(deps.db, workspaceId, (tx) =>
    insertProducts(tx, { workspaceId, brandId, categoryIds, products, firstPosition: first }),
  );
  if (!deps.queue || !deps.imageJob) return 0;
  const payloads: ImageJobPayload[] = products.flatMap((product, i) =>
    product.images.map((image) => ({
      productId: productIds[i] ?? '',
      handle: product.handle,
      position: image.position,
      spec: imageSpec(plan.brand, product, image),
    })),
  );
  await deps.queue.enqueue(workspaceId, brandId, deps.imageJob, payloads);
  return payloads.length;
}
