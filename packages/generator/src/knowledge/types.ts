import type { BrandVoice } from '@storecraft/core';
import type { ColourName } from './colours.ts';

/**
 * The procedural image templates (one drawing per family). Every archetype names the family that
 * draws it; the image renderer implements each one.
 */
export const imageFamilies = [
  'tee',
  'hoodie',
  'jacket',
  'dress',
  'trousers',
  'shorts',
  'leggings',
  'sock',
  'cap',
  'beanie',
  'scarf',
  'sneaker',
  'boot',
  'sandal',
  'ring',
  'necklace',
  'earrings',
  'bracelet',
  'watch',
  'tote',
  'backpack',
  'wallet',
  'sunglasses',
  'serum-bottle',
  'pump-bottle',
  'jar',
  'tube',
  'lipstick',
  'compact',
  'perfume-bottle',
  'soap-bar',
  'coffee-bag',
  'tea-tin',
  'pouch',
  'box',
  'mug',
  'bottle',
  'wine-bottle',
  'glass',
  'plate',
  'bowl',
  'pan',
  'knife',
  'candle',
  'plant-pot',
  'vase',
  'cushion',
  'blanket',
  'towel',
  'lamp',
  'chair',
  'table',
  'shelf',
  'rug',
  'pet-bed',
  'pet-bowl',
  'collar',
  'toy',
  'plush',
  'blocks',
  'yoga-mat',
  'dumbbell',
  'tent',
  'sleeping-bag',
  'bike-helmet',
  'bike-light',
  'book',
  'notebook',
  'pen',
  'print-frame',
  'phone-case',
  'headphones',
  'speaker',
  'cable',
  'charger',
  'supplement-jar',
  'capsule-bottle',
] as const;
export type ImageFamily = (typeof imageFamilies)[number];

/** A range [min, max], inclusive. */
export type Range = readonly [min: number, max: number];

export interface OptionAxis {
  /** Shopify option name shown to shoppers: `Size`, `Color`, `Roast`, `Grind`, `Capacity`. */
  name: string;
  /**
   * `size`: ordered sizes; a product picks a contiguous run, so it never sells S and XL without M.
   * `colour`: values are names from the shared colour table, so images can draw the real colour.
   * `choice`: any other axis (scent, roast, grind, material, pack).
   */
  kind: 'size' | 'colour' | 'choice';
  /** All values this axis may take, in canonical order (XS, S, M, L, XL, XXL). */
  values: readonly string[];
  /**
   * Price multiplier per value, same length as `values` (bigger size costs more): `[1, 1, 1.15]`.
   * Omit when every value costs the same.
   */
  priceFactors?: readonly number[];
  /** How many values one product offers, [min, max]; default [2, values.length]. */
  pick?: Range;
}

/**
 * A kind of product a store in this vertical sells: everything needed to plan, price, describe and
 * draw one. Strings are English; a locale would supply its own vertical files.
 */
export interface Archetype {
  /** Unique across the whole knowledge base, kebab-case: `coffee-whole-bean`. */
  id: string;
  /** Shopify `Type`: `Whole Bean Coffee`. */
  productType: string;
  /** Exact Shopify Standard Product Taxonomy (2024-10) path, `A > B > C`. */
  taxonomyPath: string;
  /** The level-2 collection it is listed under in the store (`Coffee`); the planner builds the tree. */
  collection: string;
  /** Optional level-3 collection under `collection` (`Single Origin`). */
  subcollection?: string;
  /** What the product is, singular and plural, as a shopper says it: `mug` / `mugs`. */
  noun: readonly [singular: string, plural: string];
  /**
   * Title patterns. `{noun}` is the singular noun (capitalised), other `{slot}`s come from `slots`.
   * The planner adds a distinguishing word when two titles collide, so patterns may be simple.
   */
  titlePatterns: readonly string[];
  /** Words for the title slots: `{ style: ['Classic', 'Everyday'], origin: ['Huila', …] }`. */
  slots: Readonly<Record<string, readonly string[]>>;
  materials: readonly string[];
  /** Short feature bullets, each a phrase: `Double-walled to keep drinks hot for 6 hours`. */
  features: readonly string[];
  /** Spec table rows; a product picks one value per row. */
  specs: readonly { label: string; values: readonly string[] }[];
  /** Care or usage notes, each one sentence. */
  care: readonly string[];
  /** At most 3 axes; the planner offers a realistic subset, not always the full matrix. */
  options: readonly OptionAxis[];
  /**
   * Colour names (from the colour table) products of this kind come in, for images and for kinds
   * without a colour option. Omit it when it would repeat the `colour` axis's values.
   */
  colours?: readonly ColourName[];
  /** Base price band in cents and the typical price points (cents) a real store would use. */
  price: { band: Range; points: readonly number[] };
  /** Cost of goods as a share of price, e.g. [0.3, 0.45]. */
  costRatio: Range;
  /** Shipping weight band in grams. */
  grams: Range;
  /** Length × width × height in cm (typical), for the specs table. */
  dimensionsCm: readonly [number, number, number];
  /** Which procedural image family draws it. */
  image: ImageFamily;
  /** Extra tags this kind of product carries (`gift idea`, `vegan`). */
  tags: readonly string[];
}

export interface Vertical {
  /** kebab-case id, also the file name: `coffee-tea`. */
  id: string;
  /** Display name and top-level collection: `Coffee & Tea`. */
  name: string;
  /** Words and phrases that map a niche to this vertical (lower case; singular forms suffice). */
  keywords: readonly string[];
  /** Words for brand names: evocative roots and syllables (`roast`, `crema`, `ember`). */
  brandRoots: readonly string[];
  /** Brand values a store in this vertical would claim (`Direct-trade sourcing`). */
  values: readonly string[];
  /** Who buys: `home baristas`, `early risers`; used in copy. */
  audiences: readonly string[];
  /** When or where it is used: `slow Sunday mornings`, `the office`; used in copy. */
  moments: readonly string[];
  /** Adjectives that fit the whole vertical (`small-batch`, `hand-roasted`); used in copy and titles. */
  adjectives: readonly string[];
  /** Colour names for the brand palette's mood (from the colour table). */
  paletteMood: readonly ColourName[];
  /** Voices that suit the range, with weights; the brand forge has defaults for curated ids. */
  voices?: readonly (readonly [BrandVoice, number])[];
  archetypes: readonly Archetype[];
}
