import { loadTaxonomy, type TaxonomyCategory } from '@storecraft/taxonomy';
import type { Archetype, Vertical } from '../knowledge/index.ts';
import { nicheGenericWords, nicheModifiers, nicheSynonyms } from './synonyms.ts';
import { bigrams, matchWords, normalizeWord, surfaceWords } from './words.ts';

/** Top-level taxonomy categories no merchant niche is about (gift cards, services, bundles…). */
export const EXCLUDED_ROOTS: ReadonlySet<string> = new Set([
  'Bundles',
  'Gift Cards',
  'Mature',
  'Product Add-Ons',
  'Services',
  'Software',
  'Uncategorized',
]);

export type NicheDoc =
  | { kind: 'category'; category: TaxonomyCategory }
  | { kind: 'archetype'; archetype: Archetype; vertical: Vertical };

export interface QueryTerm {
  /** A normalised word, or two separated by a space. */
  term: string;
  weight: number;
  /** Counted when measuring how much of the query a document covers. */
  counts: boolean;
}

export interface Hit {
  doc: number;
  score: number;
  /** Share of the query's counted words (by rarity and weight) the document contains, 0..1. */
  coverage: number;
}

/**
 * Scratch state while the index is built, dropped afterwards. Postings are collected per document
 * into growable typed arrays and turned into per-term lists once at the end, so the build leaves
 * little garbage behind: building the index used to grow the heap by ~45 MB, which a 100,000
 * product run kept as resident memory to the end.
 */
interface BuildState {
  /** Each distinct text read once: its term numbers and how many words it has. */
  textTerms: Map<string, { terms: readonly number[]; words: number }>;
  learned: Set<string>;
  /** Term number → weighted frequency, for the document being added. */
  docTf: Map<number, number>;
  /** Per document, `docStart[d]..docStart[d+1]` of `entryTerms` / `entryTfs`. */
  docStart: number[];
  entryTerms: Int32Array;
  entryTfs: Float32Array;
  entries: number;
}

const K1 = 1.2;
const B = 0.4;

/**
 * A BM25 index over Shopify's taxonomy (category names, weighted above their parents' names) and
 * the curated archetypes (nouns and product types above collections, slot words lightly). Built
 * on first use (see `nicheIndexFor`).
 */
export class NicheIndex {
  readonly docs: NicheDoc[] = [];
  /**
   * Postings, flattened so the index stays small for the life of the process: term → number,
   * and for term t, entries `offsets[t]..offsets[t+1]` of `postingDocs` and `postingTfs`.
   */
  private readonly terms = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingTfs: Float32Array;
  private lengths: Float64Array;
  private readonly averageLength = { category: 1, archetype: 1 };
  /** Real words (as written) the index, the knowledge base and the synonyms use, with counts. */
  readonly vocabulary = new Map<string, number>();
  /** Taxonomy path → curated archetypes filed under it. */
  readonly curatedByPath = new Map<string, { archetype: Archetype; vertical: Vertical }[]>();
  readonly kb: readonly Vertical[];

  constructor(kb: readonly Vertical[], categories: readonly TaxonomyCategory[]) {
    this.kb = kb;
    const state: BuildState = {
      textTerms: new Map(),
      learned: new Set(),
      docTf: new Map(),
      docStart: [0],
      entryTerms: new Int32Array(1 << 16),
      entryTfs: new Float32Array(1 << 16),
      entries: 0,
    };
    this.lengths = new Float64Array(categories.length + 512);
    const totals = { category: [0, 0], archetype: [0, 0] };
    for (const category of categories) {
      const root = rootOf(category);
      if (EXCLUDED_ROOTS.has(root.name)) continue;
      const fields: [string, number][] = [[category.name, 3]];
      let ancestor = category.parent;
      let level = 0;
      while (ancestor) {
        fields.push([ancestor.name, ancestor.parent ? (level === 0 ? 0.8 : 0.4) : 0.2]);
        ancestor = ancestor.parent;
        level++;
      }
      const length = this.add(state, { kind: 'category', category }, fields);
      totals.category[0] = (totals.category[0] ?? 0) + length;
      totals.category[1] = (totals.category[1] ?? 0) + 1;
    }
    for (const vertical of kb) {
      for (const archetype of vertical.archetypes) {
        const leaf = archetype.taxonomyPath.split(' > ').pop() ?? '';
        const fields: [string, number][] = [
          [archetype.noun[0], 2],
          [archetype.productType, 2],
          [archetype.subcollection ?? '', 1.2],
          [archetype.collection, 1],
          [leaf, 1],
          ...Object.values(archetype.slots).map((values): [string, number] => [
            values.join(' . '),
            0.15,
          ]),
        ];
        const length = this.add(state, { kind: 'archetype', archetype, vertical }, fields);
        totals.archetype[0] = (totals.archetype[0] ?? 0) + length;
        totals.archetype[1] = (totals.archetype[1] ?? 0) + 1;
        const list = this.curatedByPath.get(archetype.taxonomyPath) ?? [];
        list.push({ archetype, vertical });
        this.curatedByPath.set(archetype.taxonomyPath, list);
      }
      for (const text of [vertical.name, ...vertical.keywords, ...vertical.audiences])
        this.learn(state, text);
    }
    for (const s of nicheSynonyms)
      for (const text of [...s.phrases, ...(s.same ?? []), ...(s.stocks ?? [])])
        this.learn(state, text);
    for (const word of [...nicheModifiers, ...nicheGenericWords]) this.learn(state, word);
    this.averageLength.category = (totals.category[0] ?? 0) / Math.max(1, totals.category[1] ?? 1);
    this.averageLength.archetype =
      (totals.archetype[0] ?? 0) / Math.max(1, totals.archetype[1] ?? 1);
    this.lengths = this.lengths.slice(0, this.docs.length);

    // Per-document entries → per-term postings (documents stay in order within each term).
    const termCount = this.terms.size;
    this.offsets = new Int32Array(termCount + 1);
    for (let e = 0; e < state.entries; e++) {
      const t = state.entryTerms[e] ?? 0;
      this.offsets[t + 1] = (this.offsets[t + 1] ?? 0) + 1;
    }
    for (let t = 0; t < termCount; t++) {
      this.offsets[t + 1] = (this.offsets[t + 1] ?? 0) + (this.offsets[t] ?? 0);
    }
    this.postingDocs = new Int32Array(state.entries);
    this.postingTfs = new Float32Array(state.entries);
    const cursor = this.offsets.slice(0, termCount);
    for (let doc = 0; doc < this.docs.length; doc++) {
      const to = state.docStart[doc + 1] ?? 0;
      for (let e = state.docStart[doc] ?? 0; e < to; e++) {
        const t = state.entryTerms[e] ?? 0;
        const at = cursor[t] ?? 0;
        cursor[t] = at + 1;
        this.postingDocs[at] = doc;
        this.postingTfs[at] = state.entryTfs[e] ?? 0;
      }
    }
  }

