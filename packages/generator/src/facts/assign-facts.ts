import { findMaterials } from '../checker/materials.ts';
import { OPTION_SPEC_LABELS } from '../checker/spec-labels.ts';
import type { Rng } from '../random.ts';
import { capitalize } from '../text.ts';
import type { FactEntry, FactModel, PoolName } from './fact-model.ts';

/**
 * One product's facts, chosen in order so that each agrees with the ones before it: the title's
 * words, then the options, the material, the spec rows; then what the copy may say.
 */
export interface FactAssignment {
  /** Active facts (those a rule table knows), in the order they were fixed. */
  facts: readonly FactEntry[];
  /** The chosen spec rows as facts (active or not), for their lengths and weights. */
  specFacts: readonly FactEntry[];
  /** The material, or null when the kind has none worth stating. */
  material: string | null;
  /** Spec rows chosen from the archetype, labels unique, never one an option or the engine owns. */
  specs: readonly (readonly [string, string])[];
  features: readonly string[];
  care: readonly string[];
  audiences: readonly string[];
  moments: readonly string[];
  /** Adjectives the copy may put before the kind (`organic`, `vegan`): none the facts deny. */
  adjectives: readonly string[];
}

const TITLE = { in: 'title' } as const;

/** The facts the title's words state, those a rule table knows. */
export function titleFacts(model: FactModel, values: readonly string[]): FactEntry[] {
  return values.map((value) => model.fact(TITLE, value)).filter((f) => f.active);
}

/** Whether an option value agrees with the kind and every fact so far (no Stone option on a "Rose Quartz" roller). */
export function optionAgrees(
  model: FactModel,
  facts: readonly FactEntry[],
  fact: FactEntry,
): boolean {
  return model.admits(fact) && facts.every((f) => model.agrees(f, fact));
}

/**
 * Whether the title already names one of the axis's values ("Rose Lip Balm" and a Flavour option,
 * "Double Hammock" and a Size option): then the title has chosen, and the axis is not offered.
 */
export function titleNamesValue(title: string, values: readonly string[]): boolean {
  const words = wordsOf(title);
  return values.some((value) => namesIn(words, value));
}

/** `wordsOf` each candidate value, worked out once: the pools' values recur in every product. */
const valueWords = new Map<string, string>();

