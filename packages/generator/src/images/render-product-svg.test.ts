import { AppError } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { colourTable } from '../knowledge/colours.ts';
import { imageFamilies } from '../knowledge/types.ts';
import { darken, deltaE76, lighten, mix, parseHex, rgbToLab } from './colour.ts';
import type { ProductImageSpec } from './index.ts';
import { describeImage, productRegion, productShots, renderProductSvg } from './index.ts';

const palette = {
  primary: '#2f4f3e',
  secondary: '#c9a27c',
  accent: '#d1603d',
  background: '#f4efe6',
  text: '#1f2a24',
};

function spec(overrides: Partial<ProductImageSpec> = {}): ProductImageSpec {
  return {
    family: 'hoodie',
    colour: colourTable['Forest Green'],
    palette,
    brandName: 'Juniper & Oak',
    shot: 'front',
    seed: 11,
    ...overrides,
  };
}

/** A small XML well-formedness check: balanced tags, escaped text, no broken numbers. */
function expectWellFormed(svg: string, label: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), label).toBe(true);
  expect(svg.endsWith('</svg>'), label).toBe(true);
  expect(svg, label).toContain('viewBox="0 0 1024 1024" width="1024" height="1024"');
  expect(svg, label).not.toMatch(/NaN|undefined|Infinity|\[object/);
  const stack: string[] = [];
  const text = svg.replace(/<[^<>]*>/g, (tag) => {
    if (tag.startsWith('</')) {
      const name = tag.slice(2, -1).trim();
      expect(stack.pop(), `${label}: </${name}> closes the wrong tag`).toBe(name);
    } else if (!tag.endsWith('/>')) {
      stack.push(/^<([\w:-]+)/.exec(tag)?.[1] ?? '?');
    }
    expect(tag.match(/"/g)?.length ?? 0, `${label}: unbalanced quotes in ${tag}`).toSatisfy(
      (n: number) => n % 2 === 0,
    );
    return '';
  });
  expect(stack, `${label}: unclosed tags`).toEqual([]);
  expect(text, `${label}: stray < or > in text`).not.toMatch(/[<>]/);
  expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+);/g, ''), `${label}: raw &`).not.toContain('&');
}

describe('renderProductSvg', () => {
  it.each(imageFamilies)('draws a well-formed %s in every shot', (family) => {
    for (const shot of productShots) {
      expectWellFormed(renderProductSvg(spec({ family, shot })), `${family}/${shot}`);
    }
  });

  it('is deterministic for the same spec and varies the set with the seed', () => {
    const a = renderProductSvg(spec({ family: 'mug', shot: 'lifestyle' }));
    expect(renderProductSvg(spec({ family: 'mug', shot: 'lifestyle' }))).toBe(a);
    expect(renderProductSvg(spec({ family: 'mug', shot: 'lifestyle', seed: 12 }))).not.toBe(a);
  });

  it('escapes the brand name wherever it is printed', () => {
    const brandName = `<script>"A" & 'B'`;
    for (const family of ['serum-bottle', 'coffee-bag', 'book', 'tea-tin'] as const) {
      const svg = renderProductSvg(spec({ family, brandName, shot: 'flat' }));
      expectWellFormed(svg, family);
      expect(svg.toLowerCase()).not.toContain('<script');
      // Printed on the product (upper-cased, maybe shortened) and in full on the flat-lay tag.
      expect(svg).toMatch(/&lt;SCRIPT&gt;&quot;A&quot;|&lt;script&gt;&quot;A&quot;/);
      expect(svg).toContain('>&lt;script&gt;&quot;A&quot; &amp; &apos;B&apos;</text>');
    }
  });

  it('drops characters XML cannot carry', () => {
    const svg = renderProductSvg(spec({ family: 'book', brandName: 'Bell\u0007 & Book' }));
    expectWellFormed(svg, 'control character');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('Bell &amp; Book');
  });

  it('paints the spec colour', () => {
    const svg = renderProductSvg(spec({ colour: '#C8102E' }));
    expect(svg).toContain('#c8102e');
  });

  it('keeps long brand names on the label by shrinking, then shortening them', () => {
    const brandName = 'The Extraordinarily Long-Named Apothecary Company of Somewhere';
    const svg = renderProductSvg(spec({ family: 'serum-bottle', brandName }));
    expectWellFormed(svg, 'long brand');
    expect(svg).toMatch(/…<\/text>/);
  });

  it('changes the surface with the finish hint', () => {
    const matte = renderProductSvg(spec({ family: 'mug', finish: 'matte' }));
    const glossy = renderProductSvg(spec({ family: 'mug', finish: 'glazed stoneware' }));
    expect(glossy).not.toBe(matte);
    expect(renderProductSvg(spec({ family: 'mug', finish: 'something else' }))).toBe(
      renderProductSvg(spec({ family: 'mug' })),
    );
  });

  it('rejects an unknown shot, family or colour as invalid input', () => {
    const invalid = (s: ProductImageSpec) => {
      try {
        renderProductSvg(s);
      } catch (error) {
        return AppError.is(error, 'INVALID_INPUT');
      }
      return false;
    };
    expect(invalid(spec({ shot: 'fronts' }))).toBe(true);
    expect(invalid(spec({ family: 'teapot' as ProductImageSpec['family'] }))).toBe(true);
    expect(invalid(spec({ colour: 'forest green' }))).toBe(true);
    expect(invalid(spec({ palette: { ...palette, accent: '#12' } }))).toBe(true);
  });
});

