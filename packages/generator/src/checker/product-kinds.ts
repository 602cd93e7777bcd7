import type { MaterialFamily } from './materials.ts';

/**
 * What kind of product a listing is, from its title, type and taxonomy path. Each entry is data:
 * a pattern over `title · type · taxonomy leaf` (lower case) or over the full taxonomy path.
 */
export interface KindTest {
  /** Tested against `title · product type · taxonomy leaf`. */
  name?: RegExp;
  /** Tested against the full taxonomy path. */
  taxonomy?: RegExp;
  /** A match of this against the name clears the kind (`candle holder` is not a candle). */
  not?: RegExp;
}

export const kinds = {
  /** Titles name a work (a novel, a print, a game), not what it is made of: "The Glass Apiary". */
  titleIsAName: {
    taxonomy:
      /\b(?:print books|books|posters, prints|artwork|calendars|greeting & note cards|board games|card games|puzzles)\b/,
  },
  /** Sold for its scent: the title's woods and botanicals are notes, not materials. */
  scented: {
    name: /\b(?:candles?|diffusers?|incense|wax (?:melts?|tarts?)|room sprays?|linen sprays?|perfumes?|parfum|fragrances?|colognes?|eau de|body (?:mists?|wash|lotion|oil)|soaps?|lotions?|shampoos?|conditioners?|deodorants?|essential oils?|sachets?|hand cream|bath (?:salts?|soak|bombs?)|massage oils?)\b/,
    not: /\b(?:candle holders?|candlesticks?|candle snuffers?|candle care|wick trimmers?|soap dish(?:es)?|soap dispensers?|diffuser jars?)\b/,
  },
  /** Made of plants: here botanicals and teas are the material (a rooibos blend, a pampas bunch). */
  botanical: {
    taxonomy:
      /\b(?:tea & infusions|dried flowers|herbs & spices|seasonings & spices|plants|seeds|potpourri)\b/,
    name: /\b(?:teas?|tisanes?|infusions?|matcha|rooibos|dried flowers?|pampas|bouquets?|bunch|wreaths?|garlands?|smudge)\b/,
    not: /\b(?:tea ?pots?|teacups?|tea towels?|tea sets?|tea lights?|tea tins?|infusers?|kettles?|mugs?|strainers?)\b/,
  },
  /** Eaten, drunk or taken as a supplement: the "material" is an ingredient. */
  consumable: {
    taxonomy: /^(?:food, beverages & tobacco)\b|\b(?:vitamins & supplements|nutrition drinks)\b/,
  },
  /** Notebooks, journals and planners: pages bound in a cover. */
  bound: {
    name: /\b(?:notebooks?|journals?|planners?|sketchbooks?|diar(?:y|ies)|notepads?|logbooks?)\b/,
    taxonomy: /\bnotebooks & notepads\b|\bplanners\b/,
  },
  jewellery: {
    taxonomy: /\bjewelry\b(?! holders)/,
    name: /\b(?:rings?|necklaces?|earrings?|bracelets?|anklets?|pendants?|charms?|brooch(?:es)?|cufflinks?)\b/,
  },
  /** Solids sold by weight: a volume (ml, L, fl oz) is wrong for them. */
  soldByWeight: {
    name: /\b(?:lip balms?|balm sticks?|(?:soap|shampoo|conditioner|cleansing|body|lotion|chocolate|protein|granola|snack|energy) bars?|bar soap|solid (?:perfume|cologne|fragrance)|chocolate|coffee beans?|whole bean|ground coffee|loose leaf|matcha|spices?|spice blend|finishing salt|flaky salt|flour|pasta|protein powder|greens powder|collagen peptides|creatine)\b/,
    not: /\b(?:salt spray|sea salt spray|salt lamp|body wash|chocolate (?:sauce|syrup|liqueur))\b/,
  },
  /** Usually sold by weight (a jar of balm, a salve): a volume is doubtful. */
  usuallyByWeight: {
    name: /\b(?:balms?|salves?|pomades?|butters?)\b/,
    not: /\b(?:lip balms?|balm sticks?|body butter lotion)\b/,
  },
  /** Liquids: a mass (g, oz) where only a volume makes sense is doubtful. */
  liquid: {
    name: /\b(?:serums?|toners?|essences?|mists?|facial oil|face oil|body oil|hair oil|essential oils?|olive oil|perfume oil|eau de (?:parfum|toilette)|colognes?|body wash|shower gel|shampoos?|conditioners?|mouthwash|syrups?|vinegars?|hot sauce|wines?|spirits|juices?|kombucha|tinctures?|drops|room sprays?|sprays?)\b/,
    not: /\b(?:shampoo bars?|conditioner bars?|dry shampoo|bottles?|glass(?:es)?|decanters?|racks?|stoppers?|opener|corkscrews?|pourers?|dropper bottles?)\b/,
  },
} satisfies Record<string, KindTest>;

export type Kind = keyof typeof kinds;

/**
 * Families that are not materials for a kind: a candle's "Cedar & Sage" are notes, a vinegar's
 * "Fig" a flavour.
 */
export const familiesIgnoredFor: readonly { kind: Kind; families: readonly MaterialFamily[] }[] = [
  {
    kind: 'scented',
    // …and its vessel ("Stoneware Candle", "Amber Glass Diffuser") is a part, not what it is made of.
    families: [
      'botanical',
      'tea',
      'wood',
      'leather',
      'fibre',
      'weave',
      'stone',
      'active',
      'fill',
      'ceramic',
      'glass',
      'metal',
    ],
  },
  { kind: 'consumable', families: ['wood', 'botanical', 'stone', 'metal', 'fibre', 'weave'] },
  // A notebook's paper is its pages: the cover is what the title names.
  { kind: 'bound', families: ['paper'] },
];

/** A material followed by one of these names a part: "Leather Strap", "Bamboo Lid", "Brass-Handled". */
export const COMPONENT_WORDS = new Set(
  (
    'trim trimmed handle handles handled lid lids lidded base strap straps lined lining zip zips ' +
    'zipper buckle buckles clasp clasps stopper stoppers tip tips tipped accent accents inlay ' +
    'inlaid detail details insert inserts infuser cord cords tassel tassels hardware leg legs ' +
    'feet stand pull pulls knob knobs spout spouts rim rims rimmed sleeve sleeves sleeved shade ' +
    'cushion cushions seat pad pads sole soles outsole footbed collar cuff cuffs bezel dial ' +
    'topped backed wrapped covered coated capped edged set plated finish finished effect veneer ' +
    'core ferrule bristle bristles filling filled fill bead beads print adhesive coating backing ' +
    'glaze glazed'
  ).split(' '),
);

/** Whether the listing is of `kind`. */
export function isKind(test: KindTest, name: string, taxonomy: string): boolean {
  const hit =
    (test.name !== undefined && test.name.test(name)) ||
    (test.taxonomy !== undefined && test.taxonomy.test(taxonomy));
  return hit && !(test.not?.test(name) ?? false);
}
