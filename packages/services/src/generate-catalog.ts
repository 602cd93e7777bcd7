import { newId } from '@storecraft/core';
import { insertBrand, insertCategories, withWorkspace, type Database } from '@storecraft/db';
import { planCatalog, type CatalogPlan } from '@storecraft/generator';
import type { JobDefinition, JobQueue } from '@storecraft/jobs';
import type { ImageJobPayload } from './image-spec.ts';
import { persistProductBatch, productBatches } from './persist-batch.ts';

export interface GenerateCatalogInput {
  niche: string;
  size: number;
  seed: string;
}

export interface GenerateCatalogResult {
  brandId: string;
  plan: CatalogPlan;
  products: number;
  imageJobs: number;
}

export interface GenerateCatalogDeps {
  db: Database;
  queue?: JobQueue;
  imageJob?: JobDefinition<ImageJobPayload>;
}

export interface GenerateCatalogOptions {
  onProgress?: (done: number, total: number) => void;
  /** Stops before the next batch (an interrupted CLI run); rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * CatalogSvc.generate: plans the catalog (pure), persists brand, categories and products in
 * batches inside the workspace, and enqueues one image job per planned image. Each batch commits
 * on its own; a failure stops the run with what was written so far consistent (products with all
 * their variants and images, or not at all).
 */
export async function generateCatalog(
  deps: GenerateCatalogDeps,
  workspaceId: string,
  input: GenerateCatalogInput,
  options: GenerateCatalogOptions = {},
): Promise<GenerateCatalogResult> {
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  const plan = planCatalog({ niche: input.niche, size: input.size, seed: input.seed });
  const brandId = newId('brand');
  const categoryIds = await withWorkspace(deps.db, workspaceId, async (tx) => {
    await insertBrand(tx, { id: brandId, workspaceId, brand: plan.brand });
    return insertCategories(tx, { workspaceId, brandId, categories: plan.categories });
  });

  let imageJobs = 0;
  for (const batch of productBatches(plan.size)) {
    signal?.throwIfAborted();
    imageJobs += await persistProductBatch(
      deps,
      { plan, workspaceId, brandId, categoryIds },
      batch,
    );
    onProgress?.(batch.first + batch.count, plan.size);
    // Lets the runners of this process claim the batch's pictures before the next batch's
    // transaction holds the (embedded, single-connection) database.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { brandId, plan, products: plan.size, imageJobs };
}
