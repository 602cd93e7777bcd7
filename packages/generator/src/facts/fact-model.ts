import type { Product } from '@storecraft/core';
import { checkProduct } from '../checker/check-product.ts';
import { listingFixture } from '../checker/listing-fixture.ts';
import { findMaterials } from '../checker/materials.ts';
import { kinds, type KindTest } from '../checker/product-kinds.ts';
import { parseQuantities, type Quantity } from '../checker/quantity.ts';
import { claimRules } from '../checker/claims.ts';
import { vocabularyRules } from '../checker/vocabulary.ts';
import type { Archetype, Vertical } from '../knowledge/index.ts';
import { titleCase } from '../text.ts';

/**
 * What a product may say, worked out once per kind of product.
 *
 * A product is an assignment of facts: the words its title is made of, its option values, its
 * material and its spec rows. Everything else the listing says (features, care notes, the
 * audiences and moments its copy names, other spec rows, option values) is a candidate that must
 * agree with every fact of the assignment. Which candidate each fact rules out (`excludes`) is not
 * written per archetype: it follows from the shared rule tables the consistency checker reads —
 * materials and what satisfies them, the vocabulary of each kind of product (tea is not roasted,
 * UPF belongs on sun hats, latte-grade matcha is not for drinking straight), claims (dishwasher
 * safe is not for copper), units per label. Writing and checking use one definition of a
 * contradiction, so they cannot drift apart.
 *
 * Cost: a fact's exclusions are found by asking the checker about small synthetic listings (the
 * fact plus candidates, halving the group until the culprits are found), once per fact and
 * archetype, and only for facts whose words the rule tables know at all; most title words
 * ("Weekend", "Everyday") are inert and cost one regex pass.
 */

/** Where a fact or candidate sits in a listing. */
export type FactPlace =
  | { in: 'title' }
  | { in: 'spec'; label: string }
  | { in: 'option'; name: string }
  | { in: 'prose' };

export interface Fact {
  place: FactPlace;
  value: string;
}

/** The candidate pools of an archetype. */
export type PoolName =
  'features' | 'care' | 'audiences' | 'moments' | 'adjectives' | 'materials' | 'specs';

interface Candidate {
  place: FactPlace;
  value: string;
}

/** Labels whose rows the engine writes itself: never taken from an archetype's spec list. */
export const ENGINE_LABELS = /^(?:material|materials|dimensions|size \(cm\)|weight|item weight)$/i;

/** Every regex the rule tables match words with, made stateless (no `g` flag). */
const TRIGGERS: readonly RegExp[] = [
  ...vocabularyRules.flatMap((r) => [r.words, r.allowedWith, r.forbiddenWith, r.on.name, r.on.not]),
  ...claimRules.flatMap((r) => [r.claim, r.contradiction]),
  ...Object.values(kinds as Readonly<Record<string, KindTest>>).flatMap((k) => [k.name, k.not]),
]
  .filter((re): re is RegExp => re instanceof RegExp)
  .map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')));

const activeCache = new Map<string, boolean>();

/** Whether any rule table knows a word of `value`: only such facts can rule a candidate out. */
export function isActive(value: string): boolean {
  let hit = activeCache.get(value);
  if (hit === undefined) {
    const lower = value.toLowerCase();
    hit =
      findMaterials(value).length > 0 ||
      parseQuantities(value).length > 0 ||
      TRIGGERS.some((re) => re.test(lower) || re.test(value));
    if (activeCache.size > 50_000) activeCache.clear();
    activeCache.set(value, hit);
  }
  return hit;
}

/**
 * One fact as the model knows it, made once per kind and value: whether it can rule anything out,
 * and, worked out on first use, what it rules out.
 */
