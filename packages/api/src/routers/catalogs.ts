import {
  buildExportFormatSchema,
  DEFAULT_PAGE_SIZE,
  getCatalog,
  getProduct,
  listBrandBuilds,
  listCatalogProducts,
  startCatalogBuild,
} from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure, workspaceTaskProcedure } from '../trpc.ts';

const brandId = idOf('brand');

/** Largest build the API starts; the CLI's local path goes to 200,000. */
export const MAX_API_PRODUCTS = 50_000;

/** What a new build starts with when people do not choose. */
export const DEFAULT_BUILD_PRODUCTS = 24;

export const catalogsRouter = router({
  /**
   * The bounds of `build`, for forms that ask for a product count, and which AI provider builds
   * use (`null`: procedural only, so `aiProducts` changes nothing). Only the provider's name: the
   * keys and endpoints stay on the server.
   */
  limits: workspaceTaskProcedure.query(({ ctx }) => {
    const { provider } = ctx.deps.config.ai;
    return {
      minProducts: 1,
      maxProducts: MAX_API_PRODUCTS,
      defaultProducts: DEFAULT_BUILD_PRODUCTS,
      ai: provider === 'procedural' ? null : { provider },
    };
  }),

  /**
   * Starts a build of the brand's catalog; answers with the job id to follow. `images: false`
   * skips the pictures; `formats` are the import files written once the rows are in. With an AI
   * provider configured, `aiProducts` limits AI copy and pictures to the first N products
   * (default: all, as `storecraft generate --ai-products`); the rest are procedural.
   */
  build: workspaceTaskProcedure
    .input(
      z
        .object({
          brandId,
          products: z.number().int().min(1).max(MAX_API_PRODUCTS),
          images: z.boolean().default(true),
          formats: z.array(buildExportFormatSchema).max(4).default([]),
          aiProducts: z.number().int().min(0).max(MAX_API_PRODUCTS).optional(),
        })
        .refine((input) => input.aiProducts === undefined || input.aiProducts <= input.products, {
          path: ['aiProducts'],
          message: 'must be at most the number of products',
        }),
    )
    .mutation(({ ctx, input }) =>
      startCatalogBuild(ctx.deps, ctx.workspace.id, {
        brandId: input.brandId,
        size: input.products,
        images: input.images,
        formats: input.formats,
        ...(input.aiProducts === undefined ? {} : { aiProducts: input.aiProducts }),
      }),
    ),

  /** The brand's builds, newest first. */
  builds: workspaceProcedure
    .input(z.object({ brandId, limit: z.number().int().min(1).max(50).default(10) }))
    .query(({ ctx, input }) => listBrandBuilds(ctx.tx, input)),

  get: workspaceProcedure
    .input(z.object({ brandId }))
    .query(({ ctx, input }) => getCatalog(ctx.tx, input.brandId)),

  products: workspaceProcedure
    .input(
      z.object({
        brandId,
        limit: z.number().int().min(1).max(200).default(DEFAULT_PAGE_SIZE),
        cursor: z.string().max(20).optional(),
        search: z.string().trim().max(200).optional(),
        categoryId: idOf('category').optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listCatalogProducts(ctx.tx, {
        brandId: input.brandId,
        limit: input.limit,
        ...(input.cursor === undefined ? {} : { cursor: input.cursor }),
        ...(input.search ? { search: input.search } : {}),
        ...(input.categoryId === undefined ? {} : { categoryId: input.categoryId }),
      }),
    ),

  product: workspaceProcedure
    .input(z.object({ brandId, productId: idOf('product') }))
    .query(({ ctx, input }) => getProduct(ctx.tx, input)),
});
