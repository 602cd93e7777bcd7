import { loadTaxonomy } from '@storecraft/taxonomy';
import { describe, expect, it } from 'vitest';
import { allArchetypes, archetypeColours, verticals } from './index.ts';
import { isColourName } from './colours.ts';
import { imageFamilies } from './types.ts';

const taxonomy = loadTaxonomy();

describe('knowledge base', () => {
  it('has at least 24 verticals with at least 8 archetypes each', () => {
    expect(verticals.length).toBeGreaterThanOrEqual(24);
    for (const vertical of verticals) {
      expect(vertical.archetypes.length, vertical.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('uses unique vertical and archetype ids', () => {
    expect(new Set(verticals.map((v) => v.id)).size).toBe(verticals.length);
    const ids = allArchetypes().map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every archetype a category path of the Shopify taxonomy the project ships', () => {
    const unknown = allArchetypes()
      .filter((a) => !taxonomy.findByPath(a.taxonomyPath))
      .map((a) => `${a.id}: ${a.taxonomyPath}`);
    expect(unknown).toEqual([]);
  });

  it('fills each vertical with enough words to write varied copy', () => {
    for (const v of verticals) {
      expect(v.keywords.length, `${v.id} keywords`).toBeGreaterThanOrEqual(6);
      expect(v.brandRoots.length, `${v.id} brandRoots`).toBeGreaterThanOrEqual(8);
      expect(v.values.length, `${v.id} values`).toBeGreaterThanOrEqual(6);
      expect(v.audiences.length, `${v.id} audiences`).toBeGreaterThanOrEqual(4);
      expect(v.moments.length, `${v.id} moments`).toBeGreaterThanOrEqual(4);
      expect(v.adjectives.length, `${v.id} adjectives`).toBeGreaterThanOrEqual(6);
      expect(v.paletteMood.every(isColourName), `${v.id} paletteMood`).toBe(true);
      for (const k of v.keywords) expect(k, `${v.id} keyword`).toBe(k.toLowerCase());
    }
  });

  it('makes every archetype complete and consistent', () => {
    for (const a of allArchetypes()) {
      const at = (what: string) => `${a.id}: ${what}`;
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(imageFamilies).toContain(a.image);
      expect(a.titlePatterns.length, at('titlePatterns')).toBeGreaterThanOrEqual(3);
      for (const pattern of a.titlePatterns) {
        for (const [, slot] of pattern.matchAll(/\{(\w+)\}/g)) {
          if (slot === 'noun') continue;
          expect(
            a.slots[slot ?? '']?.length ?? 0,
            at(`slot {${slot}} in "${pattern}"`),
          ).toBeGreaterThanOrEqual(3);
        }
      }
      expect(a.materials.length, at('materials')).toBeGreaterThanOrEqual(2);
      expect(a.features.length, at('features')).toBeGreaterThanOrEqual(6);
      expect(a.specs.length, at('specs')).toBeGreaterThanOrEqual(3);
      expect(a.care.length, at('care')).toBeGreaterThanOrEqual(3);
      expect(a.options.length, at('options')).toBeLessThanOrEqual(3);
      for (const axis of a.options) {
        expect(axis.values.length, at(`${axis.name} values`)).toBeGreaterThanOrEqual(2);
        expect(new Set(axis.values).size, at(`${axis.name} distinct values`)).toBe(
          axis.values.length,
        );
        if (axis.priceFactors)
          expect(axis.priceFactors.length, at(`${axis.name} priceFactors`)).toBe(
            axis.values.length,
          );
        if (axis.kind === 'colour') {
          expect(
            axis.values.filter((v) => !isColourName(v)),
            at('colour axis names'),
          ).toEqual([]);
        }
        if (axis.pick) {
          expect(axis.pick[0], at('pick')).toBeGreaterThanOrEqual(1);
          expect(axis.pick[1], at('pick')).toBeLessThanOrEqual(axis.values.length);
        }
      }
      expect(new Set(a.options.map((o) => o.name)).size, at('option names')).toBe(a.options.length);
      expect(archetypeColours(a).length, at('colours')).toBeGreaterThanOrEqual(1);
      expect(
        (a.colours ?? []).filter((c) => !isColourName(c)),
        at('colours'),
      ).toEqual([]);
      const [lo, hi] = a.price.band;
      expect(lo, at('price band')).toBeGreaterThan(0);
      expect(hi, at('price band')).toBeGreaterThan(lo);
      expect(a.price.points.length, at('price points')).toBeGreaterThanOrEqual(3);
      for (const p of a.price.points) {
        expect(p >= lo && p <= hi, at(`price point ${p} in band`)).toBe(true);
      }
      expect(
        a.costRatio[0] > 0 && a.costRatio[1] < 1 && a.costRatio[0] <= a.costRatio[1],
        at('costRatio'),
      ).toBe(true);
      expect(a.grams[0] > 0 && a.grams[0] <= a.grams[1], at('grams')).toBe(true);
    }
  });
});