export class FactEntry implements Fact {
  readonly place: FactPlace;
  readonly value: string;
  /** Whether a rule table knows its words at all; inert facts agree with everything. */
  readonly active: boolean;
  /** Per pool: a byte per candidate, 1 = excluded. */
  readonly excludes: Partial<Record<PoolName, Uint8Array>> = {};
  /** Whether the kind admits it on its own (undefined until asked). */
  admitted: boolean | undefined;
  /**
   * Errors a listing stating only this fact already has (a title word that repeats the noun in
   * the synthetic title): a candidate is ruled out only by errors it adds.
   */
  ownErrors: ReadonlySet<string> | undefined;
  readonly pairs = new Map<FactEntry, boolean>();
  private quantities: readonly Quantity[] | undefined;

  constructor(place: FactPlace, value: string) {
    this.place = place;
    this.value = value;
    this.active = place.in === 'spec' ? isActive(`${place.label}: ${value}`) : isActive(value);
  }

  /** Whether it states a length (`24 in`, `Width 60 in`): the box size then follows it. */
  get statesLength(): boolean {
    return this.measures().some((q) => q.measure === 'length');
  }

  /** What it says the product holds by mass (a `142 g` bag), in grams, or 0. */
  get contentGrams(): number {
    const mass = this.measures().find((q) => q.measure === 'mass');
    return mass ? mass.max : 0;
  }

  private measures(): readonly Quantity[] {
    this.quantities ??= this.active ? parseQuantities(this.value) : [];
    return this.quantities;
  }
}

/** Spec rows of one label in a pool: where its candidates sit. */
export interface SpecLabel {
  label: string;
  lower: string;
  indexes: readonly number[];
}

/** The facts and candidates of one kind of product, and which candidates each fact excludes. */
export class FactModel {
  readonly archetype: Archetype;
  /** Candidate pools, with what the kind itself rules out already removed. */
  readonly pools: Readonly<Record<PoolName, readonly Candidate[]>>;
  /** Each pool's candidates as interned facts, index for index. */
  readonly entries: Readonly<Record<PoolName, readonly FactEntry[]>>;
  /** Every index of each pool, for products no active fact constrains. */
  readonly everyIndex: Readonly<Record<PoolName, readonly number[]>>;
  /** The spec pool's labels, in order of first appearance. */
  readonly specLabels: readonly SpecLabel[];
  private readonly noun: string;
  /** Interned facts: place kind → label or option name → value → entry. */
  private readonly interned = new Map<string, Map<string, Map<string, FactEntry>>>();

  constructor(archetype: Archetype, vertical: Vertical) {
    this.archetype = archetype;
    this.noun = titleCase(archetype.noun[0]);
    const prose = (values: readonly string[]): Candidate[] =>
      [...new Set(values)].map((value) => ({ place: { in: 'prose' }, value }));
    const raw: Record<PoolName, Candidate[]> = {
      features: prose(archetype.features),
      care: prose(archetype.care),
      audiences: prose(vertical.audiences),
      moments: prose(vertical.moments),
      // Tested as a claim: "titanium" before "sunglasses" says what they are made of.
      adjectives: fittingAdjectives(archetype, vertical).map((value) => ({
        place: { in: 'prose' },
        value: `Made from ${value}`,
      })),
      materials: [...new Set(archetype.materials)].map((value) => ({
        place: { in: 'spec', label: 'Material' },
        value,
      })),
      specs: archetype.specs
        .filter((s) => !ENGINE_LABELS.test(s.label))
        .flatMap((s) =>
          [...new Set(s.values)].map((value) => ({
            place: { in: 'spec', label: s.label } as const,
            value,
          })),
        ),
    };
    // What the kind rules out by itself: "dogs" in a cat store's audience, a sun-hat brim on a cap.
    const pools = {} as Record<PoolName, Candidate[]>;
    for (const [name, candidates] of Object.entries(raw) as [PoolName, Candidate[]][]) {
      pools[name] = candidates.filter((c) => !this.contradicts([c]));
    }
    this.pools = pools;
    const entries = {} as Record<PoolName, FactEntry[]>;
    const everyIndex = {} as Record<PoolName, number[]>;
    for (const [name, candidates] of Object.entries(pools) as [PoolName, Candidate[]][]) {
      entries[name] = candidates.map((c) => this.fact(c.place, c.value));
      everyIndex[name] = candidates.map((_, i) => i);
    }
    this.entries = entries;
    this.everyIndex = everyIndex;
    const labels = new Map<string, number[]>();
    pools.specs.forEach((c, i) => {
      if (c.place.in !== 'spec') return;
      const at = labels.get(c.place.label);
      if (at) at.push(i);
      else labels.set(c.place.label, [i]);
    });
    this.specLabels = [...labels].map(([label, indexes]) => ({
      label,
      lower: label.toLowerCase(),
      indexes,
    }));
  }

