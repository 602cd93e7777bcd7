import type { Image, Product, ProductOption, ProductStatus, Variant } from '@storecraft/core';
import type {
  ContentProvider,
  ProductCopy,
  ProductCopyInput,
} from '../content/content-provider.ts';
import { proceduralCopy } from '../content/procedural-copy.ts';
import { assignFacts, optionAgrees, titleFacts, titleNamesValue } from '../facts/assign-facts.ts';
import { factModelOf, type FactEntry, type FactModel } from '../facts/fact-model.ts';
import { archetypeColours, type Archetype, type OptionAxis } from '../knowledge/index.ts';
import { imageShots, labels } from '../locales/en.ts';
import { hashString, rngFor, type Rng } from '../random.ts';
import { capitalize, plainText, slugify, truncateWords } from '../text.ts';
import { MAX_VARIANTS_PER_PRODUCT, uniqueCodes, upcA } from './codes.ts';
import { slotOf, type CatalogPlan, type CatalogSlot } from './plan-catalog.ts';
import { charm, clampToBand, compareAt } from './pricing.ts';

/** Everything about product i except its copy: the procedural "plan" half of a product. */
export interface ProductPlan {
  index: number;
  slot: CatalogSlot;
  product: Omit<Product, 'bodyHtml' | 'seoDescription'>;
  copyInput: ProductCopyInput;
}

interface ChosenAxis {
  axis: OptionAxis;
  place: { in: 'option'; name: string };
  values: string[];
  factors: number[];
  codes: string[];
}

const SHOTS = ['front', 'angle', 'detail', 'lifestyle', 'flat'] as const;

