import {
  generateProducts,
  matchNiche,
  planCatalog,
  verticals,
  type NicheMatch,
} from '@storecraft/generator';
import type { Product } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { expectCleanFacts, expectCompleteArchetype } from './archetype-checks.ts';

/**
 * Forty niches real merchants sell in, and the words a merchant of each would expect in the
 * product type or Shopify category of what the store sells. Words match at the start of a word
 * ("bee" finds "Beekeeping" and "Beeswax", "car" does not find "Haircare").
 *
 * Most are served from Shopify's taxonomy; a few from curated verticals that exist because the
 * taxonomy has no branch for them (beekeeping, cheese making). The list is not tuned to the
 * matcher: words are what the merchant stocks, not what the engine happens to produce.
 */
const NICHES: readonly (readonly [niche: string, words: readonly string[]])[] = [
  ['beekeeping supplies', ['bee', 'hive', 'honey', 'smoker', 'apiar']],
  ['cheese making', ['cheese', 'rennet', 'culture', 'curd']],
  ['mechanical keyboards', ['keyboard', 'keycap', 'switch', 'wrist rest', 'mouse pad', 'desk mat']],
  ['aquarium supplies', ['aquarium', 'aquatic', 'fish']],
  ['vinyl records', ['vinyl', 'record', 'lp', 'turntable', 'phono']],
  ['surf shop', ['surf', 'wetsuit', 'rash guard', 'boardshort', 'bodyboard', 'paddle', 'swim']],
  ['cycling components', ['bicycle', 'bike', 'cycling']],
  ['fly fishing', ['fly', 'fishing', 'tackle', 'wader']],
  ['knitting yarn', ['yarn', 'knitting', 'crochet']],
  ['guitar accessories', ['guitar', 'capo', 'tuner']],
  ['model trains', ['train', 'locomotive', 'railway']],
  ['climbing gear', ['climbing', 'carabiner', 'belay', 'harness']],
  [
    'tabletop miniatures',
    ['scale model', 'miniature', 'figur', 'dice', 'craft paint', 'board game'],
  ],
  ['pottery supplies', ['pottery', 'clay', 'glaze', 'sculpting', 'kiln']],
  ['woodworking tools', ['saw', 'plane', 'chisel', 'clamp', 'mallet', 'sanding', 'router', 'wood']],
  ['home brewing beer', ['brewing', 'homebrewing', 'malt', 'beer']],
  ['3d printing filament', ['3d print', 'filament']],
  ['dj equipment', ['dj', 'audio mixer', 'turntable', 'midi', 'headphone']],
  ['scuba diving', ['diving', 'snorkel', 'wetsuit', 'dive']],
  ['snowboarding', ['snowboard', 'ski']],
  ['bird feeders', ['bird', 'feeder']],
  ['bbq grilling', ['grill', 'smoker', 'barbecue']],
  ['telescopes', ['telescope', 'binocular', 'astronomy']],
  ['motorcycle gear', ['motorcycle']],
  ['archery', ['archery', 'bow', 'arrow', 'quiver']],
  ['golf', ['golf']],
  ['equestrian', ['equestrian', 'horse', 'saddle', 'bridle', 'riding']],
  ['skateboards', ['skateboard']],
  ['martial arts equipment', ['martial', 'boxing', 'sparring', 'punching']],
  ['kayaking', ['kayak', 'paddle', 'life jacket', 'canoe']],
  ['baseball equipment', ['baseball', 'softball']],
  ['wine making', ['wine']],
  ['hydroponics', ['hydroponic', 'grow']],
  ['hockey equipment', ['hockey']],
  ['jewelry making supplies', ['bead', 'jewelry making', 'jewelry finding']],
  ['car detailing', ['vehicle', 'car wash', 'car wax', 'car shampoo']],
  ['rc cars', ['remote control']],
  ['lego bricks', ['interlocking block', 'construction set', 'building toy']],
  ['cross stitch', ['cross stitch', 'cross-stitch', 'embroidery']],
  ['drum accessories', ['drum', 'cymbal', 'percussion']],
];
const SIZE = 200;
const SEED = 'coverage';

