import { AppError } from '@storecraft/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderPool, type RenderPool } from './index.ts';

const palette = {
  primary: '#1f2a52',
  secondary: '#9caf88',
  accent: '#c2187a',
  background: '#e8eef6',
  text: '#111827',
};

/** A 600×400 picture with a transparent left half, as a provider might send a cut-out. */
async function providerPng(): Promise<Buffer> {
  const opaque = await sharp({
    create: { width: 300, height: 400, channels: 4, background: '#c2187a' },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width: 600, height: 400, channels: 4, background: '#00000000' } })
    .composite([{ input: opaque, left: 300, top: 0 }])
    .png()
    .toBuffer();
}

describe('render pool: encoding pictures made elsewhere', () => {
  let pool: RenderPool;
  beforeAll(() => {
    pool = createRenderPool({ threads: 1 });
  });
  afterAll(() => pool.destroy());

  it('normalises a PNG into a 1024 px WebP and a 256 px thumbnail, like a drawn picture', async () => {
    const encoded = await pool.encode(await providerPng(), { palette }, { format: 'webp' });
    const [image, thumb] = await Promise.all([
      sharp(encoded.image).metadata(),
      sharp(encoded.thumbnail).metadata(),
    ]);
    expect([image.format, image.width, image.height, image.hasAlpha]).toEqual([
      'webp',
      1024,
      1024,
      false,
    ]);
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 256, 256]);
    expect([encoded.width, encoded.height, encoded.format]).toEqual([1024, 1024, 'webp']);
  });

  it("fills transparency with the brand's backdrop colour", async () => {
    const encoded = await pool.encode(await providerPng(), { palette });
    // Centre-cropped to 400×400 from x=100: the left quarter of the result was transparent.
    const { data } = await sharp(encoded.thumbnail)
      .extract({ left: 10, top: 128, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const [r = 0, g = 0, b = 0] = data;
    expect(Math.abs(r - 0xe8) + Math.abs(g - 0xee) + Math.abs(b - 0xf6)).toBeLessThan(24);
  });

  it('rejects bytes that are not a picture with INVALID_INPUT, so the caller can draw instead', async () => {
    const error: unknown = await pool
      .encode(Buffer.from('<html>rate limited</html>'), { palette })
      .catch((e: unknown) => e);
    expect(AppError.is(error) && error.code).toBe('INVALID_INPUT');
  });
});
