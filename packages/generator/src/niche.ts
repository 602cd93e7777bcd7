import { AppError, type BrandVoice } from '@storecraft/core';
import type { TaxonomyCategory } from '@storecraft/taxonomy';
import { verticals as allVerticals, type Archetype, type Vertical } from './knowledge/index.ts';
import { deriveArchetype } from './open-world/derive-archetype.ts';
import { departmentVertical } from './open-world/department-vertical.ts';
import {
  curatedVocabularyFor,
  nicheIndexFor,
  type NicheDoc,
  type NicheIndex,
  type QueryTerm,
} from './open-world/niche-index.ts';
import {
  nicheActivityWords,
  nicheGenericWords,
  nicheModifiers,
  nicheSynonyms,
} from './open-world/synonyms.ts';
import {
  bigrams,
  editDistance,
  matchWords,
  normalizeWord,
  surfaceWords,
  typoAllowance,
} from './open-world/words.ts';
import { listJoin } from './text.ts';

/** One kind of product the niche's store sells, and the range (vertical) it belongs to. */
export interface NicheKind {
  archetype: Archetype;
  vertical: Vertical;
  /** Named by the niche itself ("hot sauce" in "artisanal hot sauce"): the catalog's focus. */
  focus: boolean;
  /** The taxonomy category it was derived from, when no curated archetype exists for it. */
  derivedFrom: DerivedCategory | null;
}

/**
 * A taxonomy category as a kind remembers it: itself and its ancestors, without the rest of the
 * tree, so a plan does not keep the whole taxonomy alive while products are generated.
 */
export interface DerivedCategory {
  id: string;
  name: string;
  path: string;
  depth: number;
  parent: DerivedCategory | undefined;
}

/**
 * Free text such as "sustainable swimwear" or "trail running gear" → the kinds of product a store
 * in that niche sells: curated archetypes where the knowledge base has them, archetypes derived
 * from Shopify's taxonomy elsewhere. Throws `INVALID_INPUT` (listing the nearest niches) when
 * nothing matches.
 */
export interface NicheMatch {
  niche: string;
  kinds: NicheKind[];
  /** The ranges the kinds come from: curated verticals, then taxonomy departments. */
  verticals: Vertical[];
  /** Niche words that decided the match (as the index reads them). */
  matchedTerms: string[];
  /** Words read as another word ("runing" → "running"). */
  corrections: { from: string; to: string }[];
  /** Tone the niche asks for ("luxury" → premium), if any. */
  voiceHint: BrandVoice | null;
  /** What was matched, in plain words, for the person who typed the niche. */
  note: string;
}

/** Surface words of the niche, in the words the brand's voice listens for. */
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

/** Filler that says "things for" rather than which things. */
const FILLER = new Set(
  [...nicheGenericWords].filter((w) => !['part', 'component', 'tool', 'kit'].includes(w)),
);
const MAX_KINDS = 24;
const MIN_KINDS = 6;
const LEAVES_PER_CATEGORY = 6;
const MAX_MAIN_HITS = 12;

interface Selected {
  curated: Map<string, { archetype: Archetype; vertical: Vertical; focus: boolean }>;
  leaves: Map<string, { category: TaxonomyCategory; focus: boolean }>;
  /** Curated verticals the niche named as a whole. */
  wholeVerticals: Vertical[];
  /** Taxonomy categories the niche's own words matched, for the note. */
  categories: TaxonomyCategory[];
  matchedTerms: Set<string>;
  /** The niche's own words and their synonyms, as matched. */
  words: Set<string>;
}

