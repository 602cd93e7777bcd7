import { AppError } from '@storecraft/core';
import sharp from 'sharp';
import type { RenderImageOptions, RenderedImage } from './render-image.ts';

export interface EncodeImageOptions extends RenderImageOptions {
  /** Fills transparent areas (a cut-out product) so the picture sits on the brand's backdrop. */
  background?: string;
}

/**
 * A provider's picture is at most 2048² in practice; anything far larger is not a product photo
 * and would cost hundreds of MB to decode (a decompression bomb), so it is refused.
 */
const MAX_INPUT_PIXELS = 4096 * 4096;

/** Same encoder settings as drawn pictures (see render-image.ts), so both look alike in a catalog. */
const webpMain = { quality: 82, effort: 0 } as const;
const webpThumb = { quality: 80, effort: 0 } as const;

/**
 * Normalises picture bytes from elsewhere (an AI provider's PNG or JPEG) into the outputs a drawn
 * picture has: a square `size` image and a `thumbSize` thumbnail, centre-cropped, without alpha.
 * Undecodable bytes are an `INVALID_INPUT` error, so a caller can fall back to drawing.
 */
export async function encodeImage(
  bytes: Uint8Array,
  options: EncodeImageOptions = {},
): Promise<RenderedImage> {
  const size = options.size ?? 1024;
  const thumbSize = options.thumbSize ?? 256;
  const format = options.format ?? 'webp';
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  try {
    const meta = await source.metadata();
    if (!meta.width || !meta.height) throw new Error('the picture has no size');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INVALID_INPUT', `The picture could not be decoded: ${reason}`);
  }
  const square = (edge: number) =>
    source
      .clone()
      .flatten({ background: options.background ?? '#ffffff' })
      .resize(edge, edge, { fit: 'cover', position: 'centre' });
  const encode = (edge: number, webp: { quality: number; effort: number }) => {
    const pipeline = square(edge);
    return format === 'webp'
      ? pipeline.webp(webp).toBuffer({ resolveWithObject: true })
      : pipeline.png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
  };
  // One after the other, like drawn pictures: each encode holds a libuv thread.
  const image = await encode(size, webpMain);
  const thumbnail = await encode(thumbSize, webpThumb);
  return {
    image: image.data,
    thumbnail: thumbnail.data,
    width: image.info.width,
    height: image.info.height,
    format,
  };
}
