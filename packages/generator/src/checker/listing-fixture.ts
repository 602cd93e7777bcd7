import { escapeHtml, type Product, type Variant } from '@storecraft/core';

/** A hand-written listing for the checker's tests: only what the test is about. */
export interface ListingFixture {
  title: string;
  productType?: string;
  taxonomyPath?: string;
  /** Paragraphs of the description. */
  description?: readonly string[];
  features?: readonly string[];
  /** Spec table rows, in order. */
  specs?: readonly (readonly [label: string, value: string])[];
  options?: readonly { name: string; values: readonly string[] }[];
  tags?: readonly string[];
  /** Shipping weight of every variant, or one per variant. */
  grams?: number | readonly number[];
}

/**
 * A schema-valid product from a fixture, with the description HTML the engine writes today
 * (paragraphs, a feature list, a spec table): one variant per combination of option values.
 */
export function listingFixture(fixture: ListingFixture): Product {
  const options = (fixture.options ?? []).map((o) => ({ name: o.name, values: [...o.values] }));
  let combos: string[][] = [[]];
  for (const option of options) combos = combos.flatMap((c) => option.values.map((v) => [...c, v]));
  const grams = (i: number) =>
    typeof fixture.grams === 'number' ? fixture.grams : (fixture.grams?.[i] ?? 500);
  const variants: Variant[] = combos.map((optionValues, i) => ({
    sku: `FIX-${i + 1}`,
    barcode: '036000291452',
    optionValues,
    priceCents: 2500,
    compareAtPriceCents: null,
    costCents: 900,
    grams: grams(i),
    inventoryQuantity: 5,
    inventoryPolicy: 'deny',
    requiresShipping: true,
    taxable: true,
    imagePosition: null,
  }));
  let html = (fixture.description ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  if (fixture.features?.length) {
    html += `<p><strong>Features</strong></p><ul>${fixture.features.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`;
  }
  if (fixture.specs?.length) {
    html += `<table><tbody>${fixture.specs.map(([l, v]) => `<tr><th>${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</tbody></table>`;
  }
  const handle = fixture.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    handle,
    title: fixture.title,
    bodyHtml: html,
    vendor: 'Fixture Goods',
    productType: fixture.productType ?? 'Goods',
    taxonomyPath: fixture.taxonomyPath ?? 'Home & Garden > Decor',
    categoryHandle: 'all',
    tags: [...(fixture.tags ?? [])],
    status: 'active',
    publishedOnline: true,
    seoTitle: fixture.title.slice(0, 70),
    seoDescription: '',
    options,
    variants,
    images: [],
  };
}