export function matchNiche(niche: string, kb: readonly Vertical[] = allVerticals): NicheMatch {
  // The taxonomy index is built only when the curated ranges cannot answer on their own: a
  // niche one curated range covers ("sustainable yoga wear") never loads it.
  let built: NicheIndex | undefined;
  const index = () => (built ??= nicheIndexFor(kb));
  const curatedWords = curatedVocabularyFor(kb);
  // "  Specialty   Coffee " is the niche "Specialty Coffee": the brand and the note read this form.
  const trimmed = niche.trim().replace(/[ \t]+/g, ' ');
  const surface = surfaceWords(trimmed);
  const voiceHint =
    VOICE_HINTS.find(([, words]) => surface.some((t) => words.includes(t)))?.[0] ?? null;

  const corrections: { from: string; to: string }[] = [];
  const ignored: string[] = [];
  const read = new Map<string, string | null>();
  for (const word of surface) {
    if (read.has(word)) continue;
    if (curatedWords.knows(word) || /^\d/.test(word) || index().knows(word)) {
      read.set(word, word);
      continue;
    }
    const to = correct(word, surface, index());
    if (to) corrections.push({ from: word, to });
    else ignored.push(word);
    read.set(word, to);
  }

  const selected: Selected = {
    curated: new Map(),
    leaves: new Map(),
    wholeVerticals: [],
    categories: [],
    matchedTerms: new Set(),
    words: new Set(),
  };
  // "dog beds and leashes", "coffee & tea": each part is a niche of its own.
  for (const part of trimmed.split(/\s+(?:and|&|\+|or)\s+|[,/;]+/)) {
    const words = surfaceWords(part)
      .map((w) => read.get(w) ?? null)
      .filter((w): w is string => w !== null)
      .map(normalizeWord);
    if (words.length > 0) selectPart(words, kb, index, selected);
  }

  if (selected.curated.size === 0 && selected.leaves.size === 0) {
    const nearest = nearestNiches(trimmed, kb);
    throw new AppError(
      'INVALID_INPUT',
      `Nothing in our curated ranges or Shopify's product taxonomy matches "${trimmed}". Nearest niches: ${nearest.join(', ')}.`,
      {
        userMessage: `We could not find products for "${trimmed}". Try one of these niches: ${nearest.join(', ')}.`,
        fieldErrors: [{ path: 'niche', message: `no products match; try ${nearest.join(', ')}` }],
      },
    );
  }

  const kinds = buildKinds(selected, index);
  const verticals = [...new Set(kinds.map((k) => k.vertical))];
  return {
    niche: trimmed,
    kinds,
    verticals,
    matchedTerms: [...selected.matchedTerms],
    corrections,
    voiceHint,
    note: describeMatch(trimmed, selected, kinds, corrections, ignored),
  };
}

/** Reads an unknown word as the closest real word of the vocabulary, if one is close enough. */
function correct(word: string, context: readonly string[], index: NicheIndex): string | null {
  const allowance = typoAllowance(word);
  if (allowance === 0) return null;
  let best = allowance + 1;
  let candidates: string[] = [];
  for (const candidate of index.vocabulary.keys()) {
    if (candidate.length < 3) continue;
    const d = editDistance(word, candidate, Math.min(best, allowance));
    if (d < best) {
      best = d;
      candidates = [candidate];
    } else if (d === best && d <= allowance) candidates.push(candidate);
  }
  if (candidates.length === 0) return null;
  // Several words are as close: take the one that goes with the rest of the niche.
  const others = context.filter((w) => w !== word && index.knows(w)).map(normalizeWord);
  const together = (candidate: string) => {
    const docs = new Set(index.docsWith(normalizeWord(candidate)));
    let n = 0;
    for (const other of others) for (const d of index.docsWith(other)) if (docs.has(d)) n++;
    return n;
  };
  const ranked = candidates
    .map((c) => ({
      c,
      together: together(c),
      known: index.documentFrequency(normalizeWord(c)) + (index.vocabulary.get(c) ?? 0),
    }))
    .sort((x, y) => y.together - x.together || y.known - x.known || (x.c < y.c ? -1 : 1));
  return ranked[0]?.c ?? null;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, j) => words[i + j] === p)) return i;
  }
  return -1;
}

const synonymPhrases = nicheSynonyms.map((s) => ({
  phrases: s.phrases.map(matchWords),
  same: (s.same ?? []).map(matchWords),
  stocks: (s.stocks ?? []).map(matchWords),
}));

/**
 * The synonym entries whose phrase the niche contains, the longest phrase winning: "fly fishing"
 * stocks a fly shop, not every kind of fishing.
 */
function stockLists(words: readonly string[]): (typeof synonymPhrases)[number][] {
  const found = synonymPhrases.flatMap((s) =>
    s.stocks.length === 0
      ? []
      : s.phrases.flatMap((p) => {
          const at = containsPhrase(words, p);
          return at < 0 ? [] : [{ s, from: at, to: at + p.length }];
        }),
  );
  const inside = (x: (typeof found)[number], y: (typeof found)[number]) =>
    x !== y && y.from <= x.from && x.to <= y.to && y.to - y.from > x.to - x.from;
  return [...new Set(found.filter((x) => !found.some((y) => inside(x, y))).map((x) => x.s))];
}

