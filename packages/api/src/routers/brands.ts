import { brandVoiceSchema, paletteSchema, seedSchema, typographySchema } from '@storecraft/core';
import {
  brandParts,
  createBrand,
  getBrandById,
  listBrands,
  regenerateBrand,
  suggestBrandNiches,
  updateBrand,
} from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure, workspaceTaskProcedure } from '../trpc.ts';

const brandId = idOf('brand');

/** One line of brand copy as people type it: trimmed, never empty. */
const line = (max: number) => z.string().trim().min(1).max(max);

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

  /** Edits by hand; the logo is drawn again when name, voice, palette or typography change. */
  update: workspaceProcedure
    .input(
      z.object({
        brandId,
        name: line(80).optional(),
        tagline: line(160).optional(),
        mission: line(600).optional(),
        values: z.array(line(80)).min(3).max(5).optional(),
        voice: brandVoiceSchema.optional(),
        palette: paletteSchema.optional(),
        typography: z
          .object({ heading: line(60), body: line(60) })
          .pipe(typographySchema)
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { brandId: id, ...fields } = input;
      return updateBrand(
        ctx.tx,
        id,
        Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      );
    }),

  /** BrandForge makes one part again: the same brand always gets the same next alternative. */
  regenerate: workspaceProcedure
    .input(z.object({ brandId, part: z.enum(brandParts) }))
    .mutation(({ ctx, input }) => regenerateBrand(ctx.tx, input.brandId, input.part)),

  /** While someone types a niche: niches to pick, and what the matcher makes of the text. */
  suggestNiches: workspaceTaskProcedure
    .input(
      z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(20).optional() }),
    )
    .query(({ input }) => suggestBrandNiches(input.text, input.limit)),
});