/** Plans product `index` of the catalog: title, handle, options, variants, prices, SKUs, barcodes, images. */
export function planProduct(plan: CatalogPlan, index: number): ProductPlan {
  if (!Number.isInteger(index) || index < 0 || index >= plan.size) {
    throw new RangeError(`Product index ${index} is outside the catalog (0..${plan.size - 1})`);
  }
  const { slot, ordinal } = slotOf(plan, index);
  const { archetype, vertical } = slot;
  const rng = rngFor(plan.seed, 'product', index);

  const titleAt = ordinal % Math.max(1, slot.titles.size);
  const base = slot.titles.title(titleAt);
  const lap = Math.floor(ordinal / Math.max(1, slot.titles.size));
  // Once an archetype's title space is used up, a unique model name keeps titles distinct.
  const title = lap === 0 ? base : `${plan.modelNames.name(index)} ${base}`;
  const slug = slugify(title);
  const needsSuffix = slot.alwaysSuffix || (lap === 0 && plan.sharedTitles.has(slug));
  const handle = slug + (needsSuffix ? slot.handleSuffix : '');

  // Facts first: the title's words are fixed; options, material and specs must agree with them.
  const model = factModelOf(archetype, vertical);
  const fromTitle = titleFacts(model, slot.titles.slotValues(titleAt));
  const axes = chooseAxes(archetype, rng, model, fromTitle, title);
  const optionFacts = axes.flatMap((a) => a.values.map((v) => model.fact(a.place, v)));
  const assignment = assignFacts(
    model,
    [...fromTitle, ...optionFacts],
    axes.map((a) => a.axis.name),
    rng,
    title,
  );
  const combos = combinations(axes, rng);
  const colourAxis = axes.findIndex((a) => a.axis.kind === 'colour');
  const productColours =
    colourAxis >= 0
      ? (axes[colourAxis]?.values ?? [])
      : archetypeColours(archetype).length > 0
        ? [rng.pick(archetypeColours(archetype))]
        : [];

  // Images: one per colour on offer, then a couple of extra angles of the first.
  const images: Image[] = [];
  const noun = archetype.noun[0];
  const imageFor = new Map<string, number>();
  const addImage = (shot: (typeof SHOTS)[number], colour: string | null) => {
    const position = images.length + 1;
    images.push({
      position,
      alt: altText(colourAxis >= 0 ? colour : null, noun, title, shot),
      template: archetype.image,
      shot,
      colour,
      src: null,
    });
    return position;
  };
  if (colourAxis >= 0) {
    for (const colour of productColours) imageFor.set(colour, addImage('front', colour));
    for (const shot of rng.sample(SHOTS.slice(1), rng.int(1, 2)))
      addImage(shot, productColours[0] ?? null);
  } else {
    const colour = productColours[0] ?? null;
    addImage('front', colour);
    for (const shot of rng.sample(SHOTS.slice(1), rng.int(1, 3))) addImage(shot, colour);
  }

  // Prices: a typical price point, charm-priced, scaled per option value, kept in the band.
  const baseCents = rng.pick(archetype.price.points) * rng.float(0.94, 1.08);
  const onSale = rng.chance(0.22);
  // A product ships heavier than what it holds: packaging on top of a stated net weight.
  const holds = (grams: number) => (grams > 0 ? Math.round(grams * 1.12 + 15) : 0);
  let stated = 0;
  for (const f of assignment.specFacts) stated = Math.max(stated, holds(f.contentGrams));
  const baseGrams = Math.max(stated, rng.int(archetype.grams[0], archetype.grams[1]));
  // With an ordered size axis, weight follows the size across the archetype's band.
  const sizeAxis = axes.findIndex((a) => a.axis.kind === 'size');
  const [g0, g1] = archetype.grams;
  const gramsFor = (combo: readonly number[]): number => {
    const axis = axes[sizeAxis];
    if (!axis) return baseGrams;
    const at = axis.axis.values.indexOf(axis.values[combo[sizeAxis] ?? 0] ?? '');
    const fraction = axis.axis.values.length > 1 ? at / (axis.axis.values.length - 1) : 0;
    const banded = Math.round((g0 + (g1 - g0) * fraction) * (0.97 + (baseGrams % 7) / 100));
    const value = axis.values[combo[sizeAxis] ?? 0] ?? '';
    return Math.max(banded, stated, holds(model.fact(axis.place, value).contentGrams));
  };
  const costShare = rng.float(archetype.costRatio[0], archetype.costRatio[1]);
  const priceCache = new Map<number, number>();
  const variants: Variant[] = combos.map((combo, v) => {
    let factor = 1;
    combo.forEach((valueIndex, a) => {
      factor *= axes[a]?.factors[valueIndex] ?? 1;
    });
    const key = Math.round(factor * 1000);
    let priceCents = priceCache.get(key);
    if (priceCents === undefined) {
      priceCents = clampToBand(charm(baseCents * factor, rng), archetype.price.band);
      priceCache.set(key, priceCents);
    }
    const optionValues = combo.map((valueIndex, a) => axes[a]?.values[valueIndex] ?? '');
    const colour = colourAxis >= 0 ? optionValues[colourAxis] : undefined;
    const soldOut = rng.chance(0.08);
    return {
      sku: [
        plan.brandCode,
        slot.code,
        String(index + 1).padStart(5, '0'),
        ...combo.map((vi, a) => axes[a]?.codes[vi] ?? ''),
      ].join('-'),
      barcode: upcA(plan.barcodePrefix, index, v),
      optionValues,
      priceCents,
      compareAtPriceCents: onSale ? compareAt(priceCents, rng) : null,
      costCents: Math.max(1, Math.round(priceCents * costShare)),
      grams: Math.max(1, gramsFor(combo)),
      inventoryQuantity: soldOut ? 0 : Math.round(rng.int(2, 60) * rng.float(0.5, 2.5)),
      inventoryPolicy: soldOut && rng.chance(0.3) ? 'continue' : 'deny',
      requiresShipping: true,
      taxable: true,
      imagePosition: colour ? (imageFor.get(colour) ?? 1) : 1,
    };
  });

  const options: ProductOption[] = axes.map((a) => ({ name: a.axis.name, values: a.values }));
  const status: ProductStatus = rng.weighted([
    ['active', 92],
    ['draft', 6],
    ['archived', 2],
  ] as const);
  const tags = [...archetype.tags, archetype.collection.toLowerCase()];
  if (onSale) tags.push('sale');
  if (rng.chance(0.1)) tags.push('new arrival');
  if (rng.chance(0.08)) tags.push('bestseller');

  // Material, Dimensions and Weight are the engine's rows; the box size follows any stated length.
  const { material } = assignment;
  const specs: [string, string][] = [];
  if (material !== null) specs.push([labels.material, capitalize(material)]);
  specs.push(...assignment.specs.map(([label, value]): [string, string] => [label, value]));
  const statesLength = [...fromTitle, ...assignment.specFacts, ...optionFacts].some(
    (f) => f.statesLength,
  );
  if (!statesLength) {
    const [l, w, h] = archetype.dimensionsCm.map((d) =>
      Math.max(0.5, Math.round(d * rng.float(0.92, 1.08) * 10) / 10),
    );
    specs.push([labels.dimensions, `${l} × ${w} × ${h} cm`]);
  }
  if (sizeAxis < 0) specs.push([labels.weight, formatGrams(baseGrams)]);

  return {
    index,
    slot,
    product: {
      handle,
      title,
      vendor: plan.brand.name,
      productType: archetype.productType,
      taxonomyPath: archetype.taxonomyPath,
      categoryHandle: slot.categoryHandle,
      tags: [...new Set(tags)],
      status,
      publishedOnline: status === 'active',
      seoTitle: seoTitle(title, plan.brand.name),
      options,
      variants,
      images,
    },
    copyInput: {
      brand: plan.brand,
      vertical,
      archetype,
      title,
      noun,
      // A colour the shopper did not choose (packaging, a tea's tin) is not worth a sentence.
      colours: colourAxis >= 0 ? productColours : [],
      material: material ?? '',
      features: assignment.features,
      specs,
      care: assignment.care,
      audiences: assignment.audiences,
      moments: assignment.moments,
      adjectives: assignment.adjectives,
      facts: [
        ...specs.map(([label, value]) => ({ dimension: slugify(label), label, value })),
        ...options.map((o) => ({
          dimension: slugify(o.name),
          label: o.name,
          value: o.values.join(' / '),
        })),
      ],
      seed: hashString(`${plan.seed}:copy:${index}`),
      position: { index, catalogSeed: hashString(`${plan.seed}:${plan.brand.name}:copy-frames`) },
    },
  };
}