  /** The fact `value` at `place`, the same object every time it is asked for. */
  fact(place: FactPlace, value: string): FactEntry {
    const sub = place.in === 'spec' ? place.label : place.in === 'option' ? place.name : '';
    let byPlace = this.interned.get(place.in);
    if (!byPlace)
      this.interned.set(place.in, (byPlace = new Map<string, Map<string, FactEntry>>()));
    let byValue = byPlace.get(sub);
    if (!byValue) byPlace.set(sub, (byValue = new Map<string, FactEntry>()));
    let entry = byValue.get(value);
    if (!entry) byValue.set(value, (entry = new FactEntry(place, value)));
    return entry;
  }

  /**
   * Which candidates of `pool` the fact rules out: a byte per candidate, 1 = excluded. Inert
   * facts exclude nothing.
   */
  excludedBy(fact: FactEntry, pool: PoolName): Uint8Array | undefined {
    if (!fact.active) return undefined;
    let excluded = fact.excludes[pool];
    if (!excluded) {
      const candidates = this.entries[pool];
      const bits = new Uint8Array(candidates.length);
      // A candidate no rule table knows a word of cannot contradict anything: not worth a probe.
      const live = this.everyIndex[pool].filter((i) => candidates[i]?.active);
      if (pool === 'materials' || pool === 'specs') {
        // Alternatives for one row cannot share a listing: test them one at a time.
        for (const i of live) {
          const c = candidates[i];
          if (c && (sameRow(c.place, fact.place) || this.contradicts([fact, c], fact))) bits[i] = 1;
        }
        for (const [i, c] of candidates.entries())
          if (!c.active && sameRow(c.place, fact.place)) bits[i] = 1;
      } else {
        this.findExcluded(fact, candidates, live, 0, live.length, bits);
      }
      excluded = fact.excludes[pool] = bits;
    }
    return excluded;
  }

  /** Whether the kind admits the fact at all (a "Honey" shade in a range tagged vegan does not). */
  admits(fact: FactEntry): boolean {
    if (!fact.active) return true;
    fact.admitted ??= this.errorsOf([fact]).size === 0;
    return fact.admitted;
  }

  /** Whether a fact agrees with another single fact (an option value with a title word). */
  agrees(fact: FactEntry, other: FactEntry): boolean {
    if (!fact.active && !other.active) return true;
    let agreed = fact.pairs.get(other);
    if (agreed === undefined) {
      agreed = !this.contradicts([fact, other], fact, other);
      fact.pairs.set(other, agreed);
    }
    return agreed;
  }

  /** Group testing: a group with no contradiction is cleared at once; otherwise halve it. */
  private findExcluded(
    fact: FactEntry,
    candidates: readonly FactEntry[],
    live: readonly number[],
    from: number,
    to: number,
    excluded: Uint8Array,
  ): void {
    if (to <= from) return;
    const group = live.slice(from, to).map((i) => candidates[i] ?? fact);
    if (!this.contradicts([fact, ...group], fact)) return;
    if (to - from === 1) {
      excluded[live[from] ?? 0] = 1;
      return;
    }
    const mid = (from + to) >> 1;
    this.findExcluded(fact, candidates, live, from, mid, excluded);
    this.findExcluded(fact, candidates, live, mid, to, excluded);
  }

