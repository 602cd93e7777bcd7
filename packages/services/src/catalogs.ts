import { AppError } from '@storecraft/core';
import {
  countCatalog,
  countGenerationJobs,
  deleteBrandCatalog,
  cancelImageJobsOfBrand,
  deleteGenerationJobsOfBrand,
  findGenerationJob,
  findBrand,
  findProductDetail,
  hasCategory,
  insertCategories,
  listCatalogJobs,
  listCategories,
  listProductSummaries,
  withWorkspace,
  type CatalogCounts,
  type Database,
  type GenerationJobRecord,
  type JobKindCounts,
  type ProductDetail,
  type ProductSummary,
  type TenantTx,
} from '@storecraft/db';
import { MAX_PRODUCTS, planCatalog } from '@storecraft/generator';
import type { RenderPool } from '@storecraft/images';
import { defineJob, type JobDefinition, type JobQueue } from '@storecraft/jobs';
import type { FileStorage } from '@storecraft/storage';
import { z } from 'zod';
import { brandNotFound } from './brands.ts';
import type { ImageJobPayload } from './image-spec.ts';
import { renderImageJob } from './render-image-job.ts';
import { BATCH, persistProductBatch } from './persist-batch.ts';

/**
 * CatalogSvc for the platform: a catalog build is a `catalog` job on an existing brand (made by
 * BrandForge), worked by the queue like image jobs, so the API answers at once with a job id.
 * The build follows `generateCatalog`: plan (pure), persist in batches, enqueue one image job per
 * planned image.
 */

export const catalogJobPayloadSchema = z.object({
  size: z.number().int().min(1).max(MAX_PRODUCTS),
});
export type CatalogJobPayload = z.infer<typeof catalogJobPayloadSchema>;

/** The job definitions a worker runs, built once by the composition root. */
export interface GenerationJobs {
  catalog: JobDefinition<CatalogJobPayload>;
  image: JobDefinition<ImageJobPayload>;
}

/** Products written per transaction, as in generateCatalog. */

export function createGenerationJobs(deps: {
  db: Database;
  storage: FileStorage;
  queue: JobQueue;
  renderer: Pick<RenderPool, 'render'>;
}): GenerationJobs {
  const image = renderImageJob(deps);
  return { image, catalog: catalogBuildJob({ ...deps, imageJob: image }) };
}

/**
 * The build job. It may run twice (a redelivery after a crash), so it starts by removing what an
 * earlier attempt wrote (products, categories, image jobs and files) and writes it all again.
 */
export function catalogBuildJob(deps: {
  db: Database;
  storage: FileStorage;
  queue: JobQueue;
  imageJob: JobDefinition<ImageJobPayload>;
}): JobDefinition<CatalogJobPayload> {
  return defineJob({
    name: 'catalog',
    payloadSchema: catalogJobPayloadSchema,
    async handler(payload, ctx) {
      const { workspaceId, brandId } = ctx;
      const brand = await withWorkspace(deps.db, workspaceId, async (tx) => {
        const found = await findBrand(tx, brandId);
        if (!found) throw brandNotFound(brandId);
        await deleteGenerationJobsOfBrand(tx, { brandId, kind: 'image' });
        await deleteBrandCatalog(tx, brandId);
        return found;
      });
      await deleteFiles(deps.storage, `images/${brandId}/`);
      const { id: _id, workspaceId: _ws, ...stored } = brand;
      // The stored brand (renamed or restyled since BrandForge made it) is the vendor of record.
      const plan = {
        ...planCatalog({ niche: brand.niche, size: payload.size, seed: brand.seed }),
        brand: stored,
      };
      const categoryIds = await withWorkspace(deps.db, workspaceId, (tx) =>
        insertCategories(tx, { workspaceId, brandId, categories: plan.categories }),
      );
      for (let first = 0; first < plan.size; first += BATCH) {
        ctx.signal.throwIfAborted();
        await persistProductBatch(deps, { plan, workspaceId, brandId, categoryIds }, first);
        // Checked after enqueueing, so image jobs enqueued while a cancel committed are caught.
        if (await wasCancelled(deps.db, workspaceId, brandId, ctx.jobId)) return;
        await ctx.progress(Math.min(plan.size, first + BATCH) / plan.size);
      }
    },
  });
}

/**
 * The build was cancelled (`cancelJob` failed its row) while this attempt ran: cancel the image
 * jobs it enqueued since, and stop. Returning normally is safe: completion is fenced on `running`.
 */
async function wasCancelled(
  db: Database,
  workspaceId: string,
  brandId: string,
  jobId: string,
): Promise<boolean> {
  return withWorkspace(db, workspaceId, async (tx) => {
    const job = await findGenerationJob(tx, jobId);
    if (job?.status === 'running') return false;
    await cancelImageJobsOfBrand(tx, { brandId, reason: 'Cancelled' });
    return true;
  });
}

async function deleteFiles(storage: FileStorage, prefix: string): Promise<void> {
  const keys: string[] = [];
  for await (const file of storage.list(prefix)) keys.push(file.key);
  for (const key of keys) await storage.delete(key);
}

