/**
 * Tinypool worker: turns one spec into encoded image buffers. Loaded with tsx's loader (see
 * render-pool.ts), so it can import the TypeScript sources of the other packages directly.
 */
import { AppError } from '@storecraft/core';
import { renderProductSvg } from '@storecraft/generator/images';
import type { ProductImageSpec } from '@storecraft/generator/images';
import sharp from 'sharp';
import type { RenderImageOptions, RenderedImage } from './render-image.ts';
import { renderImage } from './render-image.ts';

// One libvips thread per worker (the pool already runs one worker per core), and no operation
// cache: every spec is a new picture, so caching only holds on to 4 MB rasters.
sharp.concurrency(1);
sharp.cache(false);

export interface RenderTask {
  spec: ProductImageSpec;
  options?: RenderImageOptions;
}

/** Errors cross the thread boundary as plain data so the pool can rebuild an `AppError`. */
export type RenderTaskResult =
  { ok: true; image: RenderedImage } | { ok: false; code: AppError['code']; message: string };

export default async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  try {
    const svg = renderProductSvg(task.spec);
    return { ok: true, image: await renderImage(svg, task.options) };
  } catch (error) {
    if (AppError.is(error)) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'INTERNAL', message: `Rendering failed: ${message}` };
  }
}
