import { loadTaxonomy, type TaxonomyAttribute, type TaxonomyCategory } from '@storecraft/taxonomy';
import {
  isColourName,
  type Archetype,
  type ColourName,
  type OptionAxis,
} from '../knowledge/index.ts';
import {
  colourFamilies,
  emptyValue,
  featurePhrases,
  materialAttribute,
  optionAttributes,
  sizeAttributes,
  skippedAttribute,
  titleAttributes,
} from './attribute-roles.ts';
import { shapes, type Shape } from './shapes.ts';
import { themes, type Facet, type Tagged, type Theme } from './themes.ts';
import { bigrams, matchWords } from './words.ts';

/** Normalised words (and two-word phrases) of a category's name and all its ancestors' names. */
export function pathWords(category: TaxonomyCategory): Set<string> {
  const words = new Set<string>();
  for (let c: TaxonomyCategory | undefined = category; c; c = c.parent) {
    const w = matchWords(c.name);
    for (const term of [...w, ...bigrams(w)]) words.add(term);
  }
  return words;
}

/** The theme whose words appear in the category's path, else the theme of its top-level category. */
export function themeFor(category: TaxonomyCategory): Theme {
  const words = pathWords(category);
  const root = category.path.split(' > ')[0] ?? '';
  return (
    themes.find((t) => t.match.some((w) => words.has(w))) ??
    themes.find((t) => t.root === root) ??
    (themes.find((t) => t.id === 'general') as Theme)
  );
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, j) => words[i + j] === p)) return true;
  }
  return false;
}

const shapePhrases = shapes.map((s) => ({ shape: s, phrases: s.match.map(matchWords) }));

/** Whether a name is a shape's: a one-word entry must be a head noun, a phrase may be anywhere. */
function nameMatches(name: string, phrases: readonly (readonly string[])[]): boolean {
  const parts = cleanName(name)
    .split(/, | & /)
    .map(matchWords);
  const words = parts.flat();
  const heads = new Set(parts.map((p) => p[p.length - 1]));
  return phrases.some((p) => (p.length === 1 ? heads.has(p[0]) : containsPhrase(words, p)));
}

/** What the leaf physically is, from its own name, else its parent's. */
export function shapeFor(category: TaxonomyCategory): Shape | undefined {
  for (let c: TaxonomyCategory | undefined = category; c && c.parent; c = c.parent) {
    const name = c.name;
    const found = shapePhrases.find(({ phrases }) => nameMatches(name, phrases));
    if (found) return found.shape;
    if (c !== category) break;
  }
  return undefined;
}

/** Whether a tagged phrase fits a product with these path words and facet. */
export function fits(entry: Tagged, words: ReadonlySet<string>, facet: Facet): boolean {
  if (typeof entry === 'string') return true;
  if (entry.for && !entry.for.includes(facet)) return false;
  if (entry.when && !entry.when.some((w) => words.has(w))) return false;
  return true;
}

export function textOf(entry: Tagged): string {
  return typeof entry === 'string' ? entry : entry.text;
}

const POWERED_ROOTS = new Set(['Electronics']);

function facetOf(category: TaxonomyCategory, shape: Shape | undefined, theme: Theme): Facet {
  if (shape?.facet) return shape.facet;
  if (POWERED_ROOTS.has(category.path.split(' > ')[0] ?? '')) return 'powered';
  // A shape without a facet is a durable thing, even in a food or brewing theme (beer glasses).
  if (!shape && (theme.id === 'food' || theme.id === 'brewing')) return 'consumable';
  return 'gear';
}

/* ---------------------------------------------------------------- names */