/**
 * Starts a build of `size` products for the brand and answers with the job id. One build at a
 * time per brand: a second one while the first is unfinished is a CONFLICT.
 */
export async function startCatalogBuild(
  deps: { db: Database; queue: JobQueue; jobs: Pick<GenerationJobs, 'catalog'> },
  workspaceId: string,
  input: { brandId: string; size: number },
): Promise<{ jobId: string }> {
  const payload: CatalogJobPayload = { size: input.size };
  await withWorkspace(deps.db, workspaceId, async (tx) => {
    if (!(await findBrand(tx, input.brandId))) throw brandNotFound(input.brandId);
    const counts = await countGenerationJobs(tx, { brandId: input.brandId, kind: 'catalog' });
    if (counts.pending + counts.running > 0) {
      throw new AppError('CONFLICT', `Brand ${input.brandId} has a build in progress`, {
        userMessage: 'This brand is being built already; wait for it or cancel it.',
      });
    }
  });
  const [jobId] = await deps.queue.enqueue(workspaceId, input.brandId, deps.jobs.catalog, [
    payload,
  ]);
  if (!jobId) throw new AppError('INTERNAL', 'The catalog job was not enqueued');
  return { jobId };
}

/** A catalog build as people see it: the build job, and the image jobs it started. */
export interface BuildStatus {
  jobId: string;
  status: GenerationJobRecord['status'];
  progress: number;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  images: JobKindCounts;
  /** The build job is done and no image job is pending or running. */
  isComplete: boolean;
}

export async function buildStatusOf(tx: TenantTx, job: GenerationJobRecord): Promise<BuildStatus> {
  // Image jobs of this build: those created since its latest attempt started.
  const images = await countGenerationJobs(tx, {
    brandId: job.brandId,
    kind: 'image',
    ...(job.startedAt ? { since: job.startedAt } : {}),
  });
  return {
    jobId: job.id,
    status: job.status,
    progress: job.progress,
    lastError: job.lastError,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    images,
    isComplete: job.status === 'done' && images.pending + images.running === 0,
  };
}

export interface CatalogOverview {
  brandId: string;
  counts: CatalogCounts;
  categories: {
    id: string;
    handle: string;
    title: string;
    parentHandle: string | null;
    depth: number;
  }[];
  /** The latest build, or null when none was started. */
  build: BuildStatus | null;
}

export async function getCatalog(tx: TenantTx, brandId: string): Promise<CatalogOverview> {
  if (!(await findBrand(tx, brandId))) throw brandNotFound(brandId);
  // In turn: the transaction is one connection.
  const counts = await countCatalog(tx, brandId);
  const categories = await listCategories(tx, brandId);
  const [latest] = await listCatalogJobs(tx, brandId, 1);
  return {
    brandId,
    counts,
    categories: categories.map((c) => ({
      id: c.id,
      handle: c.handle,
      title: c.title,
      parentHandle: c.parentHandle,
      depth: c.depth,
    })),
    build: latest ? await buildStatusOf(tx, latest) : null,
  };
}

export const DEFAULT_PAGE_SIZE = 50;

export interface ProductPage {
  items: ProductSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * A page of products in catalog order. The cursor is the last position seen, written as text so
 * clients treat it as opaque.
 */
export async function listCatalogProducts(
  tx: TenantTx,
  params: {
    brandId: string;
    limit?: number;
    cursor?: string;
    search?: string;
    categoryId?: string;
  },
): Promise<ProductPage> {
  const limit = params.limit ?? DEFAULT_PAGE_SIZE;
  if (!(await findBrand(tx, params.brandId))) throw brandNotFound(params.brandId);
  if (
    params.categoryId !== undefined &&
    !(await hasCategory(tx, { brandId: params.brandId, categoryId: params.categoryId }))
  ) {
    throw new AppError('NOT_FOUND', `Category ${params.categoryId} not found`, {
      userMessage: 'That category does not exist.',
    });
  }
  const afterPosition = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
  const rows = await listProductSummaries(tx, {
    brandId: params.brandId,
    limit: limit + 1,
    ...(afterPosition === undefined ? {} : { afterPosition }),
    ...(params.search ? { search: params.search } : {}),
    ...(params.categoryId === undefined ? {} : { categoryId: params.categoryId }),
  });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? String(last.position) : null };
}

function decodeCursor(cursor: string): number {
  if (!/^\d{1,9}$/.test(cursor)) {
    throw new AppError('INVALID_INPUT', `Bad cursor ${JSON.stringify(cursor.slice(0, 20))}`, {
      userMessage: 'That page link is not valid; start from the first page.',
      fieldErrors: [{ path: 'cursor', message: 'is not a cursor this list gave out' }],
    });
  }
  return Number(cursor);
}

export async function getProduct(
  tx: TenantTx,
  params: { brandId: string; productId: string },
): Promise<ProductDetail> {
  const product = await findProductDetail(tx, params);
  if (!product) {
    throw new AppError('NOT_FOUND', `Product ${params.productId} not found`, {
      userMessage: 'That product does not exist.',
    });
  }
  return product;
}