function queryFor(words: readonly string[]): QueryTerm[] {
  // English puts the head noun last: "knitting yarn" is yarn, "dog grooming" is grooming.
  // An activity word is not the head: "cheese making" is about cheese-making, not about making.
  const head = words.findLastIndex((w) => !FILLER.has(w) && !nicheActivityWords.has(w));
  const terms: QueryTerm[] = words.map((term, i) => {
    const filler = FILLER.has(term);
    return {
      term,
      weight: filler ? 0.3 : i === head && words.length > 1 ? 1.5 : 1,
      counts: !filler,
    };
  });
  for (const term of bigrams(words)) terms.push({ term, weight: 1, counts: false });
  return terms;
}

/** The words of the niche with a synonym's `same` words in place of its phrase. */
function variantsOf(words: readonly string[]): string[][] {
  const variants: string[][] = [[...words]];
  for (const s of synonymPhrases) {
    for (const phrase of s.phrases) {
      const at = containsPhrase(words, phrase);
      if (at < 0) continue;
      for (const same of s.same) {
        variants.push([...words.slice(0, at), ...same, ...words.slice(at + phrase.length)]);
      }
    }
  }
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = v.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Ranked {
  doc: number;
  score: number;
  coverage: number;
}

/** Best score per document over the variants of a query. */
function rank(variants: readonly (readonly string[])[], index: NicheIndex): Ranked[] {
  const best = new Map<number, Ranked>();
  for (const words of variants) {
    for (const hit of index.search(queryFor(words))) {
      const seen = best.get(hit.doc);
      // A reading that covers the whole niche beats a higher-scoring partial one.
      const full = (h: Ranked) => (h.coverage >= 0.999 ? 1 : 0);
      if (!seen || full(hit) > full(seen) || (full(hit) === full(seen) && hit.score > seen.score)) {
        best.set(hit.doc, hit);
      }
    }
  }
  return [...best.values()].sort((x, y) => y.score - x.score || x.doc - y.doc);
}

/** Which subtree a document lives in, for keeping a store's kinds together. */
function clusterOf(index: NicheIndex, doc: number): string {
  const d = index.docs[doc];
  if (!d) return '';
  if (d.kind === 'archetype') return `v:${d.vertical.id}`;
  return d.category.path.split(' > ').slice(0, 3).join(' > ');
}

/**
 * The documents a query names: those that contain all its words (or, when none does, most of
 * them), close to the best score, from the subtrees where most of the evidence is. What the
 * niche's stores also stock counts as evidence: "vinyl records" is music, not craft vinyl.
 */
function mainHits(
  ranked: readonly Ranked[],
  index: NicheIndex,
  evidence: ReadonlyMap<string, number>,
  words: ReadonlySet<string>,
): Ranked[] {
  const covering = ranked.filter((r) => r.coverage >= 0.999);
  // Categories named with the niche's words, not those that only sit below one ("Ski Boots"
  // under "Skiing & Snowboarding" is not a snowboarding product; the category's leaves are).
  const named = covering.filter((r) => index.nameWords(r.doc).some((w) => words.has(w)));
  const full = named.length > 0 ? named : covering;
  const pool = full.length > 0 ? full : ranked.filter((r) => r.coverage >= 0.5);
  const best = pool[0]?.score ?? 0;
  if (best <= 0) return [];
  const near = pool.filter((r) => r.score >= best * (full.length > 0 ? 0.5 : 0.7));
  const mass = new Map<string, number>();
  for (const r of near) {
    const cluster = clusterOf(index, r.doc);
    mass.set(cluster, (mass.get(cluster) ?? 0) + r.score / best);
  }
  for (const [cluster, weight] of evidence) {
    if (mass.has(cluster)) mass.set(cluster, (mass.get(cluster) ?? 0) + weight);
  }
  const top = Math.max(...mass.values());
  return near
    .filter((r) => (mass.get(clusterOf(index, r.doc)) ?? 0) >= top * 0.5)
    .slice(0, MAX_MAIN_HITS);
}

function selectPart(
  words: readonly string[],
  kb: readonly Vertical[],
  lazyIndex: () => NicheIndex,
  selected: Selected,
): void {
  const modifiersOut = words.filter((w) => !nicheModifiers.has(w));
  const content = modifiersOut.length > 0 ? modifiersOut : [...words];
  const meaningful = content.filter((w) => !FILLER.has(w));

  // A curated vertical whose keywords cover every meaningful word is the whole store ("specialty
  // coffee", "cycling gear"); one that covers only some words ("dog grooming") lends only the
  // kinds that match the rest, unless nothing does.
  const whole: Vertical[] = [];
  const partial: { vertical: Vertical; covered: ReadonlySet<string> }[] = [];
  for (const vertical of kb) {
    let covered: Set<string> | null = null;
    for (const phrase of [vertical.name, ...vertical.keywords].map(matchWords)) {
      if (containsPhrase(words, phrase) < 0) continue;
      covered ??= new Set();
      for (const w of phrase) covered.add(w);
    }
    if (!covered) continue;
    for (const w of covered) selected.matchedTerms.add(w);
    if (meaningful.every((w) => covered.has(w))) whole.push(vertical);
    else partial.push({ vertical, covered });
  }
  const addWhole = (vertical: Vertical) => {
    if (!selected.wholeVerticals.includes(vertical)) selected.wholeVerticals.push(vertical);
    const nouns = new Set(meaningful);
    for (const archetype of vertical.archetypes) {
      const own = matchWords(
        `${archetype.noun[0]} ${archetype.noun[1]} ${archetype.productType} ${archetype.collection} ${archetype.subcollection ?? ''}`,
      );
      addCurated(
        selected,
        archetype,
        vertical,
        own.some((w) => nouns.has(w)),
      );
    }
  };
  if (whole.length > 0) {
    for (const vertical of whole) addWhole(vertical);
    return;
  }
  if (meaningful.length === 0) return;
  const index = lazyIndex();

  // What stores in this niche also carry ("home barista" → grinders, tampers, milk jugs).
  const stocked: Ranked[] = [];
  for (const s of stockLists(content)) {
    for (const stock of s.stocks) {
      const first = stockedKind(stock, index);
      if (first) stocked.push(first);
    }
  }
  const evidence = new Map<string, number>();
  for (const r of stocked) {
    const cluster = clusterOf(index, r.doc);
    evidence.set(cluster, (evidence.get(cluster) ?? 0) + 1);
  }

  const variants = variantsOf(content);
  const nicheWords = new Set(variants.flat().filter((w) => !FILLER.has(w)));
  for (const w of nicheWords) selected.words.add(w);
  const hits = mainHits(rank(variants, index), index, evidence, nicheWords);
  const complete = hits.some((h) => h.coverage >= 0.999);
  if (!complete && partial.length > 0) {
    // The rest of the niche named nothing concrete ("wooden kids toys"): the vertical it is in.
    // Only the verticals that explain most of it: with "paws dog toys", Pet Supplies ("dog
    // toy") and not Toys & Games ("toy"), whose words are a subset of Pet Supplies' words.
    const dominated = (p: (typeof partial)[number]) =>
      partial.some(
        (o) => o.covered.size > p.covered.size && [...p.covered].every((w) => o.covered.has(w)),
      );
    for (const p of partial) if (!dominated(p)) addWhole(p.vertical);
    return;
  }
  if (hits.length > 0) {
    for (const w of content) if (index.documentFrequency(w) > 0) selected.matchedTerms.add(w);
  }
  // A niche no single category spells out ("knitting yarn") is about its head noun, yarn: the
  // kinds named with it are the focus.
  const heads = new Set(
    variants.flatMap((v) =>
      v.filter((w) => !FILLER.has(w) && !nicheActivityWords.has(w)).slice(-1),
    ),
  );
  const named = (names: readonly string[] | undefined) =>
    complete || [...heads].some((h) => names?.includes(h) === true);
  for (const hit of hits) {
    const doc = index.docs[hit.doc];
    if (!doc) continue;
    if (doc.kind === 'archetype') {
      addCurated(selected, doc.archetype, doc.vertical, named(index.nameWords(hit.doc)));
    } else {
      selected.categories.push(doc.category);
      const words = new Set(content);
      for (const leaf of leavesOf(doc.category, nicheWords)) {
        const leafWords = matchWords(leaf.name);
        // A category that matched only part of the niche lends only the leaves that say so.
        if (!complete && !doc.category.isLeaf && ![...words].some((w) => leafWords.includes(w)))
          continue;
        addLeaf(selected, index, leaf, named(leafWords));
      }
    }
  }
  for (const r of stocked) {
    const doc = index.docs[r.doc];
    if (doc?.kind === 'archetype') addCurated(selected, doc.archetype, doc.vertical, false);
    else if (doc) {
      for (const leaf of leavesOf(doc.category, nicheWords).slice(0, 2)) {
        addLeaf(selected, index, leaf, false);
      }
    }
  }
}

/** What a phrase of the synonym list's `stocks` finds: a curated archetype or a taxonomy category. */
export function findStockedKind(
  phrase: string,
  kb: readonly Vertical[] = allVerticals,
): NicheDoc | undefined {
  const index = nicheIndexFor(kb);
  const hit = stockedKind(matchWords(phrase), index);
  return hit ? index.docs[hit.doc] : undefined;
}

/**
 * The kind a stocked phrase names: a document named by all its words, one named by exactly them
 * first ("Golf Bags", not "Golf Bag Carts"), a curated archetype before a taxonomy category.
 */
function stockedKind(stock: readonly string[], index: NicheIndex): Ranked | undefined {
  const words = new Set(stock);
  const order = (r: Ranked) => {
    const name = new Set(index.nameWords(r.doc));
    const exact = name.size === words.size && [...words].every((w) => name.has(w));
    return (exact ? 0 : 2) + (index.docs[r.doc]?.kind === 'archetype' ? 0 : 1);
  };
  return rank([stock], index)
    .filter((r) => {
      const strong = index.strongWords(r.doc);
      return stock.every((w) => strong.includes(w));
    })
    .map((r) => ({ r, order: order(r) }))
    .sort((x, y) => x.order - y.order || y.r.score - x.r.score || x.r.doc - y.r.doc)[0]?.r;
}

function addCurated(
  selected: Selected,
  archetype: Archetype,
  vertical: Vertical,
  focus: boolean,
): void {
  const seen = selected.curated.get(archetype.id);
  if (seen) seen.focus ||= focus;
  else selected.curated.set(archetype.id, { archetype, vertical, focus });
}

/** Leaves that are not goods a catalog ships (downloads, subscriptions). */
const NOT_GOODS = /\b(digital|downloads?|subscriptions?|rentals?|services?)\b/i;

/** A taxonomy leaf, or the curated archetypes filed under it when the knowledge base has them. */
function addLeaf(
  selected: Selected,
  index: NicheIndex,
  leaf: TaxonomyCategory,
  focus: boolean,
): void {
  if (NOT_GOODS.test(leaf.name)) return;
  const curated = index.curatedByPath.get(leaf.path);
  if (curated && curated.length > 0) {
    for (const { archetype, vertical } of curated) addCurated(selected, archetype, vertical, focus);
    return;
  }
  const seen = selected.leaves.get(leaf.id);
  if (seen) seen.focus ||= focus;
  else selected.leaves.set(leaf.id, { category: leaf, focus });
}

/** A category's leaves, those named with the niche's words first, then the nearest; a handful. */
function leavesOf(
  category: TaxonomyCategory,
  words: ReadonlySet<string> = new Set(),
): TaxonomyCategory[] {
  if (category.isLeaf) return [category];
  const all: TaxonomyCategory[] = [];
  let level: TaxonomyCategory[] = [category];
  while (level.length > 0 && all.length < 60) {
    const next: TaxonomyCategory[] = [];
    for (const c of level) {
      for (const child of c.children) {
        if (child.isLeaf) all.push(child);
        else next.push(child);
      }
    }
    level = next;
  }
  const named = (c: TaxonomyCategory) => matchWords(c.name).some((w) => words.has(w));
  return [...all.filter(named), ...all.filter((c) => !named(c))].slice(0, LEAVES_PER_CATEGORY);
}

function buildKinds(selected: Selected, index: () => NicheIndex): NicheKind[] {
  const kinds: NicheKind[] = [];
  for (const { archetype, vertical, focus } of selected.curated.values()) {
    kinds.push({ archetype, vertical, focus, derivedFrom: null });
  }
  const leaves = [...selected.leaves.values()];
  if (kinds.length + leaves.length < MIN_KINDS) {
    // A narrow niche ("archery armguards") still gets a store: the categories beside it that
    // share its words ("Archery Targets"), never unrelated neighbours (kites beside drones).
    const have = new Set(leaves.map((l) => l.category.id));
    for (const { category } of [...leaves]) {
      for (const sibling of category.parent?.children ?? []) {
        if (kinds.length + leaves.length >= MIN_KINDS) break;
        if (!sibling.isLeaf || have.has(sibling.id) || NOT_GOODS.test(sibling.name)) continue;
        // Sharing "making" does not make Candle Making Kits a neighbour of Jewelry Making Kits.
        const shared = matchWords(sibling.name).filter(
          (w) => selected.words.has(w) && !nicheActivityWords.has(w),
        );
        if (shared.length === 0) continue;
        if (index().curatedByPath.has(sibling.path)) continue;
        have.add(sibling.id);
        leaves.push({ category: sibling, focus: false });
      }
    }
  }
  // Focus first, so a cap keeps what the niche named; but leave room for what it also stocks.
  const curatedKinds = kinds.sort((x, y) => Number(y.focus) - Number(x.focus));
  const room = Math.max(0, MAX_KINDS - curatedKinds.length);
  const focused = leaves.filter((l) => l.focus);
  const others = leaves.filter((l) => !l.focus);
  const focusRoom = Math.min(focused.length, Math.max(room - others.length, Math.ceil(room * 0.6)));
  const chosenLeaves = [...focused.slice(0, focusRoom), ...others].slice(0, room);
  const derived = chosenLeaves.map(({ category, focus }) => ({
    category,
    focus,
    archetype: deriveArchetype(category),
  }));
  // One range per top-level category of the derived kinds, named for what they share.
  const groups = new Map<string, typeof derived>();
  for (const d of derived) {
    const root = d.category.path.split(' > ')[0] ?? '';
    groups.set(root, [...(groups.get(root) ?? []), d]);
  }
  const derivedKinds: NicheKind[] = [];
  for (const group of groups.values()) {
    const range = departmentVertical(
      group.map((g) => ({ category: g.category, archetype: g.archetype })),
    );
    // "Cycling" parts next to the curated Cycling range belong to it, not to a second "Cycling".
    const vertical = curatedKinds.find((k) => k.vertical.name === range.name)?.vertical ?? range;
    for (const g of group) {
      derivedKinds.push({
        archetype: g.archetype,
        vertical,
        focus: g.focus,
        derivedFrom: detach(g.category),
      });
    }
  }
  return [...curatedKinds.slice(0, MAX_KINDS), ...derivedKinds];
}

function describeMatch(
  niche: string,
  selected: Selected,
  kinds: readonly NicheKind[],
  corrections: readonly { from: string; to: string }[],
  ignored: readonly string[],
): string {
  const parts: string[] = [];
  if (corrections.length > 0) {
    parts.push(`Read ${listJoin(corrections.map((c) => `“${c.from}” as “${c.to}”`))}.`);
  }
  if (ignored.length > 0) {
    parts.push(`Left out ${listJoin(ignored.map((w) => `“${w}”`))}: not a product word we know.`);
  }
  const matched: string[] = [];
  const taxonomyNames = [
    ...new Set([
      ...selected.categories
        .filter((c) => !selected.categories.some((o) => c.path.startsWith(`${o.path} > `)))
        .map((c) => c.name),
      ...kinds
        .filter((k) => k.derivedFrom && selected.categories.length === 0)
        .map((k) => k.derivedFrom?.name ?? ''),
    ]),
  ].filter(Boolean);
  if (taxonomyNames.length > 0) {
    const shown = taxonomyNames.slice(0, 4);
    const more = taxonomyNames.length - shown.length;
    matched.push(
      `${listJoin(shown)}${more > 0 ? ` (and ${more} more)` : ''} in Shopify's product taxonomy`,
    );
  }
  const curatedVerticals = [
    ...new Set(kinds.filter((k) => !k.derivedFrom).map((k) => k.vertical.name)),
  ];
  if (curatedVerticals.length > 0) {
    const whole = selected.wholeVerticals.map((v) => v.name);
    const ranges = curatedVerticals.map((name) =>
      whole.includes(name) ? name : `${name} (selected kinds)`,
    );
    matched.push(`our curated ${listJoin(ranges)} range${ranges.length > 1 ? 's' : ''}`);
  }
  parts.push(`Matched “${niche}” to ${listJoin(matched)}.`);
  return parts.join(' ');
}

/** Niches to suggest when nothing matches: curated ranges and common niches, closest in spelling. */
function nearestNiches(niche: string, kb: readonly Vertical[]): string[] {
  const target = niche.toLowerCase();
  const names = new Set<string>();
  for (const v of kb) names.add(v.name.toLowerCase());
  for (const s of nicheSynonyms) if (s.stocks && s.phrases[0]) names.add(s.phrases[0]);
  const scored = [...names].map((name) => ({
    name,
    // Edit distance relative to length, so short names do not win by being short.
    d:
      editDistance(target, name, Math.max(target.length, name.length)) /
      Math.max(target.length, name.length),
  }));
  scored.sort((x, y) => x.d - y.d || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return scored.slice(0, 5).map((s) => s.name);
}

function detach(category: TaxonomyCategory): DerivedCategory {
  const { id, name, path, depth } = category;
  return { id, name, path, depth, parent: category.parent ? detach(category.parent) : undefined };
}
