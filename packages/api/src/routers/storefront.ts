import {
  getStorefrontHome,
  getStorefrontProduct,
  listStorefrontProducts,
} from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure } from '../trpc.ts';

const brandId = idOf('brand');

/** Cards per storefront collection page: four rows of a four-column grid. */
export const STOREFRONT_PAGE_SIZE = 24;

/**
 * The storefront preview: pages of a brand's generated shop with signed image URLs, for members
 * of the workspace only.
 */
export const storefrontRouter = router({
  home: workspaceProcedure
    .input(z.object({ brandId }))
    .query(({ ctx, input }) =>
      getStorefrontHome(ctx.tx, { storage: ctx.deps.storage }, { brandId: input.brandId }),
    ),

  /** A collection (or, without `categoryId`, every product), searched by title, page by page. */
  products: workspaceProcedure
    .input(
      z.object({
        brandId,
        categoryId: idOf('category').optional(),
        search: z.string().trim().max(200).optional(),
        cursor: z.string().max(20).optional(),
        limit: z.number().int().min(1).max(60).default(STOREFRONT_PAGE_SIZE),
      }),
    )
    .query(({ ctx, input }) =>
      listStorefrontProducts(
        ctx.tx,
        { storage: ctx.deps.storage },
        {
          brandId: input.brandId,
          limit: input.limit,
          ...(input.categoryId === undefined ? {} : { categoryId: input.categoryId }),
          ...(input.search ? { search: input.search } : {}),
          ...(input.cursor === undefined ? {} : { cursor: input.cursor }),
        },
      ),
    ),

  product: workspaceProcedure
    .input(z.object({ brandId, productId: idOf('product') }))
    .query(({ ctx, input }) => getStorefrontProduct(ctx.tx, { storage: ctx.deps.storage }, input)),
});