  /** Words a document is named by: a category's name; an archetype's noun and product type. */
  nameWords(doc: number): string[] {
    const d = this.docs[doc];
    if (!d) return [];
    return d.kind === 'category'
      ? matchWords(d.category.name)
      : matchWords(`${d.archetype.noun[0]} ${d.archetype.productType}`);
  }

  /** The name's words plus the parent's (a category) or the collections (an archetype). */
  strongWords(doc: number): string[] {
    const d = this.docs[doc];
    if (!d) return [];
    const a = d.kind === 'archetype' ? d.archetype : undefined;
    return d.kind === 'category'
      ? matchWords(`${d.category.name} ${d.category.parent?.name ?? ''}`)
      : matchWords(
          `${a?.noun[0]} ${a?.productType} ${a?.noun[1]} ${a?.collection} ${a?.subcollection ?? ''}`,
        );
  }

  private postingRange(term: string): [number, number] {
    const t = this.terms.get(term);
    if (t === undefined) return [0, 0];
    return [this.offsets[t] ?? 0, this.offsets[t + 1] ?? 0];
  }

  private learn(state: BuildState, text: string): void {
    if (state.learned.has(text)) return;
    state.learned.add(text);
    for (const w of surfaceWords(text)) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
  }

  private termNumber(term: string): number {
    let t = this.terms.get(term);
    if (t === undefined) {
      t = this.terms.size;
      this.terms.set(term, t);
    }
    return t;
  }

  /** Term numbers of a text's words and two-word phrases (names repeat: each is read once). */
  private termsOf(state: BuildState, text: string): { terms: readonly number[]; words: number } {
    let read = state.textTerms.get(text);
    if (!read) {
      const words = matchWords(text);
      read = {
        terms: [...words, ...bigrams(words)].map((term) => this.termNumber(term)),
        words: words.length,
      };
      state.textTerms.set(text, read);
      this.learn(state, text);
    }
    return read;
  }

  private add(
    state: BuildState,
    doc: NicheDoc,
    fields: readonly (readonly [string, number])[],
  ): number {
    const id = this.docs.length;
    this.docs.push(doc);
    const tf = state.docTf;
    tf.clear();
    let length = 0;
    for (const [text, weight] of fields) {
      if (!text) continue;
      // Slot lists are joined with " . " so no phrase spans two values.
      for (const part of text.includes(' . ') ? text.split(' . ') : [text]) {
        const { terms, words } = this.termsOf(state, part);
        for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + weight);
        length += words * weight;
      }
    }
    if (state.entries + tf.size > state.entryTerms.length) {
      const size = Math.max(state.entryTerms.length * 2, state.entries + tf.size);
      const terms = new Int32Array(size);
      terms.set(state.entryTerms.subarray(0, state.entries));
      const tfs = new Float32Array(size);
      tfs.set(state.entryTfs.subarray(0, state.entries));
      state.entryTerms = terms;
      state.entryTfs = tfs;
    }
    for (const [term, value] of tf) {
      state.entryTerms[state.entries] = term;
      state.entryTfs[state.entries] = value;
      state.entries++;
    }
    state.docStart.push(state.entries);
    if (id >= this.lengths.length) {
      const grown = new Float64Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[id] = length;
    return length;
  }

