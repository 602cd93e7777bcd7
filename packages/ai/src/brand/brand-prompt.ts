import type { Brand } from '@storecraft/core';
import { z } from 'zod';
import type { ChatMessage } from '../copy/copy-prompt.ts';

export const BRAND_PROMPT_VERSION = 'brand-v1';

/** What the model knows of the brand: the engine's name, voice and niche, and what it sells. */
export interface BrandFacts {
  name: string;
  voice: Brand['voice'];
  niche: string;
  /** Kinds of product the catalog sells (`Whole bean coffee`, `Teapot`). */
  sells: string[];
}

/** Prose only: the name, voice, palette and logo stay the engine's. */
export const brandJsonSchema = {
  name: 'brand_text',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tagline', 'mission', 'values'],
    properties: {
      tagline: { type: 'string', description: 'Under 80 characters.' },
      mission: { type: 'string', description: 'Two or three sentences.' },
      values: {
        type: 'array',
        items: { type: 'string' },
        description: 'Three to five, a few words each.',
      },
    },
  },
} as const;

const plain = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !/[<>]|\*\*|^#/.test(s), 'must be plain text (no HTML or markdown)');

export const brandAnswerSchema = z.object({
  tagline: plain(8, 160),
  mission: plain(40, 600),
  values: z.array(plain(2, 60)).min(3).max(5),
});
export type BrandAnswer = z.infer<typeof brandAnswerSchema>;

/**
 * Claims a made-up brand cannot back: figures (a founding year, "100 %"), history and awards,
 * certifications. The engine knows none of them, so the text may not state them.
 */
const UNBACKED =
  /\d|\b(since|founded|established|award[- ]?winning|certified|certification|patented|no\. ?1)\b/i;

/** The claims in an answer that nothing backs, as checker-style messages. */
export function unbackedClaims(answer: BrandAnswer): string[] {
  return [answer.tagline, answer.mission, ...answer.values]
    .map((text) => UNBACKED.exec(text)?.[0])
    .filter((hit): hit is string => hit !== undefined)
    .map((hit) => `brand text states "${hit}", a figure, history or certification nothing backs`);
}

const MARKER = 'Brand data (JSON):';

export function buildBrandMessages(
  facts: BrandFacts,
  feedback: readonly string[] = [],
): ChatMessage[] {
  return [
    {
      role: 'system',
      content: [
        'You write the brand identity text for a new online shop.',
        'Rules:',
        '- Keep the given name; do not invent a history, a founding year, figures, awards or certifications.',
        '- Plain text only: no HTML, no markdown, no emoji.',
        '- Answer with JSON matching the schema.',
      ].join('\n'),
    },
    {
      role: 'user',
      content: [
        `Write a tagline, a mission and three to five values. ${MARKER}`,
        JSON.stringify(facts),
        ...(feedback.length > 0
          ? ['Fix these problems in your previous answer:', ...feedback.map((f) => `- ${f}`)]
          : []),
      ].join('\n'),
    },
  ];
}

export function readBrandFacts(messages: readonly ChatMessage[]): BrandFacts | undefined {
  for (const message of messages) {
    const at = message.role === 'user' ? message.content.indexOf(MARKER) : -1;
    if (at < 0) continue;
    try {
      return JSON.parse(
        message.content
          .slice(at + MARKER.length)
          .trimStart()
          .split('\n')[0] ?? '',
      ) as BrandFacts;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
