import { exportFormatSchema } from '@storecraft/core';
import { createExport, exportDownloadUrl, getExport, listExports } from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure, workspaceTaskProcedure } from '../trpc.ts';

const brandId = idOf('brand');
const exportId = idOf('exportJob');

export const exportsRouter = router({
  /**
   * Queues the export; answers at once with the export (`pending`) and the job writing it, whose
   * progress `/api/jobs/:jobId/events` streams. `get` or `list` show it `done` with its file.
   */
  create: workspaceTaskProcedure
    .input(
      z.object({
        brandId,
        format: exportFormatSchema,
        /** Where the images will be hosted; image cells become `URL/images/…`. */
        imageBaseUrl: z
          .url({ protocol: /^https?$/ })
          .max(500)
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createExport({ ...ctx.deps, exportJob: ctx.deps.jobs.export }, ctx.workspace.id, {
        brandId: input.brandId,
        format: input.format,
        ...(input.imageBaseUrl === undefined ? {} : { imageBaseUrl: input.imageBaseUrl }),
      }),
    ),

  list: workspaceProcedure
    .input(z.object({ brandId }))
    .query(({ ctx, input }) => listExports(ctx.tx, ctx.deps.storage, input.brandId)),

  get: workspaceProcedure
    .input(z.object({ exportId }))
    .query(({ ctx, input }) => getExport(ctx.tx, ctx.deps.storage, input.exportId)),

  /** A link that downloads the file for 24 h, minted for members only. */
  downloadUrl: workspaceProcedure
    .input(z.object({ exportId }))
    .query(({ ctx, input }) => exportDownloadUrl(ctx.tx, ctx.deps.storage, input.exportId)),
});
