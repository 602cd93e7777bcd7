import {
  CATALOG_TABLE_CURSOR,
  CATALOG_TABLE_MAX_PAGE,
  CATALOG_TABLE_PAGE,
  listCatalogTableRows,
} from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure } from '../trpc.ts';

export const catalogTableRouter = router({
  /** Every variant of the brand as a table row, in catalog order, a page at a time. */
  rows: workspaceProcedure
    .input(
      z.object({
        brandId: idOf('brand'),
        limit: z.number().int().min(1).max(CATALOG_TABLE_MAX_PAGE).default(CATALOG_TABLE_PAGE),
        cursor: z.string().regex(CATALOG_TABLE_CURSOR, 'is not a catalog table cursor').optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listCatalogTableRows(ctx.tx, {
        brandId: input.brandId,
        limit: input.limit,
        ...(input.cursor === undefined ? {} : { cursor: input.cursor }),
      }),
    ),
});
