import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Tests compare our output with real platform files kept in `../shared/reference/` beside the
 * repository (Shopify's templates, partner CSVs and taxonomy). Run time never reads them.
 */
export function referencePath(name: string): string {
  let dir = import.meta.dirname;
  for (;;) {
    const candidate = path.join(dir, '..', 'shared', 'reference', name);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Reference file ${name} not found in a shared/reference folder above the repository`,
      );
    }
    dir = parent;
  }
}

export function readReference(name: string): string {
  return readFileSync(referencePath(name), 'utf8');
}

/** Every category path of the Shopify Standard Product Taxonomy (2024-10). */
export function taxonomyPaths(): Set<string> {
  const paths = new Set<string>();
  for (const line of readReference('shopify-taxonomy-categories.txt').split('\n')) {
    const match = /^gid:\/\/shopify\/TaxonomyCategory\/\S+\s+: (.+)$/.exec(line);
    if (match?.[1]) paths.add(match[1]);
  }
  return paths;
}
