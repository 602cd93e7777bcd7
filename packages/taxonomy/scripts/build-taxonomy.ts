/**
 * Builds `packages/taxonomy/data/taxonomy.json` from a checkout of Shopify's product taxonomy
 * (github.com/Shopify/product-taxonomy, the `data/` folder: `categories/*.yml`, `attributes.yml`,
 * `values.yml`, plus the repository's `VERSION` and `LICENSE`).
 *
 *   npx tsx packages/taxonomy/scripts/build-taxonomy.ts --from <folder> [--commit <sha>]
 *
 * The folder must hold `categories/`, `attributes.yml`, `values.yml`, `VERSION` and `LICENSE`.
 * The output is compact (arrays indexed by position, no repeated strings) and deterministic: the
 * same input gives the same bytes. Nothing at run time or in tests reads the upstream files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { TaxonomyData } from '../src/taxonomy-data.ts';

interface CategoryYaml {
  id: string;
  name: string;
  children?: string[];
  attributes?: string[];
}
interface AttributeYaml {
  name: string;
  friendly_id: string;
  handle: string;
  values?: string[];
  values_from?: string;
}
interface ValueYaml {
  name: string;
  friendly_id: string;
}

const { values: args } = parseArgs({
  options: { from: { type: 'string' }, commit: { type: 'string' } },
});
if (!args.from) {
  console.error('usage: build-taxonomy --from <product-taxonomy data folder> [--commit <sha>]');
  process.exit(2);
}
const from = path.resolve(args.from);
const need = (name: string) => {
  const file = path.join(from, name);
  if (!existsSync(file)) {
    console.error(`build-taxonomy: ${file} is missing`);
    process.exit(2);
  }
  return file;
};

const version = readFileSync(need('VERSION'), 'utf8').trim();
const licence = readFileSync(need('LICENSE'), 'utf8');
const categoryFiles = readdirSync(need('categories'))
  .filter((f) => f.endsWith('.yml'))
  .sort();
const categories: CategoryYaml[] = categoryFiles.flatMap(
  (file) => parse(readFileSync(path.join(from, 'categories', file), 'utf8')) as CategoryYaml[],
);
const attributesYaml = parse(readFileSync(need('attributes.yml'), 'utf8')) as {
  base_attributes: AttributeYaml[];
  extended_attributes?: AttributeYaml[];
};
const valuesYaml = parse(readFileSync(need('values.yml'), 'utf8')) as ValueYaml[];

const valueIndex = new Map(valuesYaml.map((v, i) => [v.friendly_id, i]));
const base = new Map(attributesYaml.base_attributes.map((a) => [a.friendly_id, a]));
const allAttributes = [
  ...attributesYaml.base_attributes,
  ...(attributesYaml.extended_attributes ?? []),
];
const attributeIndex = new Map(allAttributes.map((a, i) => [a.friendly_id, i]));

const attributes: TaxonomyData['attributes'] = allAttributes.map((a) => {
  // Extended attributes (e.g. "Frame material") take their values from a base attribute.
  const source = a.values_from ? base.get(a.values_from) : a;
  if (!source)
    throw new Error(`attribute ${a.friendly_id}: values_from ${a.values_from} not found`);
  const values = (source.values ?? []).map((handle) => {
    const index = valueIndex.get(handle);
    if (index === undefined)
      throw new Error(`attribute ${a.friendly_id}: value ${handle} not found`);
    return index;
  });
  return [a.handle, a.name, values];
});

const categoryIndex = new Map(categories.map((c, i) => [c.id, i]));
const parentOf = new Map<string, string>();
for (const c of categories) for (const child of c.children ?? []) parentOf.set(child, c.id);
const rows: TaxonomyData['categories'] = categories.map((c) => {
  const parent = parentOf.get(c.id);
  const attrs = (c.attributes ?? []).map((id) => {
    const index = attributeIndex.get(id);
    if (index === undefined) throw new Error(`category ${c.id}: attribute ${id} not found`);
    return index;
  });
  return [c.id, c.name, parent === undefined ? -1 : (categoryIndex.get(parent) ?? -1), attrs];
});

const data: TaxonomyData = {
  version,
  source: `Shopify/product-taxonomy${args.commit ? ` @ ${args.commit}` : ''}`,
  categories: rows,
  attributes,
  values: valuesYaml.map((v) => v.name),
};

const out = path.resolve(import.meta.dirname, '..', 'data');
mkdirSync(out, { recursive: true });
// One category, attribute or value per line: small diffs when the upstream release changes.
const lines = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
writeFileSync(
  path.join(out, 'taxonomy.json'),
  `{"version":${JSON.stringify(data.version)},"source":${JSON.stringify(data.source)},\n"categories":[\n${lines(data.categories)}\n],\n"attributes":[\n${lines(data.attributes)}\n],\n"values":[\n${lines(data.values)}\n]}\n`,
);
writeFileSync(path.join(out, 'LICENSE'), licence);
console.log(
  `taxonomy ${version}: ${rows.length} categories, ${attributes.length} attributes, ${data.values.length} values → ${path.relative(process.cwd(), out)}/taxonomy.json`,
);
