import { brandVoiceSchema, paletteSchema, seedSchema } from '@storecraft/core';
import { createBrand, getBrandById, listBrands, updateBrand } from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure } from '../trpc.ts';

const brandId = idOf('brand');

export const brandsRouter = router({
  /** BrandForge: name, voice, palette, logo… forged from a niche. */
  create: workspaceProcedure
    .input(
      z.object({
        niche: z.string().trim().min(1).max(200),
        seed: seedSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createBrand(ctx.tx, ctx.workspace.id, {
        niche: input.niche,
        ...(input.seed === undefined ? {} : { seed: input.seed }),
      }),
    ),

  list: workspaceProcedure
    .input(
      z.object({
        limit: z.number().int().min(1).max(100).default(50),
        cursor: brandId.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const items = await listBrands(ctx.tx, {
        limit: input.limit,
        ...(input.cursor === undefined ? {} : { cursor: input.cursor }),
      });
      const last = items[items.length - 1];
      return { items, nextCursor: items.length === input.limit && last ? last.id : null };
    }),

  get: workspaceProcedure
    .input(z.object({ brandId }))
    .query(({ ctx, input }) => getBrandById(ctx.tx, input.brandId)),

  update: workspaceProcedure
    .input(
      z.object({
        brandId,
        name: z.string().trim().min(1).max(80).optional(),
        voice: brandVoiceSchema.optional(),
        palette: paletteSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { brandId: id, name, voice, palette } = input;
      return updateBrand(ctx.tx, id, {
        ...(name === undefined ? {} : { name }),
        ...(voice === undefined ? {} : { voice }),
        ...(palette === undefined ? {} : { palette }),
      });
    }),
});
