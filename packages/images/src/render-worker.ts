/**
 * Turns one spec into encoded image buffers: the task of a Tinypool worker thread, or run on the
 * calling thread by the in-process pool (see render-pool.ts).
 */
import { AppError } from '@storecraft/core';
import { renderProductSvg } from '@storecraft/generator/images';
import type { ProductImageSpec } from '@storecraft/generator/images';
import sharp from 'sharp';
import { encodeImage, type EncodeImageOptions } from './encode-image.ts';
import type { RenderImageOptions, RenderedImage } from './render-image.ts';
import { renderImage } from './render-image.ts';

// One libvips thread per picture (the pool already renders a picture per core at a time), and no
// operation cache: every spec is a new picture, so caching only holds on to 4 MB rasters.
sharp.concurrency(1);
sharp.cache(false);

/**
 * A small picture drawn as the renderer starts, so that the first real one does not pay for
 * loading fonts and sharp's first pipeline (≈0.1 s in a quiet process). Run by the in-process
 * pool when it is made (the CLI opens its database meanwhile) and by render-worker-entry.js
 * before a worker thread takes its first task.
 */
export async function warmUp(): Promise<void> {
  const spec: ProductImageSpec = {
    family: 'serum-bottle',
    colour: '#8a5a44',
    palette: {
      primary: '#1f3a5f',
      secondary: '#e9e4da',
      accent: '#c8553d',
      background: '#f6f3ee',
      text: '#1b1b1b',
    },
    brandName: 'Warm Up',
    shot: 'front',
    seed: 1,
  };
  await renderImage(renderProductSvg(spec), { size: 128, thumbSize: 32 }).catch(() => undefined);
}

/** Draw a spec, or (with `bytes`) normalise a picture made elsewhere, e.g. by an AI provider. */
export type RenderTask =
  | { kind?: 'render'; spec: ProductImageSpec; options?: RenderImageOptions }
  | { kind: 'encode'; bytes: Uint8Array; options?: EncodeImageOptions };

/** Milliseconds spent drawing the SVG (0 for `encode`) and encoding, measured in the worker. */
export interface RenderTimings {
  svgMs: number;
  encodeMs: number;
}

/** Errors cross the thread boundary as plain data so the pool can rebuild an `AppError`. */
export type RenderTaskResult =
  | { ok: true; image: RenderedImage; timings: RenderTimings }
  | { ok: false; code: AppError['code']; message: string };

export default async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  try {
    const started = performance.now();
    let image: RenderedImage;
    let svgMs = 0;
    if (task.kind === 'encode') {
      image = await encodeImage(task.bytes, task.options);
    } else {
      const svg = renderProductSvg(task.spec);
      svgMs = performance.now() - started;
      image = await renderImage(svg, task.options);
    }
    const timings = { svgMs, encodeMs: performance.now() - started - svgMs };
    // Moved, not copied, to the main thread when this runs on a worker: the bytes change hands once.
    return movable({ ok: true, image, timings });
  } catch (error) {
    if (AppError.is(error)) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'INTERNAL', message: `Rendering failed: ${message}` };
  }
}

/**
 * Tinypool's protocol for a result whose buffers are transferred rather than cloned (its
 * `Tinypool.move` only handles a single buffer at the top level). sharp's output buffers own their
 * whole ArrayBuffer, so moving one detaches nothing else; a buffer sharing a pooled ArrayBuffer is
 * copied first.
 */
function movable(result: RenderTaskResult & { ok: true }): RenderTaskResult {
  const own = (bytes: Buffer): Buffer =>
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? bytes
      : Buffer.from(bytes);
  const image = own(result.image.image);
  const thumbnail = own(result.image.thumbnail);
  const value = { ...result, image: { ...result.image, image, thumbnail } };
  return Object.assign(value, {
    [Symbol.for('Tinypool.transferable')]: [image.buffer, thumbnail.buffer],
    [Symbol.for('Tinypool.valueOf')]: value,
  });
}
