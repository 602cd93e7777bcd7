/**
 * Remembers the results of a pure function of a string: spec values, option values and material
 * phrases repeat across a catalog ("250 g", "Full-grain leather"), so most calls are hits. The
 * cache is bounded (cleared when full); callers must not mutate what it returns.
 */
export function memoize<T>(fn: (text: string) => T, max = 8192): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      if (cache.size >= max) cache = new Map();
      hit = fn(text);
      cache.set(text, hit);
    }
    return hit;
  };
}