/** Share of a niche's products that come from kinds derived from the taxonomy. */
function derivedShare(match: NicheMatch): number {
  return match.kinds.filter((k) => k.derivedFrom).length / match.kinds.length;
}

function fits(product: Product, words: readonly string[]): boolean {
  const text = `${product.productType} ${product.taxonomyPath ?? ''}`.toLowerCase();
  return words.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text));
}

describe('niche coverage: forty merchant niches', () => {
  it('has forty niches, at least thirty of them served from the taxonomy, not curated ranges', () => {
    expect(new Set(NICHES.map(([n]) => n)).size).toBe(40);
    const open = NICHES.filter(([niche]) => derivedShare(matchNiche(niche)) > 0.5);
    expect(open.length, open.map(([n]) => n).join(', ')).toBeGreaterThanOrEqual(30);
  });

  it.each(NICHES)('"%s" is not refused and stocks what its merchant would', (niche, words) => {
    const products = [...generateProducts(planCatalog({ niche, seed: SEED, size: SIZE }))];
    expect(products).toHaveLength(SIZE);
    const strays = [...new Set(products.filter((p) => !fits(p, words)).map((p) => p.productType))];
    const share = products.filter((p) => fits(p, words)).length / products.length;
    expect(share, `strays: ${strays.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });
});

describe('niche words that used to pull in unrelated stores', () => {
  it('reads an activity word as part of the niche, not as its subject', () => {
    // "making" was the head noun: every "X making" niche became a wine-making store.
    const jewelry = matchNiche('jewelry making supplies');
    expect(jewelry.kinds.map((k) => k.archetype.productType)).toContain('Jewelry Making Kit');
    expect(
      jewelry.kinds.filter((k) => /wine|candle|incense/i.test(k.archetype.productType)),
    ).toEqual([]);
  });

  it('never "corrects" a plural of a known word', () => {
    expect(matchNiche('tabletop miniatures').corrections).toEqual([]);
  });

  it('does not take a whole range for a word another range explains better', () => {
    // "toys" alone is Toys & Games, but "dog toys" is a pet store: "paws" is only a brand word.
    const match = matchNiche('happy paws dog toys');
    expect(match.verticals.map((v) => v.id)).toEqual(['pet-supplies']);
  });

  it('reads words the taxonomy does not use as the categories it does', () => {
    expect(matchNiche('chess sets').verticals.map((v) => v.id)).toEqual(['board-games']);
    expect(
      matchNiche('rc cars').kinds.every((k) => /Remote Control/.test(k.archetype.taxonomyPath)),
    ).toBe(true);
    expect(
      matchNiche('car detailing').kinds.every((k) =>
        /Vehicle Cleaning/.test(k.archetype.taxonomyPath),
      ),
    ).toBe(true);
  });
});

describe('verticals curated for merchant niches the taxonomy serves badly or not at all', () => {
  const added = ['beekeeping', 'cheese-making', 'aquarium', 'vinyl-records', 'surf'];

  it('are complete, with clean facts, like every curated vertical', () => {
    const found = verticals.filter((v) => added.includes(v.id));
    expect(found.map((v) => v.id).sort()).toEqual([...added].sort());
    for (const vertical of found) {
      expect(vertical.archetypes.length, vertical.id).toBeGreaterThanOrEqual(8);
      for (const a of vertical.archetypes) {
        expectCompleteArchetype(a);
        expectCleanFacts(a);
      }
    }
  });

  it.each([
    ['beekeeping supplies', 'beekeeping'],
    ['cheese making', 'cheese-making'],
    ['planted aquarium', 'aquarium'],
    ['record store', 'vinyl-records'],
    ['surf shop', 'surf'],
  ])('serve "%s" from the curated %s range', (niche, id) => {
    expect(matchNiche(niche).verticals.map((v) => v.id)).toEqual([id]);
  });
});
