import type { Brand } from '@storecraft/core';
import type { Archetype, Vertical } from '../knowledge/index.ts';

/**
 * Planning (structure, prices, variants, barcodes) is always procedural; the words are not. A
 * content provider turns a product's plan into copy. The procedural provider is the default and
 * is synchronous; AI providers plug in here and may be asynchronous.
 */
/** One fact of a product: `{ dimension: 'material', label: 'Material', value: 'Recycled nylon' }`. */
export interface ProductFact {
  /** The archetype's fact dimension (`material`, `roast`, `capacity`, `origin`, …). */
  dimension: string;
  /** Its spec-table label, as shoppers read it. */
  label: string;
  value: string;
}

export interface ProductCopyInput {
  brand: Brand;
  vertical: Vertical;
  archetype: Archetype;
  title: string;
  /** Singular noun as a shopper says it (`mug`). */
  noun: string;
  /** Colour option values offered, or the single colour the product comes in. */
  colours: readonly string[];
  material: string;
  features: readonly string[];
  /** Spec table rows, already chosen: `['Capacity', '350 ml']`. */
  specs: readonly (readonly [string, string])[];
  care: readonly string[];
  /** Who the copy may address and when the product is used: only those its facts agree with. */
  audiences: readonly string[];
  moments: readonly string[];
  /** Adjectives the copy may put before the kind (`organic`), none that the facts deny. */
  adjectives: readonly string[];
  /**
   * The product's facts, one value per dimension: everything the copy may state about it. Copy
   * that names a material, size, origin or grade must name these, and nothing else.
   */
  facts: readonly ProductFact[];
  /** Seed for any choices the provider makes (so copy is reproducible). */
  seed: number;
  /**
   * Where the product sits in its catalog. A provider may use it to spread its openings evenly
   * across a catalog (a rotation seeded per catalog) instead of drawing each one independently.
   */
  position?: { index: number; catalogSeed: number };
}

export interface ProductCopy {
  bodyHtml: string;
  /** Plain text, ≤ 320 chars. */
  seoDescription: string;
}

export interface ContentProvider {
  readonly name: string;
  productCopy(input: ProductCopyInput): ProductCopy | Promise<ProductCopy>;
}
