import {
  DEFAULT_PAGE_SIZE,
  getCatalog,
  getProduct,
  listCatalogProducts,
  startCatalogBuild,
} from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure, workspaceTaskProcedure } from '../trpc.ts';

const brandId = idOf('brand');

/** Largest build the API starts; the CLI's local path goes to 200,000. */
export const MAX_API_PRODUCTS = 50_000;

export const catalogsRouter = router({
  /** Starts a build of the brand's catalog; answers with the job id to follow. */
  build: workspaceTaskProcedure
    .input(z.object({ brandId, products: z.number().int().min(1).max(MAX_API_PRODUCTS) }))
    .mutation(({ ctx, input }) =>
      startCatalogBuild(ctx.deps, ctx.workspace.id, {
        brandId: input.brandId,
        size: input.products,
      }),
    ),

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