  /**
   * Whether the checker finds an error in a listing stating just these facts, beyond the errors the
   * given facts have on their own.
   */
  private contradicts(parts: readonly Candidate[], ...known: FactEntry[]): boolean {
    const errors = this.errorsOf(parts);
    if (errors.size === 0) return false;
    for (const message of errors)
      if (!known.some((fact) => this.ownErrorsOf(fact).has(message))) return true;
    return false;
  }

  private ownErrorsOf(fact: FactEntry): ReadonlySet<string> {
    fact.ownErrors ??= this.errorsOf([fact]);
    return fact.ownErrors;
  }

  private errorsOf(parts: readonly Candidate[]): Set<string> {
    const errors = new Set<string>();
    for (const issue of checkProduct(this.listing(parts)))
      if (issue.severity === 'error') errors.add(issue.message);
    return errors;
  }

  private listing(parts: readonly Candidate[]): Product {
    const titleWords: string[] = [];
    const specs: [string, string][] = [];
    const options: { name: string; values: string[] }[] = [];
    const description: string[] = [];
    for (const part of parts) {
      const place = part.place;
      if (place.in === 'title') titleWords.push(part.value);
      else if (place.in === 'spec') {
        // Copy states spec rows in prose too ("dishwasher safe: no"): test both readings.
        specs.push([place.label, part.value]);
        description.push(sentence(`${place.label}: ${part.value}`));
      } else if (place.in === 'option') options.push({ name: place.name, values: [part.value] });
      else description.push(sentence(part.value));
    }
    const { archetype } = this;
    return listingFixture({
      title: [...titleWords, this.noun].join(' '),
      productType: archetype.productType,
      taxonomyPath: archetype.taxonomyPath,
      description: description.length > 0 ? [description.join(' ')] : [],
      specs,
      options,
      tags: archetype.tags,
      // Heavy enough for any stated content: weights are the engine's, checked elsewhere.
      grams: 1_000_000,
    });
  }
}

/**
 * A vertical's adjectives are shared by all its kinds (`fresh-roasted` in a coffee-and-tea store);
 * only those the archetype's own tags or materials back up are candidates for it.
 */
function fittingAdjectives(archetype: Archetype, vertical: Vertical): readonly string[] {
  // Not features: they carry qualifiers (`Vegan (except egg varieties)`).
  const own = ` ${[archetype.tags, archetype.materials]
    .flat()
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')} `;
  return [...new Set([...vertical.adjectives, ...COMMON_ADJECTIVES])].filter((adjective) =>
    own.includes(` ${adjective.toLowerCase().replace(/[^a-z]+/g, ' ')} `),
  );
}

/** Adjectives any listing may use when the archetype's own words contain them. */
const COMMON_ADJECTIVES = [
  'organic',
  'handmade',
  'hand-poured',
  'recycled',
  'vegan',
  'waterproof',
  'lightweight',
  'reusable',
  'refillable',
  'wireless',
  'compact',
  'fragrance-free',
];

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function sameRow(a: FactPlace, b: FactPlace): boolean {
  return a.in === 'spec' && b.in === 'spec' && a.label.toLowerCase() === b.label.toLowerCase();
}

const models = new WeakMap<Archetype, WeakMap<Vertical, FactModel>>();

/**
 * The archetype's model in a vertical (whose audiences and moments its copy uses), built on first
 * use and shared by every catalog in the process.
 */
export function factModelOf(archetype: Archetype, vertical: Vertical): FactModel {
  let byVertical = models.get(archetype);
  if (!byVertical) models.set(archetype, (byVertical = new WeakMap()));
  let model = byVertical.get(vertical);
  if (!model) byVertical.set(vertical, (model = new FactModel(archetype, vertical)));
  return model;
}
