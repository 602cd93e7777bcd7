import { AppError, type Brand, type Category } from '@storecraft/core';
import { forgeBrand } from '../brand/forge-brand.ts';
import type { Archetype, Vertical } from '../knowledge/index.ts';
import { matchNiche, type NicheKind, type NicheMatch } from '../niche.ts';
import { hashString, rngFor } from '../random.ts';
import { slugify } from '../text.ts';
import { shortCode } from './codes.ts';
import { ModelNames } from './model-names.ts';
import { TitleSpace } from './title-space.ts';

export const MAX_PRODUCTS = 200_000;

/** One kind of product in this catalog, with where it lives in the store. */
export interface CatalogSlot {
  archetype: Archetype;
  vertical: Vertical;
  categoryHandle: string;
  /** Short code used in SKUs (`MUG`), unique within the catalog. */
  code: string;
  titles: TitleSpace;
  /** Appended to the handle of a title another kind can also produce (`-mug`), keeping handles unique. */
  handleSuffix: string;
  /** True when this kind's titles could not be listed: every handle gets the suffix. */
  alwaysSuffix: boolean;
}

/**
 * Everything that is decided once per catalog. Product i is then a pure function of (plan, i):
 * products can be generated in any order, in parallel chunks, or one at a time.
 */
export interface CatalogPlan {
  seed: string;
  size: number;
  niche: NicheMatch;
  brand: Brand;
  categories: Category[];
  slots: CatalogSlot[];
  /** The cycle products walk through: slot indexes, common kinds appearing twice. */
  cycle: number[];
  /** For each cycle position, how many earlier positions hold the same slot. */
  cycleOccurrence: number[];
  /** How many times each slot appears in the cycle. */
  slotWeight: number[];
  brandCode: string;
  barcodePrefix: number;
  /** Handles (slugs of titles) more than one kind in this catalog can produce. */
  sharedTitles: ReadonlySet<string>;
  modelNames: ModelNames;
}

export interface PlanCatalogInput {
  niche: string;
  size: number;
  seed: string;
}

export function planCatalog({ niche, size, seed }: PlanCatalogInput): CatalogPlan {
  if (!Number.isInteger(size) || size < 1 || size > MAX_PRODUCTS) {
    throw new AppError(
      'INVALID_INPUT',
      `Catalog size must be a whole number from 1 to ${MAX_PRODUCTS}`,
      {
        fieldErrors: [
          { path: 'products', message: `must be a whole number from 1 to ${MAX_PRODUCTS}` },
        ],
      },
    );
  }
  if (niche.trim() === '') {
    throw new AppError('INVALID_INPUT', 'Describe the store niche, e.g. "specialty coffee"', {
      fieldErrors: [{ path: 'niche', message: 'must not be empty' }],
    });
  }
  const match = matchNiche(niche.trim());
  const brand = forgeBrand({ niche: match, seed });
  const rng = rngFor(seed, 'plan');

  // Every kind the niche's store sells, in a seeded order; a small catalog uses the first few.
  const candidates = match.kinds;
  const ordered = rng.shuffle(candidates);
  const used = ordered.slice(0, Math.min(ordered.length, size));
  // Keep the store's navigation in the match's order, not in shuffle order.
  used.sort((x, y) => candidates.indexOf(x) - candidates.indexOf(y));

  const { categories, leafOf } = buildCategories(used, match.verticals.length > 1);
  const codes = new Set<string>();
  const slots: CatalogSlot[] = used.map((kind) => {
    const { vertical, archetype } = kind;
    let code = shortCode(archetype.productType);
    for (let n = 2; codes.has(code); n++) code = `${shortCode(archetype.productType, 2)}${n}`;
    codes.add(code);
    return {
      archetype,
      vertical,
      categoryHandle: leafOf.get(kind) ?? '',
      code,
      titles: new TitleSpace(archetype, hashString(`${seed}:titles:${archetype.id}`)),
      handleSuffix: `-${slugify(archetype.noun[0])}-${slugify(code)}`,
      alwaysSuffix: false,
    };
  });

  // Two kinds can spell the same title ("Classic Linen Napkin"); find those titles so only their
  // handles carry the kind's suffix. A kind too large to list always carries it.
  const sharedTitles = new Set<string>();
  const seenIn = new Map<string, number>();
  slots.forEach((slot, i) => {
    const titles = slot.titles.titles();
    if (!titles) {
      slot.alwaysSuffix = true;
      return;
    }
    for (const title of titles) {
      const key = slugify(title);
      const owner = seenIn.get(key);
      if (owner === undefined) seenIn.set(key, i);
      else if (owner !== i) sharedTitles.add(key);
    }
  });

  // What the niche names is the store's focus ("artisanal hot sauce" sells mostly hot sauce):
  // four turns in each cycle. Some other kinds are staples (two turns), most appear once.
  const slotWeight = used.map((kind) => (kind.focus ? 4 : rng.chance(0.35) ? 2 : 1));
  const cycle = rng.shuffle(slotWeight.flatMap((w, i) => Array.from({ length: w }, () => i)));
  // A small catalog should still show every kind it has categories for.
  if (size < cycle.length) {
    const firstTurns = [...new Set(cycle)];
    const rest = cycle.filter((_, i) => i !== cycle.indexOf(cycle[i] ?? -1));
    cycle.splice(0, cycle.length, ...firstTurns, ...rest);
  }
  const seen = new Map<number, number>();
  const cycleOccurrence = cycle.map((slot) => {
    const n = seen.get(slot) ?? 0;
    seen.set(slot, n + 1);
    return n;
  });

  return {
    seed,
    size,
    niche: match,
    brand,
    categories,
    slots,
    cycle,
    cycleOccurrence,
    slotWeight,
    brandCode: shortCode(brand.name),
    barcodePrefix: hashString(`${seed}:gs1`) % 1000,
    sharedTitles,
    modelNames: new ModelNames(size + 1, hashString(`${seed}:models`)),
  };
}

