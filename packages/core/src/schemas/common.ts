import { z } from 'zod';

/** URL handle: lower-case letters, digits and single hyphens, as Shopify makes them. */
export const handleSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');

export const hexColorSchema = z.string().regex(/^#[0-9a-f]{6}$/, 'must be a #rrggbb colour');

/** Money in minor units (cents) so sums and comparisons are exact. */
export const centsSchema = z.number().int().nonnegative();

export const currencySchema = z.enum(['USD', 'EUR', 'GBP', 'CAD', 'AUD']);
export type Currency = z.infer<typeof currencySchema>;

export const localeSchema = z.enum(['en']);
export type Locale = z.infer<typeof localeSchema>;

/** A seed as the user typed it: any non-empty text up to 64 chars. */
export const seedSchema = z.string().min(1).max(64);
