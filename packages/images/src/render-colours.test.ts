import { colourTable, imageFamilies } from '@storecraft/generator/knowledge';
import type { ColourName } from '@storecraft/generator/knowledge';
import {
  deltaE76,
  parseHex,
  productRegion,
  productShots,
  renderProductSvg,
  rgbToLab,
} from '@storecraft/generator/images';
import type { ProductImageSpec } from '@storecraft/generator/images';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

/**
 * What a shopper notices: a "Navy" hoodie must look navy, a mug must not look like a tote, and
 * the five shots of one product must be five different pictures.
 */
const palette = {
  primary: '#2f4f3e',
  secondary: '#c9a27c',
  accent: '#d1603d',
  background: '#f4efe6',
  text: '#1f2a24',
};
const testedColours: ColourName[] = ['Red', 'Navy', 'Forest Green', 'Cream'];

function spec(
  family: ProductImageSpec['family'],
  colour: string,
  shot = 'front',
): ProductImageSpec {
  return { family, colour, palette, brandName: 'Juniper & Oak', shot, seed: 7 };
}

/** Mean sRGB colour inside the product region, measured on a 256 px render. */
async function regionMean(s: ProductImageSpec): Promise<[number, number, number]> {
  const size = 256;
  const { data, info } = await sharp(Buffer.from(renderProductSvg(s)))
    .resize(size)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const region = productRegion(s);
  const k = size / 1024;
  const x0 = Math.ceil(region.x * k);
  const y0 = Math.ceil(region.y * k);
  const x1 = Math.floor((region.x + region.width) * k);
  const y1 = Math.floor((region.y + region.height) * k);
  expect(x1 - x0, `${s.family}/${s.shot} region too narrow`).toBeGreaterThanOrEqual(4);
  expect(y1 - y0, `${s.family}/${s.shot} region too short`).toBeGreaterThanOrEqual(4);
  const sum = [0, 0, 0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * info.width + x) * info.channels;
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (data[i + c] ?? 0);
    }
  }
  const n = (x1 - x0) * (y1 - y0);
  return [(sum[0] ?? 0) / n, (sum[1] ?? 0) / n, (sum[2] ?? 0) / n];
}

/** A 16 × 16 greyscale fingerprint of the picture, for "is this a different picture?" checks. */
async function fingerprint(s: ProductImageSpec): Promise<Buffer> {
  return sharp(Buffer.from(renderProductSvg(s)), { density: 18 })
    .resize(16, 16, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
}

function meanAbsoluteDifference(a: Buffer, b: Buffer): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return total / a.length;
}

describe('product colour', () => {
  it.each(imageFamilies)(
    'paints the %s in the named colour, in every tested colour',
    async (family) => {
      for (const name of testedColours) {
        const hex = colourTable[name];
        const mean = await regionMean(spec(family, hex));
        const distance = deltaE76(rgbToLab(mean), rgbToLab(parseHex(hex)));
        expect(
          distance,
          `${family} in ${name}: mean ${mean.map(Math.round).join(',')}`,
        ).toBeLessThan(30);
      }
    },
  );

  it.each(imageFamilies)('keeps the %s in its colour in every shot', async (family) => {
    const hex = colourTable.Navy;
    for (const shot of productShots) {
      const mean = await regionMean(spec(family, hex, shot));
      const distance = deltaE76(rgbToLab(mean), rgbToLab(parseHex(hex)));
      expect(distance, `${family} ${shot}: mean ${mean.map(Math.round).join(',')}`).toBeLessThan(
        30,
      );
    }
  });
});

describe('distinct pictures', () => {
  it('draws every family as a clearly different picture', async () => {
    const prints = await Promise.all(
      imageFamilies.map(async (family) => ({
        family,
        print: await fingerprint(spec(family, colourTable.Navy)),
      })),
    );
    const tooSimilar: string[] = [];
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        const a = prints[i];
        const b = prints[j];
        if (!a || !b) continue;
        const difference = meanAbsoluteDifference(a.print, b.print);
        if (difference < 6) tooSimilar.push(`${a.family}~${b.family} (${difference.toFixed(1)})`);
      }
    }
    expect(tooSimilar).toEqual([]);
  });

  it.each(imageFamilies)('frames the five shots of a %s differently', async (family) => {
    const prints = await Promise.all(
      productShots.map((shot) => fingerprint(spec(family, colourTable['Forest Green'], shot))),
    );
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        const a = prints[i];
        const b = prints[j];
        if (!a || !b) continue;
        expect(
          meanAbsoluteDifference(a, b),
          `${productShots[i]} vs ${productShots[j]}`,
        ).toBeGreaterThan(6);
      }
    }
  });
});