/** Leaves whose name is not the product a shopper asks for. */
const LEAF_NOUNS: Readonly<Record<string, readonly [string, string, string]>> = {
  Vinyl: ['vinyl record', 'vinyl records', 'Vinyl Record'],
  'Records & LPs': ['LP', 'LPs', 'LP Record'],
  'Keyboard Keys & Caps': ['keycap set', 'keycap sets', 'Keycap Set'],
  'Mice & Trackballs': ['mouse', 'mice', 'Computer Mouse'],
  'Turntables & Record Players': ['turntable', 'turntables', 'Turntable'],
  'Camera Film': ['film roll', 'film rolls', 'Camera Film'],
};

/** Things sold by quantity, and the unit a shop counts them in ("a skein of yarn"). */
const MASS_UNITS: Readonly<Record<string, string>> = {
  wax: 'bar',
  clay: 'block',
  yarn: 'skein',
  glue: 'bottle',
  ink: 'bottle',
  tape: 'roll',
  thread: 'spool',
  floss: 'skein',
  filament: 'spool',
  substrate: 'bag',
  sand: 'bag',
  soil: 'bag',
  food: 'pack',
  feed: 'bag',
  chalk: 'block',
  malt: 'bag',
  grain: 'bag',
  fabric: 'cut',
  paper: 'pad',
  glaze: 'jar',
  slip: 'jar',
  paint: 'tube',
  sandpaper: 'pack',
};

/** Nouns that are plural in form even for one thing. */
const PLURAL_ONLY = new Set(
  'goggles glasses sunglasses binoculars pants trousers shorts leggings tights jeans trunks boardshorts briefs boxers overalls pajamas scissors shears pliers tongs tweezers clippers headphones waders chaps jodhpurs breeches suspenders snips trimmers'.split(
    ' ',
  ),
);

const IRREGULAR_SINGULAR: Readonly<Record<string, string>> = {
  knives: 'knife',
  shelves: 'shelf',
  leaves: 'leaf',
  halves: 'half',
  mice: 'mouse',
  buses: 'bus',
  feet: 'foot',
  teeth: 'tooth',
};

function singularOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_SINGULAR[lower];
  if (irregular)
    return word.charAt(0) === word.charAt(0).toUpperCase() ? capital(irregular) : irregular;
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|zz|ch|sh)es$/i.test(word)) return word.slice(0, -2);
  if (/[^su]s$/i.test(word) && !/^[A-Z0-9]+s$/.test(word)) return word.slice(0, -1);
  if (/^[A-Z0-9]+s$/.test(word)) return word.slice(0, -1);
  return word;
}