  /** Documents that use a term. */
  docsWith(term: string): ArrayLike<number> & Iterable<number> {
    const [from, to] = this.postingRange(term);
    return this.postingDocs.subarray(from, to);
  }

  /** How many documents use a term. */
  documentFrequency(term: string): number {
    const [from, to] = this.postingRange(term);
    return to - from;
  }

  idf(term: string): number {
    const df = this.documentFrequency(term);
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 over the weighted fields, with how much of the query each document covers. */
  search(query: readonly QueryTerm[]): Hit[] {
    const scores = new Map<number, { score: number; covered: number }>();
    let countedTotal = 0;
    for (const q of query) {
      const idf = this.idf(q.term);
      if (q.counts) countedTotal += idf * q.weight;
      const [from, to] = this.postingRange(q.term);
      for (let p = from; p < to; p++) {
        const doc = this.postingDocs[p] ?? 0;
        const tf = this.postingTfs[p] ?? 0;
        const d = this.docs[doc];
        const avg =
          d?.kind === 'archetype' ? this.averageLength.archetype : this.averageLength.category;
        const norm = K1 * (1 - B + (B * (this.lengths[doc] ?? avg)) / avg);
        const entry = scores.get(doc) ?? { score: 0, covered: 0 };
        entry.score += q.weight * idf * ((tf * (K1 + 1)) / (tf + norm));
        if (q.counts) entry.covered += idf * q.weight;
        scores.set(doc, entry);
      }
    }
    const hits: Hit[] = [];
    for (const [doc, { score, covered }] of scores) {
      hits.push({ doc, score, coverage: countedTotal > 0 ? covered / countedTotal : 0 });
    }
    // Ties keep index order (taxonomy order, then knowledge-base order): deterministic.
    return hits.sort((x, y) => y.score - x.score || x.doc - y.doc);
  }

  /** True when the index knows the word (as written, or folded to its singular). */
  knows(surface: string): boolean {
    // "miniatures" is known when "miniature" is: a plural is never a typo to correct.
    const singular = normalizeWord(surface);
    return (
      this.vocabulary.has(surface) ||
      this.vocabulary.has(singular) ||
      this.terms.has(singular) ||
      curatedVocabularyFor(this.kb).knows(surface)
    );
  }
}

export function rootOf(category: TaxonomyCategory): TaxonomyCategory {
  let c = category;
  while (c.parent) c = c.parent;
  return c;
}

/**
 * The words of the curated knowledge base and the synonym list, without the taxonomy: enough to
 * tell whether a niche's words are all known, and to match a whole curated range ("sustainable
 * yoga wear"), without building the taxonomy index. Every word it knows, the full index knows too.
 */
export class CuratedVocabulary {
  private readonly surface = new Set<string>();
  private readonly normal = new Set<string>();

  constructor(kb: readonly Vertical[]) {
    const learn = (text: string) => {
      for (const w of surfaceWords(text)) {
        this.surface.add(w);
        this.normal.add(normalizeWord(w));
      }
    };
    for (const vertical of kb) {
      for (const text of [vertical.name, ...vertical.keywords, ...vertical.audiences]) learn(text);
      for (const a of vertical.archetypes) {
        for (const text of [a.noun[0], a.productType, a.subcollection ?? '', a.collection])
          learn(text);
        learn(a.taxonomyPath.split(' > ').pop() ?? '');
        for (const values of Object.values(a.slots)) for (const v of values) learn(v);
      }
    }
    for (const s of nicheSynonyms)
      for (const text of [...s.phrases, ...(s.same ?? []), ...(s.stocks ?? [])]) learn(text);
    for (const word of [...nicheModifiers, ...nicheGenericWords]) learn(word);
  }

  knows(surface: string): boolean {
    return this.surface.has(surface) || this.normal.has(normalizeWord(surface));
  }
}

const vocabularies = new WeakMap<readonly Vertical[], CuratedVocabulary>();

export function curatedVocabularyFor(kb: readonly Vertical[]): CuratedVocabulary {
  let vocabulary = vocabularies.get(kb);
  if (!vocabulary) {
    vocabulary = new CuratedVocabulary(kb);
    vocabularies.set(kb, vocabulary);
  }
  return vocabulary;
}

const cache = new WeakMap<readonly Vertical[], WeakRef<NicheIndex>>();

/**
 * The index for a knowledge base, built on first use. It is held weakly: once a plan is made
 * nothing needs it, and a 100,000-product run should not carry it (and the taxonomy it points
 * into) to the end; the next match rebuilds it if it was collected.
 */
export function nicheIndexFor(kb: readonly Vertical[]): NicheIndex {
  let index = cache.get(kb)?.deref();
  if (!index) {
    index = new NicheIndex(kb, loadTaxonomy().categories);
    cache.set(kb, new WeakRef(index));
  }
  return index;
}
