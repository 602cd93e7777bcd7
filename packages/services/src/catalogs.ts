import { AppError, exportFormatSchema } from '@storecraft/core';
import {
  countCatalog,
  countGenerationJobs,
  deleteBrandCatalog,
  cancelImageJobsOfBrand,
  deleteGenerationJobsOfBrand,
  findGenerationJob,
  findGenerationJobPayload,
  listExportJobs,
  listWorkspaceCatalogJobs,
  findBrand,
  findProductDetail,
  hasCategory,
  insertCategories,
  listCatalogJobs,
  listCategories,
  listProductSummaries,
  setGenerationJobAiUsage,
  withWorkspace,
  type CatalogCounts,
  type Database,
  type GenerationJobRecord,
  type JobKindCounts,
  type ProductDetail,
  type ProductSummary,
  type TenantTx,
} from '@storecraft/db';
import {
  MAX_PRODUCTS,
  planCatalog,
  type CatalogPlan,
  type ProductCopy,
} from '@storecraft/generator';
import type { RenderPool } from '@storecraft/images';
import { defineJob, type JobContext, type JobDefinition, type JobQueue } from '@storecraft/jobs';
import type { FileStorage } from '@storecraft/storage';
import { z } from 'zod';
import { brandNotFound } from './brands.ts';
import {
  buildAiRecord,
  buildAiStatusOf,
  buildPictureSource,
  type BuildAiStatus,
  type CatalogBuildAi,
} from './build-ai.ts';
import { exportJob, type ExportJobPayload } from './export-job.ts';
import { writeExport, type ExportSummary } from './exports.ts';
import type { ImageJobPayload } from './image-spec.ts';
import { renderImageJob } from './render-image-job.ts';
import { persistProductBatch, productBatches, type BatchShowcase } from './persist-batch.ts';

/**
 * CatalogSvc for the platform: a catalog build is a `catalog` job on an existing brand (made by
 * BrandForge), worked by the queue like image jobs, so the API answers at once with a job id.
 * The build follows `generateCatalog`: plan (pure), persist in batches, enqueue one image job per
 * planned image.
 */

/** The import files a build can write once its rows are in (thumbnails wait for the images). */
export const buildExportFormatSchema = exportFormatSchema.exclude(['thumbnails']);
export type BuildExportFormat = z.infer<typeof buildExportFormatSchema>;

export const catalogJobPayloadSchema = z.object({
  size: z.number().int().min(1).max(MAX_PRODUCTS),
  /** Render pictures: one image job per planned image. Off, the catalog has no image jobs. */
  images: z.boolean().default(true),
  /** Import files to write when the catalog rows are done. */
  formats: z.array(buildExportFormatSchema).max(4).default([]),
  /**
   * With an AI provider configured: AI copy and pictures for the first N products, procedural for
   * the rest. Absent: all of them, as `storecraft generate` does.
   */
  aiProducts: z.number().int().min(0).max(MAX_PRODUCTS).optional(),
});
export type CatalogJobPayload = z.infer<typeof catalogJobPayloadSchema>;

/** The job definitions a worker runs, built once by the composition root. */
export interface GenerationJobs {
  catalog: JobDefinition<CatalogJobPayload>;
  image: JobDefinition<ImageJobPayload>;
  /** Exports asked for from the download centre or the API (a build writes its own). */
  export: JobDefinition<ExportJobPayload>;
}

