import { describe, expect, it } from 'vitest';
import type { Archetype, Vertical } from '../knowledge/index.ts';
import { Rng } from '../random.ts';
import { assignFacts, optionAgrees, titleFacts, titleNamesValue } from './assign-facts.ts';
import { FactModel } from './fact-model.ts';

/** A toiletry bag sold in nylon or leather, with notes that only fit one of them. */
const bag: Archetype = {
  id: 'test-toiletry-bag',
  productType: 'Toiletry Bag',
  taxonomyPath: 'Luggage & Bags > Cosmetic & Toiletry Bags',
  collection: 'Travel',
  noun: ['toiletry bag', 'toiletry bags'],
  titlePatterns: ['{material} {noun}'],
  slots: { material: ['Recycled Nylon', 'Full-Grain Leather', 'Waxed Canvas'] },
  materials: ['Recycled nylon', 'Full-grain leather', 'Waxed cotton canvas'],
  features: [
    'Water-resistant lining wipes clean',
    'Leather softens and darkens with use',
    'Dishwasher safe',
    'Two zip pockets',
  ],
  specs: [
    { label: 'Material', values: ['Full-grain leather'] },
    { label: 'Capacity', values: ['3 L', '5 L'] },
    { label: 'Closure', values: ['Zip', 'Drawstring'] },
  ],
  care: [
    'Machine wash cold on a gentle cycle.',
    'Do not machine wash; wipe with a damp cloth.',
    'Condition the leather twice a year.',
  ],
  options: [
    { name: 'Colour', kind: 'colour', values: ['Black', 'Sand', 'Olive'] },
    { name: 'Capacity', kind: 'choice', values: ['3 L', '5 L'] },
  ],
  price: { band: [2000, 9000], points: [3900, 4900] },
  costRatio: [0.3, 0.4],
  grams: [200, 500],
  dimensionsCm: [24, 10, 14],
  image: 'pouch',
  tags: ['travel'],
};

const store: Vertical = {
  id: 'test-bags',
  name: 'Bags',
  keywords: ['bags'],
  brandRoots: ['tote'],
  values: ['Made to last'],
  audiences: ['frequent flyers', 'weekend travellers'],
  moments: ['a long weekend away', 'the gym bag'],
  adjectives: ['recycled', 'handmade'],
  paletteMood: ['Black'],
  archetypes: [bag],
};

function assignment(title: string, seed: number) {
  const model = new FactModel(bag, store);
  const fixed = titleFacts(model, [title]);
  return assignFacts(model, fixed, ['Colour', 'Capacity'], new Rng(seed));
}

describe('facts first', () => {
  it('gives a product the material its title names, whatever the draw', () => {
    for (let seed = 1; seed <= 40; seed++) {
      expect(assignment('Recycled Nylon', seed).material).toBe('Recycled nylon');
      expect(assignment('Full-Grain Leather', seed).material).toBe('Full-grain leather');
    }
  });

  it('says nothing the material rules out', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const nylon = assignment('Recycled Nylon', seed);
      expect(nylon.features).not.toContain('Leather softens and darkens with use');
      expect(nylon.care).not.toContain('Condition the leather twice a year.');
    }
  });

  it('never keeps two notes that contradict each other', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { care } = assignment('Recycled Nylon', seed);
      expect(
        care.includes('Machine wash cold on a gentle cycle.') &&
          care.includes('Do not machine wash; wipe with a damp cloth.'),
      ).toBe(false);
    }
  });

  it('leaves Material to the engine and never states what an option already offers', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const labels = assignment('Waxed Canvas', seed).specs.map(([label]) => label);
      expect(labels).not.toContain('Material');
      expect(labels).not.toContain('Capacity');
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('drops an option whose value the title already names', () => {
    expect(titleNamesValue('Rose Quartz Facial Roller', ['Rose Quartz', 'Jade'])).toBe(true);
    expect(titleNamesValue('Double Hammock', ['Single', 'Double'])).toBe(true);
    expect(titleNamesValue('Everyday Facial Roller', ['Rose Quartz', 'Jade'])).toBe(false);
    // A capacity in the title rules out the other capacities on offer.
    const model = new FactModel(bag, store);
    const fixed = titleFacts(model, ['5 L']);
    const place = { in: 'option', name: 'Capacity' } as const;
    expect(optionAgrees(model, fixed, model.fact(place, '3 L'))).toBe(false);
    expect(optionAgrees(model, fixed, model.fact(place, '5 L'))).toBe(true);
  });

  it('treats words no rule knows as inert', () => {
    const model = new FactModel(bag, store);
    expect(model.fact({ in: 'title' }, 'Weekender').active).toBe(false);
    expect(model.fact({ in: 'title' }, 'Recycled Nylon').active).toBe(true);
  });
});
