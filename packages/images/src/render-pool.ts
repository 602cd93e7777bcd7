import { availableParallelism } from 'node:os';
import { AppError } from '@storecraft/core';
import type { ProductImageSpec } from '@storecraft/generator/images';
import Tinypool from 'tinypool';
import type { EncodeImageOptions } from './encode-image.ts';
import type { RenderImageOptions, RenderedImage } from './render-image.ts';
import { publishStage } from './render-stages.ts';
import type { RenderTask, RenderTaskResult } from './render-worker.ts';

export interface RenderPoolOptions {
  /** Worker threads; defaults to the number of cores. */
  threads?: number;
}

export interface RenderPool {
  /** Draws the spec and encodes it (1024 px image + 256 px thumbnail) on a worker thread. */
  render(spec: ProductImageSpec, options?: RenderImageOptions): Promise<RenderedImage>;
  /**
   * Normalises picture bytes made elsewhere (an AI provider's PNG) into the same outputs as
   * `render`: square image + thumbnail, centre-cropped, transparency filled with the spec's
   * backdrop colour. Undecodable bytes reject with `INVALID_INPUT`.
   */
  encode(
    bytes: Uint8Array,
    spec: Pick<ProductImageSpec, 'palette'>,
    options?: RenderImageOptions,
  ): Promise<RenderedImage>;
  /** Stops the workers; pending renders are rejected. */
  destroy(): Promise<void>;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1) {
    throw new AppError('INVALID_INPUT', `threads must be a positive integer, got ${threads}`);
  }
  const pool = new Tinypool({
    // A JS entry that loads the TypeScript worker through tsx (see render-worker-entry.js).
    filename: new URL('./render-worker-entry.js', import.meta.url).href,
    runtime: 'worker_threads',
    minThreads: threads,
    maxThreads: threads,
    // One render per worker. sharp runs on the process-wide libuv thread pool (four threads,
    // shared with every worker thread and with file I/O): one encode per core keeps the CPUs busy
    // (drawing an SVG takes ~1 ms) and leaves threads free for storing files, which otherwise
    // queued behind eight encodes; it also bounds libvips' memory to two pipelines.
    concurrentTasksPerWorker: 1,
  });
  const run = async (task: RenderTask): Promise<RenderedImage> => {
    const started = performance.now();
    const result = (await pool.run(task)) as RenderTaskResult;
    if (!result.ok) throw new AppError(result.code, result.message);
    const { image, timings } = result;
    if (task.kind !== 'encode') publishStage('svg', timings.svgMs);
    publishStage('encode', timings.encodeMs);
    publishStage('pool', performance.now() - started - timings.svgMs - timings.encodeMs);
    // Buffers arrive as plain Uint8Arrays (moved, not copied) after crossing the thread boundary.
    return { ...image, image: toBuffer(image.image), thumbnail: toBuffer(image.thumbnail) };
  };
  return {
    render: (spec, renderOptions) => run({ spec, options: renderOptions }),
    encode: (bytes, spec, renderOptions) => {
      const options: EncodeImageOptions = { ...renderOptions, background: spec.palette.background };
      return run({ kind: 'encode', bytes, options });
    },
    destroy: () => pool.destroy(),
  };
}