function pluralOf(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lower case for running text, keeping acronyms and model codes ("SLR", "3D", "DJ"). */
function shopperCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (/^[A-Z0-9]{2,}$|\d/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

function cleanName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim();
}

/** The product a leaf names: product type (Title Case) and the noun, singular and plural. */
export function productNames(category: TaxonomyCategory): {
  productType: string;
  noun: readonly [string, string];
} {
  const override = LEAF_NOUNS[category.name];
  if (override) return { productType: override[2], noun: [override[0], override[1]] };
  let name = cleanName(category.name);
  // A one-word leaf takes its parent's qualifier: "Cartridges" under "Turntable Accessories" is a
  // turntable cartridge, "Brushes" under "Pet Combs & Brushes" a pet brush.
  const parentHead = cleanName(category.parent?.name ?? '').split(/, | & /)[0] ?? '';
  const qualifier = parentHead.split(' ').slice(0, -1);
  if (
    !name.includes(' ') &&
    category.parent?.parent &&
    qualifier.length === 1 &&
    qualifier.every((w) => !/ing$/i.test(w) && !name.includes(w))
  ) {
    name = `${qualifier.join(' ')} ${name}`;
  }
  const parts = name.split(/, | & /);
  const first = parts[0] ?? name;
  const last = parts[parts.length - 1] ?? name;
  // "Ski & Snowboard Goggles" and "Motorcycle Knee & Shin Guards" share their head noun;
  // "Bicycle Cassettes & Freewheels" lists two products.
  const firstHead = first.split(' ').pop() ?? first;
  const shared =
    parts.length > 1 &&
    last.includes(' ') &&
    (!first.includes(' ') || (!/s$/i.test(firstHead) && /s$/i.test(last)));
  const phrase = shared ? name : first;
  const words = phrase.split(' ');
  const head = words[words.length - 1] ?? phrase;
  const stem = words.slice(0, -1);
  if (PLURAL_ONLY.has(head.toLowerCase())) {
    const noun = shopperCase(phrase);
    return { productType: phrase, noun: [noun, noun] };
  }
  const singularHead = singularOf(head);
  const singular = [...stem, singularHead].join(' ');
  const unit = MASS_UNITS[singularHead.toLowerCase()];
  if (unit) {
    const base = shopperCase(singular);
    return { productType: singular, noun: [`${base} ${unit}`, `${base} ${pluralOf(unit)}`] };
  }
  const plural = [...stem, singularHead === head ? pluralOf(head) : head].join(' ');
  return { productType: singular, noun: [shopperCase(singular), shopperCase(plural)] };
}

/* ---------------------------------------------------------------- attributes */

let attributeUse: Map<string, number> | undefined;

/** How many leaves of the taxonomy list an attribute: the fewer, the more specific it is. */
function leavesUsing(handle: string): number {
  if (!attributeUse) {
    attributeUse = new Map();
    for (const c of loadTaxonomy().categories) {
      if (!c.isLeaf) continue;
      for (const a of c.attributes)
        attributeUse.set(a.handle, (attributeUse.get(a.handle) ?? 0) + 1);
    }
  }
  return attributeUse.get(handle) ?? 0;
}

function usable(values: readonly string[]): string[] {
  return values.filter((v) => !emptyValue.test(v));
}

const FEATURE_ATTRIBUTES = new Set([
  'swimwear-features',
  'clothing-features',
  'outerwear-clothing-features',
  'shoe-features',
  'keyboard-specialized-features',
  'aquarium-filter-features',
  'protective-gear-features',
  'bag-case-features',
  'bag-case-storage-features',
  'intimate-apparel-features',
  'baby-toddler-clothing-features',
  'maternity-clothing-features',
]);

/** Material attributes that describe the whole product, not one of its parts. */
const WHOLE_MATERIAL =
  /^(material|fabric|footwear-material|handwear-material|bag-case-material|gear-material|toy-game-material|decoration-material|hardware-material|art-crafting-tool-material|tool-utensil-material|cookware-bakeware-material|furniture-fixture-material|office-supply-material|scale-model-material|ball-material|clothing-accessory-material|instrument-accessory-material|item-material)$/;

function colourAxis(
  attribute: TaxonomyAttribute,
  palette: readonly ColourName[],
): OptionAxis | null {
  const families = new Set(usable(attribute.values));
  const allowed = new Set(
    [...families].flatMap((f) => colourFamilies[f] ?? []).filter(isColourName),
  );
  const values = palette.filter((c) => allowed.has(c));
  if (values.length < 2) return null;
  return { name: 'Color', kind: 'colour', values, pick: [2, Math.min(5, values.length)] };
}

function sizeAxis(attribute: TaxonomyAttribute): OptionAxis | null {
  const spec = sizeAttributes[attribute.handle];
  if (!spec) return null;
  const offered = usable(attribute.values);
  const present = (size: string) =>
    offered.some((v) => v === size || v.endsWith(`(${size})`) || `US ${v}` === size);
  const keep = spec.values.map((v, i) => ({ v, i })).filter(({ v }) => present(v));
  if (keep.length < 3) return null;
  const axis: OptionAxis = {
    name: 'Size',
    kind: 'size',
    values: keep.map((k) => k.v),
    pick: [Math.min(3, keep.length), keep.length],
  };
  return spec.factors ? { ...axis, priceFactors: keep.map((k) => spec.factors?.[k.i] ?? 1) } : axis;
}

/* ---------------------------------------------------------------- derive */

/** Rows any shop states, for categories whose attributes and theme give fewer than three. */
const SHOP_SPECS = [
  { label: 'Warranty', values: ['1 year', '2 years'] },
  { label: 'Returns', values: ['30 days', '60 days'] },
  { label: 'Ships in', values: ['1–2 business days', '2–3 business days'] },
];
const CONSUMABLE_SPECS = [
  { label: 'Shelf life', values: ['12 months', '18 months', '24 months'] },
  { label: 'Returns', values: ['Unopened, within 30 days'] },
  { label: 'Ships in', values: ['1–2 business days', '2–3 business days'] },
];

/** Whether a fallback row would restate one the category already has ("Level" beside "Skill level"). */
function overlaps(label: string, specs: readonly { label: string }[]): boolean {
  const head = label.toLowerCase().split(' ').pop() ?? '';
  return specs.some((s) => s.label === label || s.label.toLowerCase().split(' ').includes(head));
}

const cache = new Map<string, Archetype>();

/**
 * An archetype for a taxonomy leaf the knowledge base has no curated archetype for: its product
 * type from the leaf's name; options, title words and spec rows from the leaf's attributes with
 * Shopify's own values; materials, sizes, weight and price from its shape; features, care and
 * copy words from its theme. The same leaf always gives the same archetype.
 */
export function deriveArchetype(category: TaxonomyCategory): Archetype {
  const cached = cache.get(category.id);
  if (cached) return cached;
  const archetype = derive(category);
  cache.set(category.id, archetype);
  return archetype;
}

function derive(category: TaxonomyCategory): Archetype {
  const theme = themeFor(category);
  const shape = shapeFor(category);
  const facet = facetOf(category, shape, theme);
  const words = pathWords(category);
  const { productType, noun } = productNames(category);
  const used = new Set<string>();

  // Options: colour, size, and one choice a shop would sell as variants.
  const options: OptionAxis[] = [];
  const colourAttribute = category.attributes.find((a) => a.handle === 'color');
  if (colourAttribute && theme.colours && facet !== 'consumable') {
    const axis = colourAxis(colourAttribute, theme.colours);
    if (axis) options.push(axis);
  }
  for (const handle of ['shoe-size', 'size', 'accessory-size', 'ring-size', 'bedding-size']) {
    const attribute = category.attributes.find((a) => a.handle === handle);
    const spec = sizeAttributes[handle];
    if (!attribute || !spec) continue;
    if (spec.worn && (facet !== 'wearable' || !theme.sizes)) continue;
    const axis = sizeAxis(attribute);
    if (axis) {
      options.push(axis);
      used.add(handle);
      break;
    }
  }
  for (const attribute of category.attributes) {
    if (options.length >= 3) break;
    const spec = optionAttributes[attribute.handle];
    if (!spec) continue;
    const offered = new Set(usable(attribute.values).map((v) => v.toLowerCase()));
    const values = spec.values.filter((v) => offered.has(v.toLowerCase()));
    if (values.length < 2) continue;
    options.push({ name: spec.name, kind: 'choice', values, pick: [2, values.length] });
    used.add(attribute.handle);
    break;
  }

  // Title words: one attribute whose value reads well in a title, product lines, style words.
  const slots: Record<string, readonly string[]> = { line: theme.lines, style: theme.styles };
  let titleAttribute = false;
  for (const attribute of category.attributes) {
    const table = titleAttributes[attribute.handle];
    if (!table || used.has(attribute.handle)) continue;
    const values = [...new Set(usable(attribute.values).flatMap((v) => table[v] ?? []))];
    if (values.length < 3) continue;
    slots.kind = values;
    used.add(attribute.handle);
    titleAttribute = true;
    break;
  }
  const titlePatterns = titleAttribute
    ? ['{kind} {noun}', '{line} {kind} {noun}', '{line} {noun}', '{style} {kind} {noun}']
    : ['{line} {noun}', '{style} {noun}', '{line} {style} {noun}'];

  // Spec rows: attributes specific to this kind of product, one value each; the theme's if few.
  const specs: { label: string; values: readonly string[] }[] = [];
  for (const attribute of category.attributes) {
    if (specs.length >= 4) break;
    const h = attribute.handle;
    if (used.has(h) || skippedAttribute.test(h) || materialAttribute.test(h)) continue;
    if (h.endsWith('features') || leavesUsing(h) > 150) continue;
    const values = usable(attribute.values);
    if (values.length < 2 || values.length > 30) continue;
    specs.push({ label: capital(attribute.name), values });
  }
  const fallbacks =
    facet === 'consumable'
      ? [...theme.specs.filter((s) => s.label !== 'Warranty'), ...CONSUMABLE_SPECS]
      : [...theme.specs, ...SHOP_SPECS];
  for (const spec of fallbacks) {
    if (specs.length >= 3) break;
    if (!overlaps(spec.label, specs)) specs.push(spec);
  }

  // Materials: what such a product is made of, narrowed to the taxonomy's values where it names some.
  const known =
    (shape?.materials ?? []).length > 0
      ? (shape?.materials ?? [])
      : theme.materials.filter((m) => fits(m, words, facet)).map(textOf);
  const materialValues = category.attributes
    .filter((a) => WHOLE_MATERIAL.test(a.handle))
    .flatMap((a) => usable(a.values).map((v) => v.toLowerCase()));
  const narrowed = known.filter((m) => materialValues.some((v) => m.toLowerCase().includes(v)));
  let materials = narrowed.length >= 2 ? narrowed : [...known];
  if (materials.length < 2) {
    const extra = theme.materials.filter((m) => fits(m, words, facet)).map(textOf);
    materials = [...new Set([...materials, ...extra])].slice(0, Math.max(2, materials.length));
  }

  // Features: Shopify's feature values in a shop's words, then the theme's.
  const attributeFeatures = category.attributes
    .filter((a) => FEATURE_ATTRIBUTES.has(a.handle))
    .flatMap((a) => usable(a.values).flatMap((v) => featurePhrases[v] ?? []));
  const themeFeatures = theme.features.filter((f) => fits(f, words, facet)).map(textOf);
  const features = [...new Set([...attributeFeatures, ...themeFeatures.reverse()])].slice(0, 12);
  const care = [...new Set(theme.care.filter((c) => fits(c, words, facet)).map(textOf))];

  const [lo, hi] = shape?.price ?? theme.price;
  const band: [number, number] = [lo * 100, hi * 100];
  const points = [
    ...new Set(
      [0.15, 0.3, 0.45, 0.6, 0.8].map((f) =>
        Math.min(band[1], Math.max(band[0], Math.round(lo + (hi - lo) * f) * 100 - 1)),
      ),
    ),
  ];

  const parent = category.parent;
  const collection = cleanName(parent && parent.parent ? parent.name : category.name);
  const subcollection = cleanName(category.name);
  const colourOption = options.some((o) => o.kind === 'colour');
  return {
    id: `tx-${category.id}`,
    productType,
    taxonomyPath: category.path,
    collection,
    ...(subcollection !== collection ? { subcollection } : {}),
    noun,
    titlePatterns,
    slots,
    materials,
    features,
    specs,
    care,
    options,
    ...(colourOption ? {} : { colours: theme.paletteMood.slice(0, 3) }),
    price: {
      band,
      points: points.length >= 3 ? points : [band[0], Math.round((band[0] + band[1]) / 2), band[1]],
    },
    costRatio: [theme.costRatio[0], theme.costRatio[1]],
    grams: [...(shape?.grams ?? theme.grams)] as [number, number],
    dimensionsCm: [...(shape?.cm ?? theme.cm)] as [number, number, number],
    image: shape?.image ?? theme.image,
    tags: [noun[1], collection.toLowerCase()],
  };
}
