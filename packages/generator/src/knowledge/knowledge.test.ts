import { loadTaxonomy } from '@storecraft/taxonomy';
import { describe, expect, it } from 'vitest';
import { expectCleanFacts, expectCompleteArchetype } from '../../test/archetype-checks.ts';
import { allArchetypes, verticals } from './index.ts';
import { isColourName } from './colours.ts';

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
    for (const a of allArchetypes()) expectCompleteArchetype(a);
  });

  it('keeps the facts of the archetypes added for open-world niches clean', () => {
    const added = ['swimwear', 'desk-setup', 'home-barista', 'running', 'board-games'];
    const archetypes = verticals.filter((v) => added.includes(v.id)).flatMap((v) => v.archetypes);
    expect(archetypes.length).toBeGreaterThanOrEqual(45);
    for (const a of archetypes) expectCleanFacts(a);
  });
});
