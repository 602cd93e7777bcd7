import { paletteSchema, type Palette } from '@storecraft/core';
import type { ProductPlan } from '@storecraft/generator';
import { z } from 'zod';

/** Part of the image cache key: a new prompt never replays pictures drawn for an old one. */
export const IMAGE_PROMPT_VERSION = 'image-v1';

/** What a picture may show: the engine's facts about the product and the brand's art direction. */
export interface ProductImageBrief {
  title: string;
  noun: string;
  productType: string;
  /** The variant colour this picture shows, when colour is an option. */
  colour: string | null;
  /** Material and other visible facts, from the spec table. */
  facts: { label: string; value: string }[];
  shot: string;
  brand: { name: string; palette: Palette };
  /** Per picture, from the catalog seed (Replicate takes it; gpt-image has none, the cache keeps it). */
  seed: number;
}

/**
 * A brief as a queued image job carries it (JSON in the job's payload): checked when a worker
 * takes it, since the payload was written by another process, possibly an older version.
 */
export const productImageBriefSchema: z.ZodType<ProductImageBrief> = z.object({
  title: z.string().min(1),
  noun: z.string().min(1),
  productType: z.string().min(1),
  colour: z.string().nullable(),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  shot: z.string().min(1),
  brand: z.object({ name: z.string(), palette: paletteSchema }),
  seed: z.number().int().nonnegative(),
});

/** Facts a camera can see; the rest (grind, origin, capacity) would only tempt the model to draw text. */
const VISIBLE = /^(material|finish|colou?r|fabric|pattern|style|shape|fit|length|texture)$/i;

const FRAMING: Readonly<Record<string, string>> = {
  front: 'straight-on front view, centred, the whole product in frame',
  angle: 'three-quarter view from slightly above, the whole product in frame',
  detail: 'close-up of the material and finish',
  lifestyle: 'in a simple, uncluttered setting where it is used, no faces',
  flat: 'flat lay seen from directly above',
};

/** The brief for picture `position` of a planned product (positions count from 1). */
export function imageBriefOf(productPlan: ProductPlan, position: number): ProductImageBrief {
  const { product, copyInput } = productPlan;
  const image = product.images.find((i) => i.position === position);
  return {
    title: product.title,
    noun: copyInput.noun,
    productType: product.productType,
    colour: image?.colour ?? null,
    facts: copyInput.facts
      .filter((f) => VISIBLE.test(f.label))
      .map((f) => ({ label: f.label, value: f.value })),
    shot: image?.shot ?? 'front',
    brand: { name: copyInput.brand.name, palette: copyInput.brand.palette },
    seed: (copyInput.seed ^ Math.imul(position, 0x9e3779b1)) >>> 0,
  };
}

/**
 * A studio-shot prompt: the product as the facts describe it, on the brand's backdrop colour, in
 * soft light, framed for the shot; no text or logos (models misspell them, and the brand's name on
 * a product it does not make is a claim).
 */
export function buildImagePrompt(brief: ProductImageBrief): string {
  const colour = brief.colour ? ` in ${brief.colour.toLowerCase()}` : '';
  const facts = brief.facts.map((f) => `${f.label.toLowerCase()}: ${f.value}`).join('; ');
  return [
    `Product photograph of a ${brief.productType.toLowerCase()} (${brief.noun})${colour}, "${brief.title}".`,
    facts ? `Visible details: ${facts}.` : '',
    `Framing: ${FRAMING[brief.shot] ?? FRAMING.front}.`,
    `Seamless studio backdrop in ${brief.brand.palette.background}, accents in ${brief.brand.palette.accent}; soft diffused light, gentle shadow.`,
    'Photorealistic e-commerce catalog style. No text, no logos, no labels, no watermark, no people.',
  ]
    .filter((line) => line !== '')
    .join(' ');
}
