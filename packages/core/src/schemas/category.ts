import { z } from 'zod';
import { handleSchema } from './common.ts';

export const MAX_CATEGORY_DEPTH = 3;

export const categorySchema = z.object({
  handle: handleSchema,
  title: z.string().min(1).max(120),
  parentHandle: handleSchema.nullable(),
  depth: z.number().int().min(1).max(MAX_CATEGORY_DEPTH),
  /** Full Shopify taxonomy path of the products it holds, when they share one. */
  taxonomyPath: z.string().nullable(),
  description: z.string().max(1000),
  position: z.number().int().nonnegative(),
});
export type Category = z.infer<typeof categorySchema>;
