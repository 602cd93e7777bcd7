import type { TaxonomyCategory } from '@storecraft/taxonomy';
import type { Archetype, Vertical } from '../knowledge/index.ts';
import { fits, pathWords, textOf, themeFor } from './derive-archetype.ts';
import type { Theme } from './themes.ts';

/** The deepest category every one of these lies under (the root at worst). */
function commonAncestor(categories: readonly TaxonomyCategory[]): TaxonomyCategory | undefined {
  const chains = categories.map((c) => {
    const chain: TaxonomyCategory[] = [];
    for (let x: TaxonomyCategory | undefined = c; x; x = x.parent) chain.unshift(x);
    return chain;
  });
  let common: TaxonomyCategory | undefined;
  for (let depth = 0; ; depth++) {
    const at = chains[0]?.[depth];
    if (!at || chains.some((chain) => chain[depth] !== at)) return common;
    common = at;
  }
}

/**
 * A range for kinds derived from the taxonomy, standing in for a curated vertical: named for the
 * category its kinds share ("Surfing", "Fish & Aquatic Supplies"), with the copy words, brand
 * roots, values and palette of their theme, kept to those that fit these categories.
 */
export function departmentVertical(
  group: readonly { category: TaxonomyCategory; archetype: Archetype }[],
): Vertical {
  const categories = group.map((g) => g.category);
  const first = categories[0];
  if (!first) throw new Error('departmentVertical needs at least one category');
  let range = commonAncestor(categories) ?? first;
  // One kind is not a range: name it for the category it belongs to.
  if (range.isLeaf && range.parent) range = range.parent;

  const counts = new Map<Theme, number>();
  for (const c of categories) counts.set(themeFor(c), (counts.get(themeFor(c)) ?? 0) + 1);
  const theme = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? themeFor(first);
  const words = new Set(categories.flatMap((c) => [...pathWords(c)]));
  // Words written for these categories ("stargazers") before the theme's general ones.
  const pick = (entries: readonly (string | { text: string; when?: readonly string[] })[]) => {
    const specific = entries.filter((e) => typeof e !== 'string' && fits(e, words, 'gear'));
    const general = entries.filter((e) => typeof e === 'string');
    const chosen =
      specific.length >= 2 ? [...specific, ...general.slice(0, 2)] : [...specific, ...general];
    return [...new Set(chosen.map(textOf))];
  };

  return {
    id: `taxonomy-${range.id}`,
    name: range.name,
    keywords: [...new Set(categories.map((c) => c.name.toLowerCase()))],
    brandRoots: theme.brandRoots,
    values: theme.values,
    audiences: pick(theme.audiences),
    moments: pick(theme.moments),
    adjectives: theme.adjectives,
    paletteMood: theme.paletteMood,
    voices: theme.voices,
    archetypes: group.map((g) => g.archetype),
  };
}