export function createGenerationJobs(deps: {
  db: Database;
  storage: FileStorage;
  queue: JobQueue;
  renderer: Pick<RenderPool, 'render'> & Partial<Pick<RenderPool, 'encode'>>;
  /** The configured AI provider (`openBuildAi`); without it builds are procedural. */
  ai?: CatalogBuildAi;
}): GenerationJobs {
  const { ai, ...rest } = deps;
  const pictures = ai?.pictures
    ? buildPictureSource({ db: deps.db, pictures: ai.pictures })
    : undefined;
  const image = renderImageJob({ ...rest, ...(pictures ? { pictures } : {}) });
  return {
    image,
    catalog: catalogBuildJob({ ...rest, imageJob: image, ...(ai ? { ai } : {}) }),
    export: exportJob(rest),
  };
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
  /** The configured AI provider: AI copy here, and the showcase's pictures in the image jobs. */
  ai?: CatalogBuildAi;
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
        await setGenerationJobAiUsage(tx, ctx.jobId, null);
        return found;
      });
      await deps.storage.deleteAll(`images/${brandId}/`);
      const { id: _id, workspaceId: _ws, ...stored } = brand;
      // The stored brand (renamed or restyled since BrandForge made it) is the vendor of record.
      const plan = {
        ...planCatalog({ niche: brand.niche, size: payload.size, seed: brand.seed }),
        brand: stored,
      };
      const categoryIds = await withWorkspace(deps.db, workspaceId, (tx) =>
        insertCategories(tx, { workspaceId, brandId, categories: plan.categories }),
      );
      const formats = [...new Set(payload.formats)];
      const batches = productBatches(plan.size);
      const showcaseSize = deps.ai ? Math.min(plan.size, payload.aiProducts ?? plan.size) : 0;
      const copying = deps.ai?.copy !== undefined && showcaseSize > 0;
      // Progress counts steps: the AI copy, each batch of rows, then each export.
      const steps = (copying ? 1 : 0) + batches.length + formats.length;
      let showcase: BatchShowcase = {};
      if (deps.ai && showcaseSize > 0) {
        const written = await writeShowcase(deps.db, deps.ai, ctx, {
          plan,
          niche: brand.niche,
          showcase: showcaseSize,
          images: payload.images,
          steps,
        });
        if (!written) return;
        showcase = written;
      }
      const done = copying ? 1 : 0;
      const imageDeps = payload.images ? deps : { db: deps.db };
      for (const [i, batch] of batches.entries()) {
        ctx.signal.throwIfAborted();
        await persistProductBatch(
          imageDeps,
          { plan, workspaceId, brandId, categoryIds },
          batch,
          showcase,
        );
        // Checked after enqueueing, so image jobs enqueued while a cancel committed are caught.
        if (await wasCancelled(deps.db, workspaceId, brandId, ctx.jobId)) return;
        await ctx.progress((done + i + 1) / steps);
      }
      // The import files list the pictures, so they wait for the build's image jobs to settle.
      if (payload.images && formats.length > 0) {
        await waitForPictures(deps.db, workspaceId, brandId, ctx.signal);
        if (await wasCancelled(deps.db, workspaceId, brandId, ctx.jobId)) return;
      }
      const failed: string[] = [];
      for (const [i, format] of formats.entries()) {
        ctx.signal.throwIfAborted();
        // An export that fails is recorded as failed; the others are still written.
        await writeExport(deps, workspaceId, { brandId, format }).catch(() => failed.push(format));
        if (await wasCancelled(deps.db, workspaceId, brandId, ctx.jobId)) return;
        await ctx.progress((done + batches.length + i + 1) / steps);
      }
      if (failed.length > 0) {
        throw new AppError('INTERNAL', `Exports failed: ${failed.join(', ')}`, {
          userMessage: `The ${failed.join(', ')} export failed; retry the build.`,
        });
      }
    },
  });
}

/** How often a build checks for a cancel while the AI writes copy. */
const CANCEL_CHECK_MS = 1_000;

/**
 * The AI showcase of a build: moderates the niche, writes the first products' copy (the brand as
 * people reviewed it stays) and records what it did and cost on the build's row before any image
 * job is enqueued, so the image jobs count the copy against `AI_MAX_COST_USD`. A flagged niche
 * builds the catalog procedurally, recorded; a cancel during the copy answers undefined.
 */
