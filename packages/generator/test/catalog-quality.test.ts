import {
  brandSchema,
  categorySchema,
  isValidGtin,
  productSchema,
  type Product,
} from '@storecraft/core';
import {
  allArchetypes,
  contrastRatio,
  generateProduct,
  generateProducts,
  matchNiche,
  planCatalog,
  type CatalogPlan,
} from '@storecraft/generator';
import { verticals, type Archetype } from '@storecraft/generator/knowledge';
import { describe, expect, it } from 'vitest';
import { readListing } from '../src/checker/read-listing.ts';
import { PART_LABELS } from '../src/facts/assign-facts.ts';
import { ENGINE_LABELS } from '../src/facts/fact-model.ts';

const NICHES = [
  'specialty coffee',
  'sustainable yoga wear',
  'artisanal hot sauce',
  'minimalist jewelry',
  'organic skincare',
  'dog accessories',
  'scandinavian home decor',
  'wooden kids toys',
  'cycling gear',
  'stationery and notebooks',
  'luxury candles',
  'camping equipment',
  'phone accessories',
];
const SEEDS = ['42', 'storecraft'];
const SIZE = 300;

const archetypesByKind = new Map<string, Archetype[]>();
for (const a of allArchetypes()) {
  const key = `${a.productType}|${a.taxonomyPath}`;
  archetypesByKind.set(key, [...(archetypesByKind.get(key) ?? []), a]);
}

function catalog(
  niche: string,
  seed: string,
  size = SIZE,
): { plan: CatalogPlan; products: Product[] } {
  const plan = planCatalog({ niche, seed, size });
  return { plan, products: [...generateProducts(plan)] };
}

