import { describe, expect, it } from 'vitest';
import { allArchetypes } from '../knowledge/index.ts';
import { findMaterials, materialTerms } from './materials.ts';
import { startsWithVowelSound } from './rules/grammar.ts';

const ids = (text: string) => findMaterials(text).map((m) => m.term.id);

describe('the materials vocabulary', () => {
  it('gives every name one material', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of materialTerms) {
      for (const name of term.names) {
        const key = name
          .toLowerCase()
          .replace(/’/g, "'")
          .replace(/[^\p{L}\p{N}']+/gu, ' ')
          .trim();
        const other = owner.get(key);
        if (other !== undefined && other !== term.id)
          clashes.push(`${name}: ${other} and ${term.id}`);
        owner.set(key, term.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('recognises the materials the knowledge base sells goods in', () => {
    // Food, cosmetics and supplements list ingredients, not materials.
    const goods = allArchetypes().filter(
      (a) =>
        !/^(?:Food, Beverages|Health & Beauty)|Vitamins|Dog Treats|Cat Food/.test(a.taxonomyPath),
    );
    const values = [...new Set(goods.flatMap((a) => a.materials))];
    const missed = values.filter((v) => findMaterials(v).length === 0);
    expect(missed.length / values.length, missed.join(' | ')).toBeLessThan(0.2);
  });

  it.each([
    ['Recycled nylon ripstop', ['nylon', 'ripstop']],
    ['Full-grain Italian leather', ['leather']],
    ['Plant-based vegan leather', ['vegan-leather']],
    ['Gold-tone brass hardware', ['brass']],
    ['BPA-free polypropylene', ['polypropylene']],
    ['Polypropylene, free from BPA', ['polypropylene']],
    ['Plastic-free packaging', []],
    ['Stone-ground matcha', ['matcha']],
    ['UPF 50+ organic cotton twill', ['cotton', 'twill']],
    ['Food-grade silicone and banana wood', ['silicone', 'banana-wood']],
    ['Oak, walnut and brass', ['oak', 'walnut', 'brass']],
    ['Japanese quartz movement', []],
  ])('reads "%s" as %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a or an', () => {
  it.each([
    ['everyday', true],
    ['heirloom', true],
    ['hour', true],
    ['unique', false],
    ['unscented', true],
    ['one-piece', false],
    ['eucalyptus', false],
    ['LED', true],
    ['SPF', true],
    ['USB', false],
    ['UPF', false],
    ['L-shaped', true],
    ['U-shaped', false],
    ['8-hour', true],
    ['18-month', true],
    ['12-cup', false],
    ['herbal', null],
  ] as const)('"%s" starts with a vowel sound: %s', (word, vowel) => {
    expect(startsWithVowelSound(word)).toBe(vowel);
  });
});