async function writeShowcase(
  db: Database,
  ai: CatalogBuildAi,
  ctx: JobContext,
  params: { plan: CatalogPlan; niche: string; showcase: number; images: boolean; steps: number },
): Promise<BatchShowcase | undefined> {
  const { workspaceId, brandId, jobId } = ctx;
  const record = (value: ReturnType<typeof buildAiRecord>) =>
    withWorkspace(db, workspaceId, (tx) => setGenerationJobAiUsage(tx, jobId, value));
  const pictures =
    params.images && ai.pictures
      ? { count: params.showcase, briefOf: ai.pictures.briefOf.bind(ai.pictures) }
      : undefined;
  if (!ai.copy) {
    await record(buildAiRecord(ai, { showcase: params.showcase, images: params.images }));
    return pictures ? { pictures } : {};
  }
  let notes: string[];
  try {
    notes = await ai.copy.moderateInput('niche', [params.niche]);
  } catch (error) {
    if (!(AppError.is(error) && error.code === 'INVALID_INPUT')) throw error;
    // The platform finishes the catalog offline rather than fail a build people cannot change.
    await record(
      buildAiRecord(ai, {
        showcase: 0,
        images: params.images,
        skipped: error.userMessage ?? error.message,
      }),
    );
    return {};
  }
  const cancelled = new AbortController();
  const watch = setInterval(() => {
    void wasCancelled(db, workspaceId, brandId, jobId).then(
      (yes) => yes && cancelled.abort(new Error('Cancelled')),
      () => undefined,
    );
  }, CANCEL_CHECK_MS);
  // Progress of the copy step, in order and at most every half second (each is a row update).
  let reported = 0;
  let progress: Promise<void> = Promise.resolve();
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (now - reported < 500 && done < total) return;
    reported = now;
    progress = progress
      .then(() => ctx.progress(done / total / params.steps))
      .catch(() => undefined);
  };
  // Recorded at once, so the build's status says AI is writing before the copy is in.
  await record(buildAiRecord(ai, { showcase: params.showcase, images: params.images, notes }));
  let copies: ReadonlyMap<number, ProductCopy>;
  try {
    const written = await ai.copy.writeCatalog(params.plan, {
      count: params.showcase,
      brandText: false,
      signal: AbortSignal.any([ctx.signal, cancelled.signal]),
      onProgress,
    });
    copies = written.copies;
    await record(
      buildAiRecord(ai, {
        showcase: params.showcase,
        images: params.images,
        notes,
        copy: written.summary,
      }),
    );
  } catch (error) {
    if (cancelled.signal.aborted && !ctx.signal.aborted) return undefined;
    throw error;
  } finally {
    clearInterval(watch);
    await progress;
  }
  return { copies, ...(pictures ? { pictures } : {}) };
}

/** How long a build's exports wait for its pictures before writing what is rendered by then. */
const PICTURES_WAIT_MS = 10 * 60_000;

/**
 * Polls until none of the brand's image jobs is pending or running. Bounded: a worker with a
 * single slot (busy with this very build) cannot render them, and the exports must not wait for
 * ever; a re-export from the download centre picks up pictures that finish later.
 */
