import { AppError } from '@storecraft/core';
import { renderProductSvg } from '@storecraft/generator/images';
import type { ProductImageSpec } from '@storecraft/generator/images';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderPool, renderImage } from './index.ts';
import type { RenderPool } from './index.ts';

const palette = {
  primary: '#1f2a52',
  secondary: '#9caf88',
  accent: '#c2187a',
  background: '#e8eef6',
  text: '#111827',
};

const specs: ProductImageSpec[] = [
  { family: 'hoodie', colour: '#228b22', palette, brandName: 'Mossly', shot: 'front', seed: 1 },
  { family: 'mug', colour: '#1f2a52', palette, brandName: 'Mossly', shot: 'angle', seed: 2 },
  {
    family: 'serum-bottle',
    colour: '#b86b1b',
    palette,
    brandName: 'Mossly',
    shot: 'detail',
    seed: 3,
  },
  { family: 'tent', colour: '#c8102e', palette, brandName: 'Mossly', shot: 'lifestyle', seed: 4 },
  { family: 'sneaker', colour: '#efe4c8', palette, brandName: 'Mossly', shot: 'flat', seed: 5 },
  { family: 'chair', colour: '#9caf88', palette, brandName: 'Mossly', shot: 'lifestyle', seed: 6 },
];

describe.each([
  { label: 'on the calling thread', threads: 0 },
  { label: 'on two worker threads', threads: 2 },
])('render pool $label', ({ threads }) => {
  let pool: RenderPool;
  beforeAll(() => {
    pool = createRenderPool({ threads });
  });
  afterAll(() => pool.destroy());

  it('renders specs into 1024 px WebP images with 256 px thumbnails', async () => {
    const results = await Promise.all(specs.map((spec) => pool.render(spec)));
    for (const result of results) {
      expect(Buffer.isBuffer(result.image)).toBe(true);
      expect(result).toMatchObject({ width: 1024, height: 1024, format: 'webp' });
      const image = await sharp(result.image).metadata();
      expect(image).toMatchObject({ format: 'webp', width: 1024, height: 1024 });
      const thumbnail = await sharp(result.thumbnail).metadata();
      expect(thumbnail).toMatchObject({ format: 'webp', width: 256, height: 256 });
    }
  });

  it('draws the same pixels as rendering the SVG directly', async () => {
    const spec = specs[1];
    if (!spec) throw new Error('missing spec');
    const [pooled, local] = await Promise.all([
      pool.render(spec, { format: 'png' }),
      renderImage(renderProductSvg(spec), { format: 'png' }),
    ]);
    const pixels = (png: Buffer) => sharp(png).raw().toBuffer();
    expect((await pixels(pooled.image)).equals(await pixels(local.image))).toBe(true);
  });

  it('reports bad specs as INVALID_INPUT', async () => {
    const spec = { ...specs[0], shot: 'sideways' } as ProductImageSpec;
    const error: unknown = await pool.render(spec).catch((e: unknown) => e);
    expect(AppError.is(error, 'INVALID_INPUT')).toBe(true);
  });
});

describe('render pool on the calling thread', () => {
  it('renders `concurrency` pictures at once and rejects those still waiting when destroyed', async () => {
    const pool = createRenderPool({ concurrency: 1 });
    const first = pool.render(specs[0] as ProductImageSpec);
    const waiting = pool.render(specs[1] as ProductImageSpec).catch((e: unknown) => e);
    await pool.destroy();
    expect(await first).toMatchObject({ width: 1024, format: 'webp' });
    expect(AppError.is(await waiting, 'INTERNAL')).toBe(true);
  });

  it('refuses a concurrency that is not a positive integer', () => {
    expect(() => createRenderPool({ concurrency: 0 })).toThrow(/concurrency/);
  });
});

describe('renderImage', () => {
  it('renders PNG at a custom size', async () => {
    const svg = renderProductSvg(specs[2] as ProductImageSpec);
    const result = await renderImage(svg, { size: 512, thumbSize: 128, format: 'png' });
    expect(await sharp(result.image).metadata()).toMatchObject({
      format: 'png',
      width: 512,
      height: 512,
    });
    expect(await sharp(result.thumbnail).metadata()).toMatchObject({ width: 128, height: 128 });
  });
});