describe('productRegion', () => {
  it.each(imageFamilies)('gives the %s a region on the canvas in every shot', (family) => {
    for (const shot of productShots) {
      const region = productRegion(spec({ family, shot }));
      expect(region.x, `${family}/${shot}`).toBeGreaterThanOrEqual(0);
      expect(region.y, `${family}/${shot}`).toBeGreaterThanOrEqual(0);
      expect(region.x + region.width, `${family}/${shot}`).toBeLessThanOrEqual(1024);
      expect(region.y + region.height, `${family}/${shot}`).toBeLessThanOrEqual(1024);
      expect(Math.min(region.width, region.height), `${family}/${shot}`).toBeGreaterThanOrEqual(16);
    }
  });
});

describe('describeImage', () => {
  it('says what is drawn, in which colour and how it is framed', () => {
    const base = {
      ...spec({ palette: { ...palette, background: '#efe4c8' } }),
      productNoun: 'hoodie',
      colourName: 'Forest Green',
    };
    expect(describeImage(base)).toBe('Forest Green hoodie, front view on a soft cream backdrop');
    expect(describeImage({ ...base, shot: 'lifestyle' })).toBe(
      'Forest Green hoodie hanging from a wooden peg rail on a light wall',
    );
    expect(describeImage({ ...base, family: 'mug', productNoun: 'mug', shot: 'lifestyle' })).toBe(
      'Forest Green mug on an oak table by a window, beside a potted plant',
    );
    expect(
      describeImage({ ...base, colourName: null, productNoun: 'tote bag', shot: 'flat' }),
    ).toMatch(/^Tote bag, flat lay from above on a \w[\w ]* surface/);
  });

  it('names the backdrop after the brand background', () => {
    const describe = (background: string) =>
      describeImage({
        ...spec({ palette: { ...palette, background } }),
        productNoun: 'mug',
        colourName: 'Navy',
      });
    expect(describe('#9caf88')).toBe('Navy mug, front view on a soft sage backdrop');
    expect(describe('#ffffff')).toBe('Navy mug, front view on a soft white backdrop');
    // Dark brand backgrounds still get a light set, and the words say so.
    expect(describe('#1c1c1e')).toBe('Navy mug, front view on a soft light grey backdrop');
  });
});

describe('colour helpers', () => {
  it('mixes in RGB and converts to Lab', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(lighten('#c8102e', 0)).toBe('#c8102e');
    expect(darken('#ffffff', 1)).toBe('#000000');
    expect(parseHex('#abc')).toEqual([170, 187, 204]);
    const [l, a, b] = rgbToLab([255, 255, 255]);
    expect(l).toBeCloseTo(100, 1);
    expect(Math.abs(a) + Math.abs(b)).toBeLessThan(0.5);
    expect(deltaE76(rgbToLab(parseHex('#c8102e')), rgbToLab(parseHex('#228b22')))).toBeGreaterThan(
      30,
    );
  });
});
