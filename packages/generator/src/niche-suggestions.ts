import { AppError } from '@storecraft/core';
import { verticals as allVerticals, type Vertical } from './knowledge/index.ts';
import { matchNiche } from './niche.ts';
import { nicheSynonyms } from './open-world/synonyms.ts';
import { editDistance, typoAllowance } from './open-world/words.ts';

/** What the matcher made of a niche, in the words a person choosing one needs. */
export interface NicheMatchSummary {
  niche: string;
  /** The matcher's note: which curated range or taxonomy departments it matched. */
  note: string;
  /** The ranges the catalog will draw from (curated verticals, then taxonomy departments). */
  ranges: string[];
  /** A few of the product types the store will sell. */
  productTypes: string[];
  corrections: { from: string; to: string }[];
}

export interface NicheSuggestions {
  /** Niches people can pick that continue or correct what was typed, best first. */
  suggestions: string[];
  /** The match of the text as typed; null when nothing matches it. */
  match: NicheMatchSummary | null;
  /** The matcher's note, or why nothing matched. */
  note: string;
}

const MAX_PRODUCT_TYPES = 8;

/** Every niche phrase the knowledge base names, lower case, once (built on first use). */
let phrases: readonly string[] | undefined;

function knownPhrases(kb: readonly Vertical[]): readonly string[] {
  if (kb === allVerticals && phrases) return phrases;
  const all = new Set<string>();
  for (const vertical of kb) {
    all.add(vertical.name.toLowerCase());
    for (const keyword of vertical.keywords) all.add(keyword.toLowerCase());
  }
  for (const synonym of nicheSynonyms) {
    for (const phrase of synonym.phrases) if (phrase.length >= 3) all.add(phrase.toLowerCase());
  }
  const list = [...all].sort();
  if (kb === allVerticals) phrases = list;
  return list;
}

/** Lower rank is better; undefined when the phrase does not fit the text at all. */
function rankOf(phrase: string, text: string): number | undefined {
  if (phrase === text) return undefined;
  if (phrase.startsWith(text)) return 0;
  // "coffee" in "specialty coffee", "keyb" in "mechanical keyboard".
  if (phrase.includes(` ${text}`)) return 1;
  const words = text.split(' ');
  const last = words[words.length - 1] ?? '';
  const head = words.slice(0, -1).join(' ');
  // "mechanical keyb" → "mechanical keyboard": the text's last word is a prefix of a word.
  if (head && phrase.startsWith(`${head} `) && phrase.slice(head.length + 1).startsWith(last)) {
    return 1;
  }
  // A typo in what was typed so far: "cofee" → "coffee…".
  const allowance = typoAllowance(text);
  if (allowance > 0) {
    const prefix = phrase.slice(0, text.length);
    if (editDistance(text, prefix, allowance) <= allowance) return 2;
  }
  return undefined;
}

/**
 * Suggestions while someone types a niche: known niche phrases that continue or correct the text,
 * and what `matchNiche` makes of the text as it stands (or why nothing matches yet).
 */
export function suggestNiches(
  text: string,
  options: { limit?: number; kb?: readonly Vertical[] } = {},
): NicheSuggestions {
  const kb = options.kb ?? allVerticals;
  const limit = options.limit ?? 6;
  const typed = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (typed.length === 0) return { suggestions: [], match: null, note: '' };

  const ranked = knownPhrases(kb)
    .map((phrase) => ({ phrase, rank: rankOf(phrase, typed) }))
    .filter((x): x is { phrase: string; rank: number } => x.rank !== undefined)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.phrase.length - b.phrase.length ||
        (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0),
    );
  const suggestions = ranked.slice(0, limit).map((x) => x.phrase);

  try {
    const match = matchNiche(text, kb);
    const productTypes = [...new Set(match.kinds.map((k) => k.archetype.productType))];
    return {
      suggestions,
      match: {
        niche: match.niche,
        note: match.note,
        ranges: match.verticals.map((v) => v.name),
        productTypes: productTypes.slice(0, MAX_PRODUCT_TYPES),
        corrections: match.corrections,
      },
      note: match.note,
    };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    return { suggestions, match: null, note: error.userMessage };
  }
}
