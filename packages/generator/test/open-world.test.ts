import {
  AppError,
  brandSchema,
  categorySchema,
  productSchema,
  type Product,
} from '@storecraft/core';
import {
  deriveArchetype,
  findStockedKind,
  generateProducts,
  matchNiche,
  planCatalog,
  Rng,
} from '@storecraft/generator';
import { loadTaxonomy, type TaxonomyCategory } from '@storecraft/taxonomy';
import { describe, expect, it } from 'vitest';
import { isBlocked } from '../src/brand/blocklist.ts';
import { EXCLUDED_ROOTS } from '../src/open-world/niche-index.ts';
import { nicheSynonyms } from '../src/open-world/synonyms.ts';
import { expectCleanFacts, expectCompleteArchetype } from './archetype-checks.ts';

/** The thirty verticals the knowledge base started with: a niche outside them is "open". */
const ORIGINAL_VERTICALS = new Set([
  'apparel',
  'footwear',
  'jewellery',
  'bags',
  'eyewear',
  'watches',
  'skincare',
  'cosmetics',
  'fragrance',
  'haircare',
  'supplements',
  'coffee-tea',
  'gourmet-pantry',
  'wine-barware',
  'kitchenware',
  'home-decor',
  'bedding-bath',
  'furniture',
  'candles',
  'plants-garden',
  'pet-supplies',
  'toys-games',
  'baby',
  'fitness-yoga',
  'outdoor-camping',
  'cycling',
  'electronics-accessories',
  'stationery',
  'books',
  'art-prints',
]);

/**
 * Forty niches a merchant might type, and words a merchant of each would expect in the product
 * type or Shopify category of what the store sells.
 */
const NICHES: readonly (readonly [niche: string, words: readonly string[]])[] = [
  // Curated from the start.
  ['specialty coffee', ['coffee', 'tea', 'mug', 'french press', 'dripper', 'matcha']],
  [
    'artisanal hot sauce',
    [
      'sauce',
      'chili',
      'spice',
      'salt',
      'oil',
      'vinegar',
      'honey',
      'preserve',
      'pasta',
      'chocolate',
      'gift box',
    ],
  ],
  ['luxury candles', ['candle', 'diffuser', 'wax', 'incense', 'room spray', 'match']],
  ['mechanical watches', ['watch', 'strap']],
  [
    'camping equipment',
    ['camp', 'tent', 'sleeping', 'backpack', 'lantern', 'headlamp', 'hammock', 'bottle', 'mug'],
  ],
  // Curated for this issue.
  [
    'mechanical keyboards',
    ['keyboard', 'keycap', 'switch', 'wrist rest', 'mouse pad', 'desk mat', 'cable'],
  ],
  ['sustainable swimwear', ['swim', 'bikini', 'rash guard', 'boardshort', 'cover-up', 'cover up']],
  [
    'home barista equipment',
    [
      'coffee',
      'espresso',
      'grinder',
      'tamper',
      'milk jug',
      'frothing',
      'kettle',
      'scale',
      'knock box',
      'portafilter',
      'doser',
      'cup',
    ],
  ],
  [
    'trail running gear',
    ['running', 'hydration', 'athletic', 'activewear', 'sock', 'cap', 'flask'],
  ],
  ['board games', ['game', 'dice', 'card']],
  // Served from Shopify's taxonomy.
  [
    'surf shop',
    [
      'surf',
      'wetsuit',
      'rash guard',
      'boardshort',
      'bodyboard',
      'paddleboard',
      'paddle board',
      'skimboard',
      'waveski',
      'swim',
    ],
  ],
  ['aquarium supplies', ['aquarium', 'aquatic', 'fish']],
  ['vinyl records', ['vinyl', 'record', 'lp', 'turntable', 'music']],
  ['cycling components', ['bicycle']],
  ['fly fishing', ['fly', 'fishing', 'tackle', 'wader']],
  ['pottery supplies', ['pottery', 'clay', 'glaze', 'sculpting', 'modeling', 'plaster', 'papier']],
  ['knitting yarn', ['yarn', 'knitting', 'crochet']],
  ['rock climbing gear', ['climbing', 'carabiner', 'belay']],
  ['skateboards', ['skateboard']],
  ['archery', ['archery', 'bow', 'arrow']],
  ['drones', ['drone']],
  ['vintage film cameras', ['film', 'camera', 'lens']],
  ['equestrian', ['equestrian', 'horse', 'saddle', 'bridle', 'riding']],
  ['golf', ['golf']],
  ['tennis', ['tennis']],
  [
    'woodworking tools',
    ['saw', 'plane', 'chisel', 'clamp', 'mallet', 'abrasive', 'sanding', 'router'],
  ],
  ['home brewing beer', ['brewing', 'homebrewing', 'malt', 'grain', 'beer']],
  ['model trains', ['train', 'locomotive', 'model']],
  ['3d printing filament', ['3d print', 'filament']],
  ['guitar accessories', ['guitar', 'capo', 'tuner']],
  ['dj equipment', ['dj', 'audio', 'mixer', 'turntable', 'midi']],
  ['scuba diving', ['diving', 'snorkel', 'wetsuit', 'dive']],
  ['snowboarding', ['snowboard', 'ski']],
  ['bird feeders', ['bird', 'feeder']],
  ['dog grooming', ['grooming', 'pet']],
  ['baby carriers', ['baby carrier']],
  ['calligraphy supplies', ['ink', 'pen', 'paper']],
  ['bbq grilling', ['grill', 'smoker']],
  ['telescopes', ['telescope', 'binocular', 'astronomy']],
  ['motorcycle gear', ['motorcycle']],
];
const SEEDS = ['7', 'open-world'];
const SIZE = 400;

