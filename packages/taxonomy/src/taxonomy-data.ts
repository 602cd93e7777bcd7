/**
 * The shape of `data/taxonomy.json`, written by `scripts/build-taxonomy.ts`. Rows are arrays and
 * references are indexes, so 10,596 categories, ~2,300 attributes and ~20,600 values fit in about
 * 1 MB. Use the typed lookups in `taxonomy.ts`, not this layout.
 */
export interface TaxonomyData {
  /** Shopify's release name, e.g. `2025-01-unstable`. */
  version: string;
  /** Where the data came from (repository and commit). */
  source: string;
  /** `[id, name, parent index or -1, attribute indexes]`, parents before their children. */
  categories: [id: string, name: string, parent: number, attributes: number[]][];
  /** `[handle, name, value indexes]`. */
  attributes: [handle: string, name: string, values: number[]][];
  /** Value names. */
  values: string[];
}