/** Text as its words, lower case, each with a space either side: ` cast iron `. */
function wordsOf(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Whether `titleWords` (from `wordsOf`) holds all of `value`'s words, in order. */
function namesIn(titleWords: string, value: string): boolean {
  let words = valueWords.get(value);
  if (words === undefined) valueWords.set(value, (words = wordsOf(value)));
  return words.length > 2 && titleWords.includes(words);
}

/**
 * Spec rows about a part of the product that the title's words do not describe: a "Suede Sneaker"
 * has a rubber sole, a "Walnut Bar Set" a steel stand. Every other row takes a value the title
 * names (see `assignFacts`).
 */
export const PART_LABELS: ReadonlySet<string> = new Set(
  (
    'sole outsole footbed lining liner backing back base legs feet stand strap straps buckle ' +
    'clasp handle lid hardware hinge trim zip stopper saucer wrapper insert inside interior ' +
    'exterior padding fill filling insulation frame collar cuff cuffs cover tin box case ' +
    'carrier mount'
  ).split(' '),
);

/**
 * Completes a product's facts. `fixed` holds the title words and option values; the rest is chosen
 * here, each choice agreeing with everything before it. A spec row whose label has a value the
 * title names takes that value, or is left out when the facts rule it out: "Stick Blush" is never
 * "Format: Liquid dropper", "Percale Sheet Set" never "Weave: Jersey knit".
 */
export function assignFacts(
  model: FactModel,
  fixed: readonly FactEntry[],
  optionNames: readonly string[],
  rng: Rng,
  title = '',
): FactAssignment {
  const titleWords = wordsOf(title);
  const named = (value: string) => namesIn(titleWords, value);
  const facts = fixed.filter((f) => f.active);
  /** Indexes of the pool's candidates no fact so far excludes. */
  const allowed = (pool: PoolName): readonly number[] => {
    let masks: Uint8Array[] | undefined;
    for (const f of facts) {
      const mask = model.excludedBy(f, pool);
      if (mask?.includes(1)) (masks ??= []).push(mask);
    }
    if (!masks) return model.everyIndex[pool];
    return model.everyIndex[pool].filter((i) => masks.every((m) => m[i] === 0));
  };
  const values = (pool: PoolName, at: readonly number[]) =>
    at.map((i) => model.pools[pool][i]?.value ?? '');

  // The material: one the title's words agree with, the one it names if it names one ("Leather
  // Bookmark", not pressed flowers); else the title's own words when they name a material.
  const materialAt = allowed('materials');
  const materialNamed = materialAt.filter((i) => named(model.pools.materials[i]?.value ?? ''));
  const material =
    materialAt.length > 0
      ? (model.pools.materials[rng.pick(materialNamed.length > 0 ? materialNamed : materialAt)]
          ?.value ?? null)
      : titleMaterial(fixed);
  if (material !== null) {
    const fact = model.fact(MATERIAL, material);
    if (fact.active) facts.push(fact);
  }

  // Spec rows: labels an option does not already state, two or three of them, values that agree
  // with everything so far and with each other.
  const owned = new Set(
    optionNames.flatMap((name) => OPTION_SPEC_LABELS[name.toLowerCase()] ?? [name.toLowerCase()]),
  );
  const labels = model.specLabels.filter((l) => !owned.has(l.lower));
  const specs: [string, string][] = [];
  const specFacts: FactEntry[] = [];
  if (labels.length > 0) {
    const open = new Uint8Array(model.pools.specs.length);
    for (const i of allowed('specs')) open[i] = 1;
    for (const label of rng.sample(labels, Math.min(labels.length, rng.int(2, 3)))) {
      const inTitle = PART_LABELS.has(label.lower)
        ? []
        : label.indexes.filter((i) => named(model.pools.specs[i]?.value ?? ''));
      const choices = (inTitle.length > 0 ? inTitle : label.indexes).filter(
        (i) =>
          open[i] === 1 && specFacts.every((f) => model.agrees(f, model.entries.specs[i] ?? f)),
      );
      if (choices.length === 0) continue;
      const fact = model.entries.specs[rng.pick(choices)];
      if (!fact) continue;
      specs.push([label.label, fact.value]);
      if (fact.active) specFacts.push(fact);
    }
  }
  facts.push(...specFacts);

  // Notes can contradict each other ("machine wash" and "do not machine wash the core"): keep a
  // shuffled run of them that agree pairwise.
  const agreeing = (pool: PoolName) => {
    const kept: FactEntry[] = [];
    for (const i of rng.shuffle(allowed(pool))) {
      const fact = model.entries[pool][i];
      if (fact && kept.every((k) => model.agrees(k, fact))) kept.push(fact);
    }
    return kept.map((f) => f.value);
  };
  return {
    facts,
    specFacts: specs.map(([label, value]) => model.fact({ in: 'spec', label }, value)),
    material,
    specs,
    features: agreeing('features'),
    care: agreeing('care'),
    audiences: values('audiences', allowed('audiences')),
    moments: values('moments', allowed('moments')),
    adjectives: values('adjectives', allowed('adjectives')).map((phrase) =>
      phrase.slice('Made from '.length),
    ),
  };
}

const MATERIAL = { in: 'spec', label: 'Material' } as const;

/** "Cast Iron" from a title word that names a material, as a spec value ("Cast iron"). */
function titleMaterial(fixed: readonly FactEntry[]): string | null {
  for (const fact of fixed) {
    if (fact.place.in !== 'title') continue;
    const mention = findMaterials(fact.value).find((m) => !m.colourWord);
    if (mention) return capitalize(mention.text.toLowerCase());
  }
  return null;
}