const catalogs = new Map<string, Product[]>();
function catalog(niche: string, seed: string): Product[] {
  const key = `${niche}|${seed}`;
  let products = catalogs.get(key);
  if (!products) {
    products = [...generateProducts(planCatalog({ niche, seed, size: SIZE }))];
    catalogs.set(key, products);
  }
  return products;
}

describe('any niche, through the whole Shopify taxonomy', () => {
  it('covers forty niches, at least thirty of them outside the thirty original verticals', () => {
    expect(NICHES).toHaveLength(40);
    const open = NICHES.filter(([niche]) => {
      const kinds = matchNiche(niche).kinds;
      const outside = kinds.filter((k) => !ORIGINAL_VERTICALS.has(k.vertical.id));
      return outside.length > kinds.length / 2;
    });
    expect(open.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(
    NICHES.flatMap(([niche, words]) => SEEDS.map((seed) => [niche, seed, words] as const)),
  )('"%s" seed %s', (niche, seed, words) => {
    it('sells what a merchant of the niche would stock', () => {
      const products = catalog(niche, seed);
      const fitting = products.filter((p) => {
        const text = `${p.productType} ${p.taxonomyPath ?? ''}`.toLowerCase();
        return words.some((w) => text.includes(w));
      });
      const strays = [
        ...new Set(products.filter((p) => !fitting.includes(p)).map((p) => p.productType)),
      ];
      expect(
        fitting.length / products.length,
        `unexpected kinds: ${strays.join(', ')}`,
      ).toBeGreaterThanOrEqual(0.8);
    });

    it('is schema-valid, with unique handles and SKUs', () => {
      const products = catalog(niche, seed);
      expect(products).toHaveLength(SIZE);
      const handles = products.map((p) => p.handle);
      expect(new Set(handles).size).toBe(handles.length);
      const skus = products.flatMap((p) => p.variants.map((v) => v.sku));
      expect(new Set(skus).size).toBe(skus.length);
      for (const p of products.slice(0, 60))
        expect(() => productSchema.parse(p), p.handle).not.toThrow();
    });
  });

  it.each(NICHES.map(([niche]) => niche))(
    'gives "%s" the same bytes for the same seed',
    (niche) => {
      const again = [...generateProducts(planCatalog({ niche, seed: SEEDS[0] ?? '', size: SIZE }))];
      expect(JSON.stringify(again)).toBe(JSON.stringify(catalog(niche, SEEDS[0] ?? '')));
    },
  );

  it('builds a store tree and a brand a merchant could publish for a taxonomy-only niche', () => {
    for (const niche of ['surf shop', 'vinyl records', 'bird feeders', 'archery']) {
      for (const seed of SEEDS) {
        const plan = planCatalog({ niche, seed, size: 50 });
        expect(() => brandSchema.parse(plan.brand)).not.toThrow();
        expect(isBlocked(plan.brand.name), plan.brand.name).toBe(false);
        expect(plan.brand.name).toMatch(/^[A-Z][A-Za-z]+( (&|[A-Z][a-z.]+|Co\.)?)*[A-Za-z.]*$/);
        const handles = new Set(plan.categories.map((c) => c.handle));
        for (const c of plan.categories) {
          categorySchema.parse(c);
          if (c.parentHandle) expect(handles.has(c.parentHandle)).toBe(true);
          // No level repeats the one above it ("Surfing > Surfing").
          const parent = plan.categories.find((p) => p.handle === c.parentHandle);
          expect(c.title, c.handle).not.toBe(parent?.title);
        }
      }
    }
  });
});

describe('niche matching', () => {
  it('reads a typo as a real word, never as a stem: "trail runing gear" is running gear', () => {
    const match = matchNiche('trail runing gear');
    expect(match.corrections).toEqual([{ from: 'runing', to: 'running' }]);
    expect(match.verticals.map((v) => v.id)).toEqual(['running']);
    expect(match.note).toMatch(/“runing” as “running”/);
    expect(match.note).not.toMatch(/train/);
    const types = new Set(match.kinds.map((k) => k.archetype.productType));
    expect(types).toContain('Trail Running Shoes');
    expect([...types].filter((t) => /yoga/i.test(t))).toEqual([]);
  });

  it('reads "cofee" as coffee and says so', () => {
    const match = matchNiche('cofee');
    expect(match.corrections).toEqual([{ from: 'cofee', to: 'coffee' }]);
    expect(match.verticals.map((v) => v.id)).toContain('coffee-tea');
    expect(match.note).toMatch(/“cofee” as “coffee”/);
  });

  it('refuses a niche nothing matches, naming the nearest niches', () => {
    let error: unknown;
    try {
      matchNiche('qwxzv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    const nearest = /Nearest niches: (.+)\.$/.exec((error as AppError).message)?.[1]?.split(', ');
    expect(nearest).toHaveLength(5);
    expect(() => planCatalog({ niche: 'qwxzv', seed: 'x', size: 5 })).toThrow(/Nearest niches/);
  });

  it.each([
    ['mechanical keyboards', 'Desk Setup', 'Mechanical Keyboard'],
    ['sustainable swimwear', 'Swimwear', 'One-Piece Swimsuit'],
    ['home barista equipment', 'Home Barista', 'Coffee Grinder'],
    ['board games', 'Board Games', 'Strategy Board Game'],
  ])('serves "%s" from the curated %s range', (niche, range, type) => {
    const match = matchNiche(niche);
    expect(match.verticals.map((v) => v.name)).toContain(range);
    expect(match.kinds.map((k) => k.archetype.productType)).toContain(type);
    expect(match.note).toContain(range);
  });

  it('names, in plain words, the Shopify categories a taxonomy-only niche matched', () => {
    // Surf, aquarium and vinyl records are curated now; archery is still served by the taxonomy.
    const match = matchNiche('archery');
    expect(match.note).toMatch(/^Matched “archery” to .*Archery.* in Shopify's product taxonomy/);
    expect(match.kinds.every((k) => k.derivedFrom)).toBe(true);
  });

  it('takes only the matching curated kinds when the niche is narrower than a vertical', () => {
    const grooming = matchNiche('dog grooming');
    const curated = grooming.kinds.filter((k) => !k.derivedFrom).map((k) => k.archetype.id);
    expect(curated).toContain('pet-shampoo');
    expect(curated).not.toContain('pet-dog-bed');
    expect(grooming.kinds.some((k) => /Grooming/.test(k.archetype.taxonomyPath))).toBe(true);
  });

  it('prefers a curated archetype to deriving one for the same Shopify category', () => {
    const match = matchNiche('camping cookware');
    const pots = match.kinds.filter((k) => k.archetype.taxonomyPath.endsWith('> Camping Pots'));
    expect(pots.map((k) => k.archetype.id)).toEqual(['outdoor-cook-pot']);
    const curatedPaths = new Set(
      match.kinds.filter((k) => !k.derivedFrom).map((k) => k.archetype.taxonomyPath),
    );
    expect(
      match.kinds.filter((k) => k.derivedFrom && curatedPaths.has(k.archetype.taxonomyPath)),
    ).toEqual([]);
    expect(match.kinds.some((k) => k.derivedFrom)).toBe(true);
  });

  it('finds a category or curated kind for every phrase the synonym list says a niche stocks', () => {
    const missing = nicheSynonyms.flatMap((s) =>
      (s.stocks ?? []).filter((phrase) => !findStockedKind(phrase)),
    );
    expect(missing).toEqual([]);
  });
});

/** Every leaf the matcher can choose from, in taxonomy order. */
function choosableLeaves(): TaxonomyCategory[] {
  return loadTaxonomy().categories.filter(
    (c) => c.isLeaf && !EXCLUDED_ROOTS.has(c.path.split(' > ')[0] ?? ''),
  );
}

describe('archetypes derived from taxonomy leaves', () => {
  const leaves = choosableLeaves();
  const sample = new Rng(20_250_101).sample(leaves, 300);
  const nicheLeaves = [
    'surf shop',
    'aquarium supplies',
    'vinyl records',
    'fly fishing',
    'knitting yarn',
    'golf',
    'woodworking tools',
    'dj equipment',
    'dog grooming',
    'motorcycle gear',
  ].flatMap((niche) =>
    matchNiche(niche).kinds.flatMap((k) => {
      const leaf = k.derivedFrom && loadTaxonomy().findById(k.derivedFrom.id);
      return leaf ? [leaf] : [];
    }),
  );

  it('passes the same completeness checks as curated ones, for 300 random leaves and ten niches', () => {
    expect(nicheLeaves.length).toBeGreaterThan(80);
    for (const leaf of [...sample, ...nicheLeaves]) {
      const archetype = deriveArchetype(leaf);
      expectCompleteArchetype(archetype);
      expectCleanFacts(archetype);
      expect(archetype.taxonomyPath).toBe(leaf.path);
    }
  });

  it('is deterministic', () => {
    for (const leaf of sample.slice(0, 40)) {
      expect(JSON.stringify(deriveArchetype(leaf))).toBe(JSON.stringify(deriveArchetype(leaf)));
    }
  });

  it('offers the options Shopify lists for the category, with its own values', () => {
    const keyboards = loadTaxonomy().findByPath(
      'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards',
    );
    const rashGuards = loadTaxonomy().findByPath(
      'Apparel & Accessories > Clothing > Swimwear > Rash Guards',
    );
    if (!keyboards || !rashGuards) throw new Error('taxonomy changed');
    const keyboard = deriveArchetype(keyboards);
    expect(keyboard.options.find((o) => o.name === 'Switches')?.values).toEqual([
      'Linear',
      'Tactile',
      'Clicky',
    ]);
    expect(keyboard.slots.kind).toEqual(expect.arrayContaining(['60%', '75%', 'TKL']));
    expect(keyboard.specs.map((s) => s.label)).toContain('Keyboard layout');
    const rashGuard = deriveArchetype(rashGuards);
    expect(rashGuard.options.map((o) => o.name)).toEqual(['Color', 'Size']);
    expect(rashGuard.options[1]?.values).toEqual(['XS', 'S', 'M', 'L', 'XL', 'XXL']);
    expect(rashGuard.features).toContain('UPF 50+ fabric blocks most UV');
    // Copy written for water sports, not for keyboards; and the other way round.
    expect(rashGuard.care.join(' ')).toMatch(/fresh water/);
    expect(keyboard.care.join(' ')).not.toMatch(/fresh water|salt/);
  });

  it("prices small parts sold by the packet in single dollars, not at the department's band", () => {
    for (const path of [
      'Sporting Goods > Outdoor Recreation > Fishing > Fly Tying Materials > Fishing Beads',
      'Sporting Goods > Outdoor Recreation > Fishing > Fishing Tackle > Fishing Snaps & Swivels',
      'Sporting Goods > Outdoor Recreation > Fishing > Fishing Tackle > Fishing Sinkers > Fishing Split-Shots',
      'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials > Embellishments & Trims > Jewelry Findings',
    ]) {
      const leaf = loadTaxonomy().findByPath(path);
      if (!leaf) throw new Error(`no ${path}`);
      const [, high] = deriveArchetype(leaf).price.band;
      expect(high, path).toBeLessThanOrEqual(1_500);
    }
  });

  it('names the product a shopper asks for, in the singular', () => {
    const byPath = (path: string) => {
      const c = loadTaxonomy().findByPath(path);
      if (!c) throw new Error(`no ${path}`);
      return deriveArchetype(c);
    };
    expect(
      byPath(
        'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Surfing > Surfboard Fins',
      ).noun,
    ).toEqual(['surfboard fin', 'surfboard fins']);
    expect(
      byPath(
        'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Surfing > Surfboard Wax',
      ).noun[0],
    ).toBe('surfboard wax bar');
    expect(
      byPath('Electronics > Audio > Audio Accessories > Turntable Accessories > Cartridges')
        .productType,
    ).toBe('Turntable Cartridge');
    expect(
      byPath(
        'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials > Crafting Fibers > Yarn',
      ).noun[0],
    ).toBe('yarn skein');
  });
});
