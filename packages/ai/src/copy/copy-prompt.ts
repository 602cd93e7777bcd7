import type { BrandVoice } from '@storecraft/core';
import type { ProductCopyInput } from '@storecraft/generator';
import { z } from 'zod';

/**
 * Bumped whenever the messages or the schema change: it is part of the cache key, so a new prompt
 * never replays answers written for an old one.
 */
export const COPY_PROMPT_VERSION = 'copy-v1';

/** What the model is told about a product: the engine's facts and nothing else to go on. */
export interface CopyFacts {
  brand: { name: string; voice: BrandVoice };
  title: string;
  noun: string;
  productType: string;
  category: string;
  /** Colours the shopper picks from (empty when colour is not an option). */
  colours: string[];
  /** Claims the engine stands behind; the only features the copy may mention. */
  features: string[];
  /** Spec rows, one per fact dimension: the table printed under the copy. */
  facts: { label: string; value: string }[];
  care: string[];
}

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/**
 * The answer asks for prose only: no field for a material, a size or a price, so the model has
 * nowhere to put a fact of its own. The spec table is rendered from the engine's facts.
 */
export const copyJsonSchema = {
  name: 'product_copy',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['opening', 'paragraphs', 'highlights', 'seoDescription'],
    properties: {
      opening: { type: 'string', description: 'One or two sentences naming the product.' },
      paragraphs: {
        type: 'array',
        items: { type: 'string' },
        description: 'Zero to two short paragraphs of plain text.',
      },
      highlights: {
        type: 'array',
        items: { type: 'string' },
        description: 'Three to five short bullet points, each from the given features.',
      },
      seoDescription: { type: 'string', description: 'Plain text, 70 to 160 characters.' },
    },
  },
} as const;

const plain = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Prose only: markup or markdown would be escaped into visible noise.
    .refine((s) => !/[<>]|\*\*|^#/.test(s), 'must be plain text (no HTML or markdown)');

/** The schema check every answer passes before the consistency checker sees it. */
export const copyAnswerSchema = z.object({
  opening: plain(400),
  paragraphs: z.array(plain(700)).max(3),
  highlights: z.array(plain(160)).max(6),
  seoDescription: plain(320),
});
export type CopyAnswer = z.infer<typeof copyAnswerSchema>;

const VOICES: Readonly<Record<BrandVoice, string>> = {
  playful: 'playful and warm, light humour, short sentences',
  premium: 'calm, assured and refined; no exclamation marks',
  technical: 'precise and matter-of-fact; lead with what the product does',
  earthy: 'grounded and warm; care for materials and the outdoors',
  minimal: 'spare and quiet; few adjectives, short sentences',
  bold: 'confident and energetic; strong verbs',
};

/** The facts of one product, as sent to the model. */
export function copyFactsOf(input: ProductCopyInput): CopyFacts {
  return {
    brand: { name: input.brand.name, voice: input.brand.voice },
    title: input.title,
    noun: input.noun,
    productType: input.archetype.productType,
    category: input.archetype.taxonomyPath.split('>').pop()?.trim() ?? input.archetype.productType,
    colours: [...input.colours],
    features: [...input.features],
    facts: input.facts.map((f) => ({ label: f.label, value: f.value })),
    care: [...input.care],
  };
}

const FACTS_MARKER = 'Product data (JSON):';

/**
 * System and user messages for one product. `feedback` carries the checker's objections to a
 * previous answer, so the second attempt knows what to avoid.
 */
export function buildCopyMessages(
  facts: CopyFacts,
  feedback: readonly string[] = [],
): ChatMessage[] {
  const system = [
    `You write product descriptions for the online shop "${facts.brand.name}".`,
    `Voice: ${VOICES[facts.brand.voice]}.`,
    'Rules:',
    '- Use only the product data you are given. Never state a material, size, capacity, weight, dimension, origin, certification, price or claim that is not in it.',
    '- Do not repeat the spec table: it is printed under your text. Mention at most two facts in prose, with the exact wording given.',
    '- Highlights come from the listed features only, reworded at most lightly.',
    '- Plain text only: no HTML, no markdown, no emoji.',
    '- Answer with JSON matching the schema.',
  ].join('\n');
  const user = [
    `Write the listing copy for this product. ${FACTS_MARKER}`,
    JSON.stringify(facts),
    ...(feedback.length > 0
      ? [
          'Your previous answer contradicted the product data. Fix these problems:',
          ...feedback.map((f) => `- ${f}`),
        ]
      : []),
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** The facts inside a copy request (the fake server answers from them). */
export function readCopyFacts(messages: readonly ChatMessage[]): CopyFacts | undefined {
  for (const message of messages) {
    if (message.role !== 'user') continue;
    const at = message.content.indexOf(FACTS_MARKER);
    if (at < 0) continue;
    const line =
      message.content
        .slice(at + FACTS_MARKER.length)
        .trimStart()
        .split('\n')[0] ?? '';
    try {
      return JSON.parse(line) as CopyFacts;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
