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

/** Caches used while the index is built, dropped afterwards. */
interface BuildCache {
  wordsOf: Map<string, { terms: string[]; words: number }>;
  learned: Set<string>;
  /** Per term, the documents using it and its weighted frequency in each. */
  postings: Map<string, { docs: number[]; tfs: number[] }>;
}

const K1 = 1.2;
const B = 0.4;

/**
 * A BM25 index over Shopify's taxonomy (category names, weighted above their parents' names) and
 * the curated archetypes (nouns and product types above collections, slot words lightly). Built
 * once per process on first use.
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
  private readonly lengths: number[] = [];
  private readonly averageLength = { category: 1, archetype: 1 };
  /** Real words (as written) the index, the knowledge base and the synonyms use, with counts. */
  readonly vocabulary = new Map<string, number>();
  /** Taxonomy path → curated archetypes filed under it. */
  readonly curatedByPath = new Map<string, { archetype: Archetype; vertical: Vertical }[]>();
  readonly kb: readonly Vertical[];

  constructor(kb: readonly Vertical[], categories: readonly TaxonomyCategory[]) {
    this.kb = kb;
    const cache: BuildCache = { wordsOf: new Map(), learned: new Set(), postings: new Map() };
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
      const length = this.add(cache, { kind: 'category', category }, fields);
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
        const length = this.add(cache, { kind: 'archetype', archetype, vertical }, fields);
        totals.archetype[0] = (totals.archetype[0] ?? 0) + length;
        totals.archetype[1] = (totals.archetype[1] ?? 0) + 1;
        const list = this.curatedByPath.get(archetype.taxonomyPath) ?? [];
        list.push({ archetype, vertical });
        this.curatedByPath.set(archetype.taxonomyPath, list);
      }
      for (const text of [vertical.name, ...vertical.keywords, ...vertical.audiences])
        this.learn(cache, text);
    }
    for (const s of nicheSynonyms)
      for (const text of [...s.phrases, ...(s.same ?? []), ...(s.stocks ?? [])])
        this.learn(cache, text);
    for (const word of [...nicheModifiers, ...nicheGenericWords]) this.learn(cache, word);
    this.averageLength.category = (totals.category[0] ?? 0) / Math.max(1, totals.category[1] ?? 1);
    this.averageLength.archetype =
      (totals.archetype[0] ?? 0) / Math.max(1, totals.archetype[1] ?? 1);
    let total = 0;
    for (const list of cache.postings.values()) total += list.docs.length;
    this.offsets = new Int32Array(cache.postings.size + 1);
    this.postingDocs = new Int32Array(total);
    this.postingTfs = new Float32Array(total);
    let at = 0;
    for (const [term, list] of cache.postings) {
      const t = this.terms.size;
      this.terms.set(term, t);
      this.offsets[t] = at;
      this.postingDocs.set(list.docs, at);
      this.postingTfs.set(list.tfs, at);
      at += list.docs.length;
    }
    this.offsets[this.terms.size] = at;
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

  private learn(cache: BuildCache, text: string): void {
    if (cache.learned.has(text)) return;
    cache.learned.add(text);
    for (const w of surfaceWords(text)) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
  }

  /** Normalised words and two-word phrases of a text (names repeat: each is read once). */
  private termsOf(cache: BuildCache, text: string): { terms: string[]; words: number } {
    let read = cache.wordsOf.get(text);
    if (!read) {
      const words = matchWords(text);
      read = { terms: [...words, ...bigrams(words)], words: words.length };
      cache.wordsOf.set(text, read);
      this.learn(cache, text);
    }
    return read;
  }

  private add(
    cache: BuildCache,
    doc: NicheDoc,
    fields: readonly (readonly [string, number])[],
  ): number {
    const id = this.docs.length;
    this.docs.push(doc);
    const tf = new Map<string, number>();
    let length = 0;
    for (const [text, weight] of fields) {
      if (!text) continue;
      // Slot lists are joined with " . " so no phrase spans two values.
      for (const part of text.split(' . ')) {
        const { terms, words } = this.termsOf(cache, part);
        for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + weight);
        length += words * weight;
      }
    }
    for (const [term, value] of tf) {
      const list = cache.postings.get(term);
      if (list) {
        list.docs.push(id);
        list.tfs.push(value);
      } else cache.postings.set(term, { docs: [id], tfs: [value] });
    }
    this.lengths.push(length);
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
    return this.vocabulary.has(surface) || this.terms.has(normalizeWord(surface));
  }
}

export function rootOf(category: TaxonomyCategory): TaxonomyCategory {
  let c = category;
  while (c.parent) c = c.parent;
  return c;
}

const cache = new WeakMap<readonly Vertical[], NicheIndex>();

/** The index for a knowledge base, built on first use and kept for the life of the process. */
export function nicheIndexFor(kb: readonly Vertical[]): NicheIndex {
  let index = cache.get(kb);
  if (!index) {
    index = new NicheIndex(kb, loadTaxonomy().categories);
    cache.set(kb, index);
  }
  return index;
}