/** Text of a description split the way a reader meets it: paragraphs, list items, table rows. */
function segments(html: string): string[] {
  return html
    .replace(/<\/(p|li|tr|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .flatMap((block) => block.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.each(NICHES.flatMap((niche) => SEEDS.map((seed) => [niche, seed] as const)))(
  'catalog "%s" seed %s',
  (niche, seed) => {
    const { plan, products } = catalog(niche, seed);

    it('is schema-valid with a usable brand and category tree', () => {
      expect(() => brandSchema.parse(plan.brand)).not.toThrow();
      expect(
        contrastRatio(plan.brand.palette.text, plan.brand.palette.background),
      ).toBeGreaterThanOrEqual(4.5);
      expect(plan.brand.logoSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
      const handles = new Set(plan.categories.map((c) => c.handle));
      expect(handles.size).toBe(plan.categories.length);
      for (const c of plan.categories) {
        categorySchema.parse(c);
        if (c.parentHandle) expect(handles.has(c.parentHandle)).toBe(true);
      }
      for (const p of products) {
        expect(() => productSchema.parse(p), p.handle).not.toThrow();
        expect(handles.has(p.categoryHandle), p.categoryHandle).toBe(true);
      }
    });

    it('has unique handles and SKUs, few repeated titles, valid unique barcodes', () => {
      const handles = products.map((p) => p.handle);
      expect(new Set(handles).size).toBe(handles.length);
      const skus = products.flatMap((p) => p.variants.map((v) => v.sku));
      expect(new Set(skus).size).toBe(skus.length);
      const titles = products.map((p) => p.title.toLowerCase());
      expect(titles.length - new Set(titles).size).toBeLessThanOrEqual(titles.length * 0.005);
      const barcodes = products.flatMap((p) => p.variants.map((v) => v.barcode));
      expect(barcodes.filter((b) => !isValidGtin(b))).toEqual([]);
      expect(new Set(barcodes).size).toBe(barcodes.length);
      for (const sku of skus.slice(0, 50))
        expect(sku).toMatch(/^[A-Z]{3}-[A-Z0-9]{2,4}-\d{5,}(-[A-Z0-9.]+)*$/);
    });

    it('writes copy that does not read as a template', () => {
      // Openings name the product; a first sentence may recur only by rare coincidence.
      const firsts = products.map((p) => segments(p.bodyHtml)[0] ?? '');
      expect(firsts.length - new Set(firsts).size).toBeLessThanOrEqual(firsts.length * 0.01);
      const perDescription = products.map((p) => new Set(segments(p.bodyHtml)));
      const frequency = new Map<string, number>();
      for (const set of perDescription)
        for (const s of set) frequency.set(s, (frequency.get(s) ?? 0) + 1);
      let total = 0;
      let repeated = 0;
      for (const set of perDescription) {
        for (const s of set) {
          total += words(s);
          if ((frequency.get(s) ?? 0) > products.length * 0.05) repeated += words(s);
        }
      }
      expect(repeated / total).toBeLessThanOrEqual(0.3);
      for (const p of products) {
        const text = segments(p.bodyHtml).join(' ');
        expect(text).not.toMatch(/\b(lorem|ipsum)\b/i);
        expect(text).not.toMatch(/\b(undefined|null|NaN)\b|\{\w+\}/);
        // Real listings run from a few lines to a page (copy-variety.test.ts holds the spread).
        expect(words(text), p.handle).toBeGreaterThanOrEqual(8);
        expect(words(text), p.handle).toBeLessThanOrEqual(300);
        expect(p.bodyHtml).not.toMatch(/<(?!\/?(p|ul|li|strong|table|tbody|tr|th|td)>)/);
        expect(p.seoTitle.length).toBeLessThanOrEqual(70);
        expect(p.seoDescription.length).toBeLessThanOrEqual(320);
      }
    });

    it('keeps every product coherent with its kind', () => {
      for (const p of products) {
        const kinds = archetypesByKind.get(`${p.productType}|${p.taxonomyPath}`);
        expect(kinds, `${p.handle}: ${p.productType} / ${p.taxonomyPath}`).toBeDefined();
        const fits = (kinds ?? []).some((a) => {
          const text = `${p.title} ${p.bodyHtml}`.toLowerCase();
          const named =
            text.includes(a.noun[0].toLowerCase()) || text.includes(a.noun[1].toLowerCase());
          const optionsFit = p.options.every((o) => {
            const axis = a.options.find((x) => x.name === o.name);
            if (!axis) return false;
            const positions = o.values.map((v) => axis.values.indexOf(v));
            // Values come from the axis, in its canonical order (sizes ascend).
            return positions.every((i, k) => i >= 0 && (k === 0 || i > (positions[k - 1] ?? -1)));
          });
          return named && optionsFit;
        });
        expect(
          fits,
          `${p.handle} (${p.productType}) names what it is and has fitting options`,
        ).toBe(true);
      }
    });

    it('prices like a real store', () => {
      const prices = products.flatMap((p) => p.variants.map((v) => v.priceCents));
      const charm = prices.filter((c) => [99, 95, 0].includes(c % 100)).length;
      expect(charm / prices.length).toBeGreaterThanOrEqual(0.9);
      const withCompareAt = products.filter((p) =>
        p.variants.some((v) => v.compareAtPriceCents !== null),
      ).length;
      expect(withCompareAt / products.length).toBeGreaterThan(0.05);
      expect(withCompareAt / products.length).toBeLessThan(0.5);
      for (const p of products) {
        const kinds = archetypesByKind.get(`${p.productType}|${p.taxonomyPath}`) ?? [];
        for (const v of p.variants) {
          if (v.compareAtPriceCents !== null)
            expect(v.compareAtPriceCents).toBeGreaterThan(v.priceCents);
          expect(v.costCents).toBeLessThan(v.priceCents);
          expect(
            kinds.some((a) => v.priceCents >= a.price.band[0] && v.priceCents <= a.price.band[1]),
            `${v.sku} ${v.priceCents}`,
          ).toBe(true);
        }
      }
      const soldOut = products
        .flatMap((p) => p.variants)
        .filter((v) => v.inventoryQuantity === 0).length;
      expect(soldOut).toBeGreaterThan(0);
    });

    it('is mostly active, with some drafts', () => {
      const active = products.filter((p) => p.status === 'active').length;
      expect(active / products.length).toBeGreaterThan(0.8);
      expect(active).toBeLessThan(products.length);
    });
  },
);

describe('determinism and streaming', () => {
  it('gives identical bytes for the same seed, niche and size', () => {
    const a = catalog('specialty coffee', '42', 200);
    const b = catalog('specialty coffee', '42', 200);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives different catalogs for different seeds', () => {
    const a = catalog('specialty coffee', '1', 50).products.map((p) => p.title);
    const b = catalog('specialty coffee', '2', 50).products.map((p) => p.title);
    expect(a).not.toEqual(b);
    expect(planCatalog({ niche: 'specialty coffee', seed: '1', size: 5 }).brand.name).not.toBe(
      planCatalog({ niche: 'specialty coffee', seed: '2', size: 5 }).brand.name,
    );
  });

  it('names the brand from the niche as well as the seed', () => {
    const name = (niche: string) => planCatalog({ niche, seed: '1', size: 1 }).brand.name;
    const names = ['specialty coffee', 'luxury candles', 'organic skincare'].map(name);
    expect(new Set(names).size).toBe(3);
    expect(name('  Specialty   Coffee ')).toBe(name('specialty coffee'));
  });

  it('generates product i on its own, and chunks in any order, exactly as a full run', () => {
    const plan = planCatalog({ niche: 'organic skincare', seed: 'x', size: 1_000 });
    const full = [...generateProducts(plan)];
    expect(generateProduct(plan, 737)).toEqual(full[737]);
    const chunks = [[...generateProducts(plan, 500, 1_000)], [...generateProducts(plan, 0, 500)]];
    expect([...(chunks[1] ?? []), ...(chunks[0] ?? [])]).toEqual(full);
  });

  it('keeps titles, handles and SKUs unique in a large catalog', () => {
    const plan = planCatalog({ niche: 'artisanal hot sauce', seed: 'big', size: 20_000 });
    const handles = new Set<string>();
    const titles = new Set<string>();
    let duplicateTitles = 0;
    for (const p of generateProducts(plan)) {
      expect(handles.has(p.handle)).toBe(false);
      handles.add(p.handle);
      if (titles.has(p.title)) duplicateTitles++;
      titles.add(p.title);
    }
    expect(duplicateTitles / plan.size).toBeLessThanOrEqual(0.005);
    // 20,000 products take a few seconds; a loaded CI machine may need many times that.
  }, 120_000);

  it('refuses a bad size with a field error', () => {
    expect(() => planCatalog({ niche: 'coffee', seed: 'x', size: 0 })).toThrow(/1 to 200000/);
    expect(() => planCatalog({ niche: '  ', seed: 'x', size: 5 })).toThrow(/niche/);
  });
});

describe('titles', () => {
  it('never stutter: no word twice, no noun before its own plural ("Brush Pen Pens")', () => {
    const stutter = /(?<![\p{L}-])(\p{L}{3,}) \1(?:e?s)?(?![\p{L}-])/iu;
    const stutters: string[] = [];
    for (const vertical of verticals) {
      const plan = planCatalog({
        niche: vertical.keywords[0] ?? vertical.name,
        seed: '42',
        size: 400,
      });
      for (const product of generateProducts(plan))
        if (stutter.test(product.title)) stutters.push(`${vertical.id}: ${product.title}`);
    }
    expect(stutters).toEqual([]);
  });

  it('states no spec row against a value the title names ("Stick Blush" in "Liquid dropper")', () => {
    const words = (text: string) =>
      ` ${text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `;
    const contradictions: string[] = [];
    for (const vertical of verticals) {
      const plan = planCatalog({
        niche: vertical.keywords[0] ?? vertical.name,
        seed: '42',
        size: 300,
      });
      for (const product of generateProducts(plan)) {
        const title = words(product.title);
        const archetype = vertical.archetypes.find(
          (a) => a.productType === product.productType && a.taxonomyPath === product.taxonomyPath,
        );
        for (const row of readListing(product).specs) {
          // Material rows come from the material pool, held to the title by material-mismatch.
          if (ENGINE_LABELS.test(row.label) || PART_LABELS.has(row.label.toLowerCase())) continue;
          const stated = words(row.value);
          if (title.includes(stated)) continue;
          const values = archetype?.specs?.find((s) => s.label === row.label)?.values ?? [];
          const other = values.find((v) => title.includes(words(v)) && !stated.includes(words(v)));
          if (other)
            contradictions.push(`${product.title}: ${row.label} "${row.value}", not "${other}"`);
        }
      }
    }
    expect(contradictions).toEqual([]);
  });
});

describe('niche matching', () => {
  it.each([
    ['artisanal hot sauce', 'gourmet-pantry'],
    ['sustainable yoga wear', 'fitness-yoga'],
    ['Specialty Coffee Roasters', 'coffee-tea'],
    ['scented soy candles', 'candles'],
    ['dog beds and leashes', 'pet-supplies'],
    ['mechanical watches', 'watches'],
  ])('maps "%s" to %s', (niche, vertical) => {
    const match = matchNiche(niche);
    expect(match.verticals.map((v) => v.id)).toContain(vertical);
    expect(match.corrections).toEqual([]);
    const name = match.verticals.find((v) => v.id === vertical)?.name ?? vertical;
    expect(match.note).toMatch(new RegExp(`^Matched .* our curated .*${name}`));
  });

  it('reads a misspelt niche as the close match and says so', () => {
    const match = matchNiche('speciality cofee');
    expect(match.verticals.map((v) => v.id)).toContain('coffee-tea');
    expect(match.note).toMatch(/cofee/);
  });

  it('refuses a niche nothing matches instead of making an unrelated store', () => {
    expect(() => matchNiche('zxqv blorptangle')).toThrow(/Nearest niches: /);
    expect(() => planCatalog({ niche: 'zxqv blorptangle', seed: 'x', size: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it.each([
    ['artisanal hot sauce', /hot sauce/i, 0.12],
    ['specialty coffee', /coffee/i, 0.4],
    ['luxury candles', /candle/i, 0.5],
  ])('makes what "%s" names the focus of the catalog', (niche, kind, share) => {
    const plan = planCatalog({ niche, seed: 'focus', size: 300 });
    const matching = [...generateProducts(plan)].filter((p) => kind.test(p.productType)).length;
    expect(matching / plan.size).toBeGreaterThanOrEqual(share);
  });

  it('takes the tone from the niche', () => {
    expect(matchNiche('luxury candles').voiceHint).toBe('premium');
    expect(planCatalog({ niche: 'luxury candles', seed: 'q', size: 1 }).brand.voice).toBe(
      'premium',
    );
  });
});
