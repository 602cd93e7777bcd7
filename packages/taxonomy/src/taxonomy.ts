import { createRequire } from 'node:module';
import type { TaxonomyData } from './taxonomy-data.ts';

export interface TaxonomyAttribute {
  /** e.g. `fabric`, `neckline`, `keyboard-layout`. */
  handle: string;
  /** e.g. `Fabric`. */
  name: string;
  /** The values Shopify lists for it, e.g. `Cotton`, `Linen`. */
  values: readonly string[];
}

export interface TaxonomyCategory {
  /** Shopify's id, e.g. `aa-1-13-8`; the GID is `gid://shopify/TaxonomyCategory/<id>`. */
  id: string;
  name: string;
  /** Names from the root down, joined by ` > ` (what Shopify's CSV "Product category" takes). */
  path: string;
  /** 1 for a top-level category. */
  depth: number;
  parent: TaxonomyCategory | undefined;
  children: TaxonomyCategory[];
  /** Attributes Shopify defines for this category (its own and inherited ones as listed upstream). */
  attributes: readonly TaxonomyAttribute[];
  isLeaf: boolean;
}

export interface Taxonomy {
  version: string;
  source: string;
  categories: readonly TaxonomyCategory[];
  /** Top-level categories (Apparel & Accessories, Home & Garden, …). */
  roots: readonly TaxonomyCategory[];
  attributes: readonly TaxonomyAttribute[];
  findById(id: string): TaxonomyCategory | undefined;
  findByPath(path: string): TaxonomyCategory | undefined;
}

let loaded: WeakRef<Taxonomy> | undefined;

/**
 * Shopify's Standard Product Taxonomy as shipped in this package (see `data/SOURCE.md`). Loaded
 * and indexed on first call (~1 MB of JSON, tens of milliseconds) and shared while anything holds
 * it; held weakly, so a process that only needed it to plan a catalog does not keep ~10 MB of
 * categories for the rest of its life. A later call after it was collected loads it again.
 */
export function loadTaxonomy(): Taxonomy {
  let taxonomy = loaded?.deref();
  if (!taxonomy) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('../data/taxonomy.json');
    taxonomy = buildTaxonomy(require(file) as TaxonomyData);
    // The lookups keep what they need; the parsed rows need not stay in the module cache.
    Reflect.deleteProperty(require.cache, file);
    loaded = new WeakRef(taxonomy);
  }
  return taxonomy;
}

export function buildTaxonomy(data: TaxonomyData): Taxonomy {
  const attributes: TaxonomyAttribute[] = data.attributes.map(([handle, name, values]) => ({
    handle,
    name,
    values: values.map((i) => data.values[i] ?? ''),
  }));
  const categories: TaxonomyCategory[] = [];
  for (const [id, name, parentIndex, attributeIndexes] of data.categories) {
    const parent = parentIndex >= 0 ? categories[parentIndex] : undefined;
    if (parentIndex >= 0 && !parent) throw new Error(`taxonomy: ${id} comes before its parent`);
    const category: TaxonomyCategory = {
      id,
      name,
      path: parent ? `${parent.path} > ${name}` : name,
      depth: parent ? parent.depth + 1 : 1,
      parent,
      children: [],
      attributes: attributeIndexes.flatMap((i) => attributes[i] ?? []),
      isLeaf: true,
    };
    if (parent) {
      parent.children.push(category);
      parent.isLeaf = false;
    }
    categories.push(category);
  }
  const byId = new Map(categories.map((c) => [c.id, c]));
  const byPath = new Map(categories.map((c) => [c.path, c]));
  return {
    version: data.version,
    source: data.source,
    categories,
    roots: categories.filter((c) => !c.parent),
    attributes,
    findById: (id) => byId.get(id),
    findByPath: (path) => byPath.get(path),
  };
}
