import type { Category } from '@storecraft/core';

/**
 * Looks up a category's titles from the root down (`['Kitchen', 'Mugs']`) by walking
 * `parentHandle`; an unknown handle gives an empty path. Memoised: catalogs reuse few categories.
 */
export function createCategoryPathResolver(
  categories: readonly Category[],
): (handle: string) => readonly string[] {
  const byHandle = new Map(categories.map((c) => [c.handle, c]));
  const cache = new Map<string, readonly string[]>();
  return (handle) => {
    const cached = cache.get(handle);
    if (cached) return cached;
    const titles: string[] = [];
    const seen = new Set<string>();
    let current = byHandle.get(handle);
    // The depth limit is 3; the seen-set only guards against a cycle in bad input.
    while (current && !seen.has(current.handle)) {
      seen.add(current.handle);
      titles.unshift(current.title);
      current = current.parentHandle ? byHandle.get(current.parentHandle) : undefined;
    }
    cache.set(handle, titles);
    return titles;
  };
}
