import { renderProductSvg } from '@storecraft/generator/images';
import type { ProductImageSpec } from '@storecraft/generator/images';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

/**
 * The studio's key light is drawn as concentric translucent rings (a radial gradient costs a
 * quarter of a picture's rendering): a shopper must not see the rings. Each picture is compared,
 * pixel by pixel, with the same picture lit by the radial gradient it stands in for.
 */
const rings =
  /(?:<ellipse cx="([\d.]+)" cy="([\d.]+)" rx="[\d.]+" ry="[\d.]+" fill="#fff" fill-opacity="[\d.]+"\/>)+/;

function withGradientLight(svg: string, peak: number): string {
  const match = rings.exec(svg);
  if (!match) throw new Error('no studio light rings in the picture');
  // The outermost ring is the light's full extent.
  const outer = /rx="([\d.]+)" ry="([\d.]+)"/.exec(match[0]);
  const gradient =
    `<defs><radialGradient id="t-glow"><stop offset="0" stop-color="#fff" stop-opacity="${peak}"/>` +
    `<stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>` +
    `<ellipse cx="${match[1]}" cy="${match[2]}" rx="${outer?.[1]}" ry="${outer?.[2]}" fill="url(#t-glow)"/>`;
  return svg.replace(match[0], gradient);
}

async function pixels(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
}

const spec = (background: string, shot: ProductImageSpec['shot']): ProductImageSpec => ({
  family: 'mug',
  colour: '#1f2a52',
  palette: {
    primary: '#2f4f3e',
    secondary: '#c9a27c',
    accent: '#d1603d',
    background,
    text: '#111',
  },
  brandName: 'Mossly',
  shot,
  seed: 3,
});

describe('the studio key light', () => {
  it.each([
    // The studio sweep's light peaks at .55, the flat lay's at .45.
    ['a cream brand', '#f4efe6', 'front', 0.55],
    ['a sage brand', '#9caf88', 'angle', 0.55],
    ['a near-black brand', '#1c1c1e', 'detail', 0.55],
    ['a saturated red brand', '#d0021b', 'front', 0.55],
    ['a flat lay of a sage brand', '#9caf88', 'flat', 0.45],
  ] as const)('for %s looks the same as a radial gradient (no visible rings)', async (...c) => {
    const [, bg, shot, peak] = c;
    const svg = renderProductSvg(spec(bg, shot));
    const [drawn, reference] = await Promise.all([
      pixels(svg),
      pixels(withGradientLight(svg, peak)),
    ]);
    let worst = 0;
    let off = 0;
    for (let i = 0; i < drawn.length; i++) {
      const d = Math.abs((drawn[i] ?? 0) - (reference[i] ?? 0));
      worst = Math.max(worst, d);
      if (d > 2) off += 1;
    }
    // 4 levels of 255 at most, and on under 2 % of the picture's values.
    expect(worst).toBeLessThanOrEqual(4);
    expect(off / drawn.length).toBeLessThan(0.02);
  });
});