async function waitForPictures(
  db: Database,
  workspaceId: string,
  brandId: string,
  signal: AbortSignal,
): Promise<void> {
  const until = Date.now() + PICTURES_WAIT_MS;
  while (Date.now() < until) {
    signal.throwIfAborted();
    const counts = await withWorkspace(db, workspaceId, (tx) =>
      countGenerationJobs(tx, { brandId, kind: 'image' }),
    );
    if (counts.pending + counts.running === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
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

/**
 * Starts a build of `size` products for the brand and answers with the job id. One build at a
 * time per brand: a second one while the first is unfinished is a CONFLICT.
 */
export async function startCatalogBuild(
  deps: { db: Database; queue: JobQueue; jobs: Pick<GenerationJobs, 'catalog'> },
  workspaceId: string,
  input: {
    brandId: string;
    size: number;
    images?: boolean;
    formats?: BuildExportFormat[];
    /** AI copy and pictures for the first N products (default: all), when AI is configured. */
    aiProducts?: number;
  },
): Promise<{ jobId: string }> {
  if (input.aiProducts !== undefined && input.aiProducts > input.size) {
    throw new AppError(
      'INVALID_INPUT',
      `aiProducts (${input.aiProducts}) is more than the build's ${input.size} products`,
      {
        userMessage: 'The AI showcase cannot have more products than the catalog.',
        fieldErrors: [{ path: 'aiProducts', message: `must be at most ${input.size}` }],
      },
    );
  }
  const payload: CatalogJobPayload = {
    size: input.size,
    images: input.images ?? true,
    formats: [...new Set(input.formats ?? [])],
    ...(input.aiProducts === undefined ? {} : { aiProducts: input.aiProducts }),
  };
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

/** One import file a build writes, as its progress shows it. */
export interface BuildExport {
  format: BuildExportFormat;
  /** `pending` until the build gets to it. */
  status: ExportSummary['status'] | 'pending';
  exportId: string | null;
  rowCount: number | null;
  lastError: string | null;
}

/** A catalog build as people see it: the build job, and the work it started. */
export interface BuildStatus {
  jobId: string;
  brandId: string;
  status: GenerationJobRecord['status'];
  progress: number;
  lastError: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** What was asked for: products, pictures on or off, import files. */
  size: number;
  withImages: boolean;
  formats: BuildExportFormat[];
  /** Product rows written so far, of `size`. */
  rows: number;
  images: JobKindCounts;
  exports: BuildExport[];
  /** The build job is done and no image job is pending or running. */
  isComplete: boolean;
  /** What the AI provider did (copy, pictures, tokens, cost); null when the build asked none. */
  ai: BuildAiStatus | null;
}

export async function buildStatusOf(tx: TenantTx, job: GenerationJobRecord): Promise<BuildStatus> {
  // In turn: the transaction is one connection.
  const parsed = catalogJobPayloadSchema.safeParse(await findGenerationJobPayload(tx, job.id));
  const payload: CatalogJobPayload = parsed.success
    ? parsed.data
    : { size: 0, images: true, formats: [] };
  // Image jobs and exports of this build: those created since its latest attempt started.
  const since = job.startedAt ?? job.createdAt;
  const images = await countGenerationJobs(tx, {
    brandId: job.brandId,
    kind: 'image',
    ...(job.startedAt ? { since: job.startedAt } : {}),
  });
  const counts = await countCatalog(tx, job.brandId);
  const written = job.startedAt
    ? (await listExportJobs(tx, job.brandId)).filter((e) => e.createdAt >= since)
    : [];
  const exports = payload.formats.map((format): BuildExport => {
    // Newest first: the latest export of the format is this build's.
    const found = written.find((e) => e.format === format);
    return {
      format,
      status: found?.status ?? 'pending',
      exportId: found?.id ?? null,
      rowCount: found?.rowCount ?? null,
      lastError: found?.lastError ?? null,
    };
  });
  return {
    jobId: job.id,
    brandId: job.brandId,
    status: job.status,
    progress: job.progress,
    lastError: job.lastError,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    size: payload.size,
    withImages: payload.images,
    formats: payload.formats,
    rows: counts.products,
    images,
    exports,
    isComplete: job.status === 'done' && images.pending + images.running === 0,
    ai: await buildAiStatusOf(tx, job),
  };
}

/** A catalog build in the workspace's list, with its brand's name. */
export interface BuildListItem extends BuildStatus {
  brandName: string;
}

/** The workspace's builds, unfinished first, then newest first. */
export async function listBuilds(
  tx: TenantTx,
  params: { limit: number },
): Promise<BuildListItem[]> {
  const jobs = await listWorkspaceCatalogJobs(tx, { limit: params.limit });
  const names = new Map<string, string>();
  const items: BuildListItem[] = [];
  for (const job of jobs) {
    if (!names.has(job.brandId)) {
      names.set(job.brandId, (await findBrand(tx, job.brandId))?.name ?? 'Deleted brand');
    }
    items.push({ ...(await buildStatusOf(tx, job)), brandName: names.get(job.brandId) ?? '' });
  }
  return items;
}

/** A brand's builds, newest first. */
export async function listBrandBuilds(
  tx: TenantTx,
  params: { brandId: string; limit: number },
): Promise<BuildStatus[]> {
  if (!(await findBrand(tx, params.brandId))) throw brandNotFound(params.brandId);
  const statuses: BuildStatus[] = [];
  for (const job of await listCatalogJobs(tx, params.brandId, params.limit)) {
    statuses.push(await buildStatusOf(tx, job));
  }
  return statuses;
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
  // The brand is looked up only when the page is empty: a page of products proves it exists (and
  // is this workspace's: row-level security), and this list is the API's busiest read.
  if (rows.length === 0 && !(await findBrand(tx, params.brandId))) {
    throw brandNotFound(params.brandId);
  }
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
