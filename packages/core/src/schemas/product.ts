import { z } from 'zod';
import { centsSchema, handleSchema } from './common.ts';

export const productStatuses = ['active', 'draft', 'archived'] as const;
export const productStatusSchema = z.enum(productStatuses);
export type ProductStatus = z.infer<typeof productStatusSchema>;

export const MAX_PRODUCT_OPTIONS = 3;

export const productOptionSchema = z.object({
  name: z.string().min(1).max(255),
  values: z.array(z.string().min(1).max(255)).min(1),
});
export type ProductOption = z.infer<typeof productOptionSchema>;

/** GTIN-12 (UPC-A) or GTIN-13 (EAN-13) digits; the check digit is verified by `isValidGtin`. */
export const barcodeSchema = z.string().regex(/^(\d{12}|\d{13})$/, 'must be 12 or 13 digits');

export const variantSchema = z.object({
  sku: z.string().min(1).max(64),
  barcode: barcodeSchema,
  /** One value per product option, in the product's option order. */
  optionValues: z.array(z.string().min(1)).max(MAX_PRODUCT_OPTIONS),
  priceCents: centsSchema.positive(),
  compareAtPriceCents: centsSchema.nullable(),
  costCents: centsSchema,
  grams: z.number().int().nonnegative(),
  inventoryQuantity: z.number().int().nonnegative(),
  inventoryPolicy: z.enum(['deny', 'continue']),
  requiresShipping: z.boolean(),
  taxable: z.boolean(),
  /** Position of the image that shows this variant (its colour), if any. */
  imagePosition: z.number().int().positive().nullable(),
});
export type Variant = z.infer<typeof variantSchema>;

export const imageSchema = z.object({
  position: z.number().int().positive(),
  alt: z.string().min(1).max(512),
  /** Which procedural image family draws it (`mug`, `tee`, …). */
  template: z.string().min(1),
  /** Composition for this position: `front`, `angle`, `detail`, `lifestyle`, `flat`. */
  shot: z.string().min(1),
  /** The colour option value it shows, if the product has one. */
  colour: z.string().nullable(),
  /** Relative storage path once rendered (`images/<handle>/<n>.webp`), else null. */
  src: z.string().nullable(),
});
export type Image = z.infer<typeof imageSchema>;

export const productSchema = z
  .object({
    handle: handleSchema,
    title: z.string().min(1).max(255),
    bodyHtml: z.string(),
    vendor: z.string().min(1).max(255),
    productType: z.string().min(1).max(255),
    /** Full Shopify Standard Product Taxonomy path, `A > B > C`. */
    taxonomyPath: z.string().min(1),
    categoryHandle: handleSchema,
    tags: z.array(z.string().min(1).max(255)),
    status: productStatusSchema,
    publishedOnline: z.boolean(),
    seoTitle: z.string().max(70),
    seoDescription: z.string().max(320),
    options: z.array(productOptionSchema).max(MAX_PRODUCT_OPTIONS),
    variants: z.array(variantSchema).min(1),
    images: z.array(imageSchema),
  })
  .superRefine((product, ctx) => {
    const combos = new Set<string>();
    product.variants.forEach((variant, i) => {
      if (variant.optionValues.length !== product.options.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['variants', i, 'optionValues'],
          message: `has ${variant.optionValues.length} values for ${product.options.length} options`,
        });
      }
      const key = variant.optionValues.join('\u0000');
      if (combos.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['variants', i, 'optionValues'],
          message: `repeats the option combination ${variant.optionValues.join(' / ')}`,
        });
      }
      combos.add(key);
    });
  });
export type Product = z.infer<typeof productSchema>;