/** Which slot product i is, and how many products of that slot come before it. */
export function slotOf(plan: CatalogPlan, index: number): { slot: CatalogSlot; ordinal: number } {
  const turn = Math.floor(index / plan.cycle.length);
  const position = index % plan.cycle.length;
  const slotIndex = plan.cycle[position] ?? 0;
  const slot = plan.slots[slotIndex];
  if (!slot) throw new Error(`No slot at cycle position ${position}`);
  return {
    slot,
    ordinal: turn * (plan.slotWeight[slotIndex] ?? 1) + (plan.cycleOccurrence[position] ?? 0),
  };
}

/**
 * The store's tree: one vertical → collection > subcollection; several verticals → vertical >
 * collection > subcollection. A level that repeats the one above (a "Surfing" range whose
 * collection is also "Surfing") is left out. Depth never exceeds 3.
 */
function buildCategories(
  used: readonly NicheKind[],
  multiVertical: boolean,
): { categories: Category[]; leafOf: Map<NicheKind, string> } {
  const categories: Category[] = [];
  const byKey = new Map<string, Category>();
  const handles = new Set<string>();
  const leafOf = new Map<NicheKind, string>();
  const add = (
    key: string,
    title: string,
    parent: Category | null,
    taxonomyPath: string | null,
    noun: string,
  ) => {
    const existing = byKey.get(key);
    if (existing) {
      if (existing.taxonomyPath !== taxonomyPath) existing.taxonomyPath = null;
      return existing;
    }
    let handle = slugify(title);
    if (handles.has(handle) && parent) handle = `${parent.handle}-${handle}`;
    for (let n = 2; handles.has(handle); n++) handle = `${slugify(title)}-${n}`;
    handles.add(handle);
    const siblings = categories.filter((c) => c.parentHandle === (parent?.handle ?? null)).length;
    const category: Category = {
      handle,
      title,
      parentHandle: parent?.handle ?? null,
      depth: parent ? parent.depth + 1 : 1,
      taxonomyPath,
      description: parent
        ? `${title}: ${noun} chosen for ${parent.title.toLowerCase()}.`
        : `Shop all ${title.toLowerCase()}.`,
      position: siblings,
    };
    categories.push(category);
    byKey.set(key, category);
    return category;
  };
  for (const kind of used) {
    const { vertical, archetype } = kind;
    const path = archetype.taxonomyPath;
    const noun = archetype.noun[1];
    const root = multiVertical ? add(`v:${vertical.id}`, vertical.name, null, path, noun) : null;
    let leaf =
      root && archetype.collection === vertical.name
        ? root
        : add(`c:${vertical.id}:${archetype.collection}`, archetype.collection, root, path, noun);
    if (archetype.subcollection && leaf.depth < 3 && archetype.subcollection !== leaf.title) {
      leaf = add(
        `s:${vertical.id}:${archetype.collection}:${archetype.subcollection}`,
        archetype.subcollection,
        leaf,
        path,
        noun,
      );
    }
    leafOf.set(kind, leaf.handle);
  }
  for (const c of categories) {
    if (c.depth === 1 && !multiVertical) c.description = `Shop all ${c.title.toLowerCase()}.`;
  }
  return { categories, leafOf };
}
