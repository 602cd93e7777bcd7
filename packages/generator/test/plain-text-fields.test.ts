import { productSchema, type Product } from '@storecraft/core';
import {
  generateProducts,
  generateProductsWith,
  planCatalog,
  proceduralCopy,
  type ContentProvider,
} from '@storecraft/generator';
import { describe, expect, it } from 'vitest';

/** An HTML tag or comment: what a plain-text column must never carry. */
const TAG = /<\/?[a-z][^>]*>|<!--/i;
/** A raw control character other than newline and tab. */
const CONTROL = /(?![\n\t])\p{Cc}/u;

/** Every field the exporters write as plain text (the HTML description is the one exception). */
function plainTextFields(product: Product): [string, string][] {
  return [
    ['title', product.title],
    ['vendor', product.vendor],
    ['productType', product.productType],
    ['seoTitle', product.seoTitle],
    ['seoDescription', product.seoDescription],
    ...product.tags.map((tag): [string, string] => ['tag', tag]),
    ...product.options.flatMap((option): [string, string][] => [
      ['option name', option.name],
      ...option.values.map((value): [string, string] => ['option value', value]),
    ]),
    ...product.variants.flatMap((variant) =>
      variant.optionValues.map((value): [string, string] => ['variant option value', value]),
    ),
    ...product.images.map((image): [string, string] => ['image alt', image.alt]),
  ];
}

/** Copy from a provider that answers in HTML, as a language model asked for a description may. */
const htmlSpeakingProvider: ContentProvider = {
  name: 'html-speaking',
  productCopy(input) {
    const copy = proceduralCopy(input);
    return {
      bodyHtml: copy.bodyHtml,
      seoDescription: `<p>Rich &amp; <strong>bold</strong>, ${input.title}&nbsp;&ndash; roasted\u0007</p>\n<ul><li>Fair&#39;s fair</li></ul><!-- model note --> &lt;script&gt;alert(1)&lt;/script&gt; ${'Long '.repeat(80)}`,
    };
  },
};

describe('plain-text fields', () => {
  it('SEO descriptions from a provider that writes HTML become plain text within 320 characters', async () => {
    const plan = planCatalog({ niche: 'specialty coffee', seed: 'seo', size: 20 });
    for await (const product of generateProductsWith(plan, htmlSpeakingProvider)) {
      expect(product.seoDescription).toMatch(
        new RegExp(
          `^Rich & bold, ${product.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – roasted Fair's fair Long Long`,
        ),
      );
      expect(product.seoDescription).not.toMatch(TAG);
      expect(product.seoDescription).not.toContain('alert(1)');
      expect(product.seoDescription).not.toMatch(CONTROL);
      expect(product.seoDescription.length).toBeLessThanOrEqual(320);
      expect(product.seoDescription.endsWith('…')).toBe(true);
      expect(() => productSchema.parse(product)).not.toThrow();
    }
  });

  it.each([
    'specialty coffee',
    'sustainable yoga wear',
    '<b>luxury</b> candles & "soap" <script>alert(1)</script>',
    'dog &amp; cat <img src=x onerror=alert(1)> toys\u001b[2J',
  ])('hold no markup or control characters in a catalog for %j', (niche) => {
    const plan = planCatalog({ niche, seed: 'plain', size: 150 });
    const fields: [string, string][] = [
      ['brand name', plan.brand.name],
      ['brand tagline', plan.brand.tagline],
      ...plan.categories.map((category): [string, string] => ['category', category.title]),
      ...[...generateProducts(plan)].flatMap(plainTextFields),
    ];
    const offending = fields.filter(([, value]) => TAG.test(value) || CONTROL.test(value));
    expect(offending).toEqual([]);
  });
});
