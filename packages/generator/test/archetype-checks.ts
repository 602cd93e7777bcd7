import { expect } from 'vitest';
import { archetypeColours, type Archetype } from '../src/knowledge/index.ts';
import { isColourName } from '../src/knowledge/colours.ts';
import { imageFamilies } from '../src/knowledge/types.ts';

/**
 * Everything the engine needs from an archetype to plan, price, describe and draw a product,
 * curated or derived from the taxonomy: the same bar for both.
 */
export function expectCompleteArchetype(a: Archetype): void {
  const at = (what: string) => `${a.id}: ${what}`;
  expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(imageFamilies).toContain(a.image);
  expect(a.productType.trim(), at('productType')).not.toBe('');
  expect(a.noun[0].trim(), at('noun')).not.toBe('');
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
    expect(new Set(axis.values).size, at(`${axis.name} distinct values`)).toBe(axis.values.length);
    if (axis.priceFactors)
      expect(axis.priceFactors.length, at(`${axis.name} priceFactors`)).toBe(axis.values.length);
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

/** Spec labels the engine writes itself; an archetype must not repeat them. */
const ENGINE_LABELS = ['Material', 'Dimensions', 'Weight'];

/**
 * Spec rows a reader can trust: each label once, none that the engine writes itself, every row
 * with a value, and no material phrase that would read "aBS" once lower-cased mid-sentence.
 */
export function expectCleanFacts(a: Archetype): void {
  const labels = a.specs.map((s) => s.label);
  expect(new Set(labels).size, `${a.id}: spec labels`).toBe(labels.length);
  expect(
    labels.filter((l) => ENGINE_LABELS.includes(l)),
    `${a.id}: spec labels`,
  ).toEqual([]);
  for (const spec of a.specs) {
    expect(spec.values.length, `${a.id}: ${spec.label} values`).toBeGreaterThan(0);
    expect(
      spec.values.filter((v) => /^other$/i.test(v)),
      `${a.id}: ${spec.label}`,
    ).toEqual([]);
  }
  expect(
    a.materials.filter((m) => /^[A-Z]{2}/.test(m)),
    `${a.id}: materials starting with an acronym`,
  ).toEqual([]);
}
