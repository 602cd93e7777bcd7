import type { BrandVoice } from '@storecraft/core';
import { verticals as allVerticals, type Vertical } from './knowledge/index.ts';

/**
 * Free text such as "sustainable yoga wear" or "artisanal hot sauce" → the knowledge-base verticals
 * that fit it. Never throws: an unknown niche falls back to close (misspelt) matches, then to a
 * general store, with a note saying what happened.
 */
export interface NicheMatch {
  niche: string;
  verticals: Vertical[];
  /** Niche words that decided the match. */
  matchedTerms: string[];
  /** Tone the niche asks for ("luxury" → premium), if any. */
  voiceHint: BrandVoice | null;
  /** Set when the match was fuzzy or fell back to a general store. */
  note: string | null;
  isGeneral: boolean;
}

const SPELLINGS: Readonly<Record<string, string>> = {
  jewelry: 'jewellery',
  jewelery: 'jewellery',
  colour: 'color',
  grey: 'gray',
  tshirt: 't-shirt',
  tee: 't-shirt',
  favourite: 'favorite',
  aluminium: 'aluminum',
  organise: 'organize',
};

const STOP_WORDS = new Set(
  'a an and or the of for with in on to my our your shop store boutique brand online company co goods products supply supplies'.split(
    ' ',
  ),
);

const VOICE_HINTS: readonly (readonly [BrandVoice, readonly string[]])[] = [
  ['premium', ['luxury', 'luxe', 'premium', 'high-end', 'designer', 'couture', 'fine', 'boutique']],
  [
    'earthy',
    [
      'sustainable',
      'eco',
      'organic',
      'natural',
      'artisanal',
      'artisan',
      'handmade',
      'vegan',
      'zero-waste',
      'botanical',
      'farm',
    ],
  ],
  ['playful', ['kids', 'fun', 'quirky', 'cute', 'colorful', 'novelty', 'party', 'baby']],
  ['technical', ['tech', 'performance', 'pro', 'smart', 'gear', 'engineered', 'technical']],
  ['minimal', ['minimal', 'minimalist', 'scandinavian', 'nordic', 'japandi', 'simple']],
  ['bold', ['bold', 'streetwear', 'street', 'loud', 'edgy', 'hot']],
];

/** A light English stemmer: enough to meet "sauces" with "sauce" and "candles" with "candle". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  w = SPELLINGS[w] ?? w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    return w.slice(0, -1);
  return w;
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9'-]+/)
    .map((t) => t.replace(/^[-']+|[-']+$/g, ''))
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t));
}

interface Term {
  stems: string[];
  weight: number;
  text: string;
}

interface VerticalIndex {
  vertical: Vertical;
  terms: Term[];
  vocabulary: Set<string>;
}

function buildIndex(kb: readonly Vertical[]): VerticalIndex[] {
  return kb.map((vertical) => {
    const terms: Term[] = [];
    const add = (text: string, weight: number) => {
      const stems = tokenize(text).map(stem);
      if (stems.length > 0) terms.push({ stems, weight, text });
    };
    for (const k of vertical.keywords) add(k, 3);
    add(vertical.name, 3);
    for (const a of vertical.archetypes) {
      add(a.noun[0], 2);
      add(a.productType, 1.5);
      add(a.collection, 1);
    }
    const vocabulary = new Set(terms.flatMap((t) => t.stems));
    return { vertical, terms, vocabulary };
  });
}

const indexCache = new WeakMap<readonly Vertical[], VerticalIndex[]>();

function indexFor(kb: readonly Vertical[]): VerticalIndex[] {
  let index = indexCache.get(kb);
  if (!index) {
    index = buildIndex(kb);
    indexCache.set(kb, index);
  }
  return index;
}

function score(
  entry: VerticalIndex,
  stems: readonly string[],
): { score: number; matched: Set<string> } {
  let total = 0;
  const matched = new Set<string>();
  for (const term of entry.terms) {
    const n = term.stems.length;
    for (let i = 0; i + n <= stems.length; i++) {
      let hit = true;
      for (let j = 0; j < n; j++) {
        if (stems[i + j] !== term.stems[j]) {
          hit = false;
          break;
        }
      }
      if (hit) {
        // Longer phrases say more: "hot sauce" beats "hot".
        total += term.weight * n * n;
        for (let j = 0; j < n; j++) matched.add(stems[i + j] ?? '');
        break;
      }
    }
  }
  return { score: total, matched };
}

export function levenshtein(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

const GENERAL_STORE = ['home-decor', 'kitchenware', 'candles', 'stationery'];
const MAX_VERTICALS = 3;

export function matchNiche(niche: string, kb: readonly Vertical[] = allVerticals): NicheMatch {
  const tokens = tokenize(niche);
  const stems = tokens.map(stem);
  const voiceHint =
    VOICE_HINTS.find(([, words]) => tokens.some((t) => words.includes(t)))?.[0] ?? null;
  const index = indexFor(kb);

  const ranked = index
    .map((entry) => ({ entry, ...score(entry, stems) }))
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score);
  const best = ranked[0]?.score ?? 0;
  if (best > 0) {
    const chosen = ranked.filter((r) => r.score >= best * 0.5).slice(0, MAX_VERTICALS);
    return {
      niche,
      verticals: chosen.map((r) => r.entry.vertical),
      matchedTerms: [...new Set(chosen.flatMap((r) => [...r.matched]))],
      voiceHint,
      note: null,
      isGeneral: false,
    };
  }

  // Nothing exact: try the vocabulary word closest to each niche word (typos, odd plurals).
  const corrections = new Map<string, string>();
  for (const s of stems) {
    if (s.length < 4) continue;
    let bestWord = '';
    let bestDistance = s.length >= 7 ? 2 : 1;
    for (const entry of index) {
      for (const word of entry.vocabulary) {
        const d = levenshtein(s, word, bestDistance);
        if (d <= bestDistance && (d < bestDistance || !bestWord)) {
          bestDistance = d;
          bestWord = word;
        }
      }
    }
    if (bestWord) corrections.set(s, bestWord);
  }
  if (corrections.size > 0) {
    const corrected = stems.map((s) => corrections.get(s) ?? s);
    const again = index
      .map((entry) => ({ entry, ...score(entry, corrected) }))
      .filter((r) => r.score > 0)
      .sort((x, y) => y.score - x.score);
    const top = again[0]?.score ?? 0;
    if (top > 0) {
      const chosen = again.filter((r) => r.score >= top * 0.5).slice(0, MAX_VERTICALS);
      const readAs = [...corrections].map(([from, to]) => `"${from}" as "${to}"`).join(', ');
      return {
        niche,
        verticals: chosen.map((r) => r.entry.vertical),
        matchedTerms: [...corrections.values()],
        voiceHint,
        note: `No exact match for "${niche}"; read ${readAs} (${chosen.map((r) => r.entry.vertical.name).join(', ')}).`,
        isGeneral: false,
      };
    }
  }

  const general = GENERAL_STORE.map((id) => kb.find((v) => v.id === id)).filter(
    (v): v is Vertical => v !== undefined,
  );
  const fallback = general.length > 0 ? general : kb.slice(0, 3);
  return {
    niche,
    verticals: fallback,
    matchedTerms: [],
    voiceHint,
    note: `No vertical matches "${niche}", so this is a general store (${fallback.map((v) => v.name).join(', ')}). Niches we know well include: ${kb.map((v) => v.name.toLowerCase()).join(', ')}.`,
    isGeneral: true,
  };
}