export function assembleProduct(productPlan: ProductPlan, copy: ProductCopy): Product {
  return {
    ...productPlan.product,
    bodyHtml: copy.bodyHtml,
    // Plain text whatever the provider wrote: SEO columns are not HTML.
    seoDescription: truncateWords(plainText(copy.seoDescription), 320),
  };
}

/** Product `index` with procedural copy: synchronous and fast. */
export function generateProduct(plan: CatalogPlan, index: number): Product {
  const productPlan = planProduct(plan, index);
  return assembleProduct(productPlan, proceduralCopy(productPlan.copyInput));
}

/** Products `start..end-1` in order (a chunk can be generated independently of the others). */
export function* generateProducts(
  plan: CatalogPlan,
  start = 0,
  end = plan.size,
): Generator<Product> {
  for (let i = start; i < Math.min(end, plan.size); i++) yield generateProduct(plan, i);
}

/** The same, with copy from any content provider (AI providers are asynchronous). */
export async function* generateProductsWith(
  plan: CatalogPlan,
  content: ContentProvider,
  start = 0,
  end = plan.size,
): AsyncGenerator<Product> {
  for (let i = start; i < Math.min(end, plan.size); i++) {
    const productPlan = planProduct(plan, i);
    yield assembleProduct(productPlan, await content.productCopy(productPlan.copyInput));
  }
}

/**
 * The option axes a product offers, with values that agree with its title's facts: a "Rose Quartz"
 * roller offers no Stone option, a "Medium Roast" no other roast. An axis left with fewer than two
 * values is not offered (its one value is already in the title).
 */
function chooseAxes(
  archetype: Archetype,
  rng: Rng,
  model: FactModel,
  facts: readonly FactEntry[],
  title: string,
): ChosenAxis[] {
  const chosen: ChosenAxis[] = [];
  for (const axis of archetype.options.slice(0, 3)) {
    if (titleNamesValue(title, axis.values)) continue;
    const place = { in: 'option', name: axis.name } as const;
    const open = axis.values
      .map((_, i) => i)
      .filter((i) => optionAgrees(model, facts, model.fact(place, axis.values[i] ?? '')));
    if (open.length < Math.min(2, axis.values.length)) continue;
    const [minPick, maxPick] = axis.pick ?? [Math.min(2, open.length), open.length];
    const count = rng.int(Math.max(1, minPick), Math.max(1, Math.min(maxPick, open.length)));
    let indexes: number[];
    if (axis.kind === 'size') {
      // A contiguous run of sizes: nobody sells S and XL without M.
      const start = rng.int(0, open.length - count);
      indexes = open.slice(start, start + count);
    } else {
      indexes = rng.sample(open, count);
    }
    const codes = uniqueCodes(axis.values);
    chosen.push({
      axis,
      place,
      values: indexes.map((i) => axis.values[i] ?? ''),
      factors: indexes.map((i) => axis.priceFactors?.[i] ?? 1),
      codes: indexes.map((i) => codes[i] ?? 'X'),
    });
  }
  // Keep the matrix within what the barcode scheme and real stores handle.
  while (chosen.reduce((n, a) => n * a.values.length, 1) > MAX_VARIANTS_PER_PRODUCT) {
    const largest = chosen.reduce((x, y) => (y.values.length > x.values.length ? y : x));
    largest.values.pop();
    largest.factors.pop();
    largest.codes.pop();
  }
  return chosen;
}

/** All combinations (value indexes per axis), sometimes minus a few that are "not made". */
function combinations(axes: readonly ChosenAxis[], rng: Rng): number[][] {
  let combos: number[][] = [[]];
  for (const axis of axes) {
    const next: number[][] = [];
    for (const combo of combos)
      for (let i = 0; i < axis.values.length; i++) next.push([...combo, i]);
    combos = next;
  }
  if (axes.length >= 2 && combos.length >= 6 && rng.chance(0.3)) {
    // Drop a couple of combinations, but keep every offered value in at least one variant.
    for (let drop = rng.int(1, 2); drop > 0; drop--) {
      const victim = rng.int(0, combos.length - 1);
      const remaining = combos.filter((_, i) => i !== victim);
      const covers = axes.every((axis, a) =>
        axis.values.every((_, v) => remaining.some((c) => c[a] === v)),
      );
      if (covers) combos = remaining;
    }
  }
  return combos;
}

function altText(
  colour: string | null,
  noun: string,
  title: string,
  shot: (typeof SHOTS)[number],
): string {
  const what = colour ? `${title} in ${colour}` : title;
  return `${what}, ${imageShots[shot]} of the ${noun}`;
}

function formatGrams(grams: number): string {
  return grams >= 1000 ? `${(grams / 1000).toFixed(grams >= 10_000 ? 0 : 1)} kg` : `${grams} g`;
}

function seoTitle(title: string, brandName: string): string {
  const full = `${title} | ${brandName}`;
  return full.length <= 70 ? full : truncateWords(title, 70);
}
