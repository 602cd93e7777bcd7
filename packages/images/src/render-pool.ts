import { availableParallelism } from 'node:os';
import { AppError } from '@storecraft/core';
import type { ProductImageSpec } from '@storecraft/generator/images';
import Tinypool from 'tinypool';
import type { EncodeImageOptions } from './encode-image.ts';
import type { RenderImageOptions, RenderedImage } from './render-image.ts';
import { publishStage } from './render-stages.ts';
import type { RenderTask, RenderTaskResult, default as renderTaskFn } from './render-worker.ts';

export interface RenderPoolOptions {
  /**
   * Worker threads that draw the SVGs. 0 (the default) draws on the calling thread: drawing takes
   * about a millisecond, and sharp rasterises and encodes on libuv's thread pool either way, so
   * worker threads only add a V8 heap each (≈ 60 MB resident) and a copy of every spec and result.
   */
  threads?: number;
  /**
   * Pictures rasterised and encoded at once on the calling thread (with `threads: 0`); defaults to
   * the number of cores plus one. Each holds a 4 MB raster. The extra one is already under way when
   * a picture finishes while the calling thread is busy (a database batch, a file write), so no
   * core waits for that thread to start the next: a 200-product run took 18.2 s instead of 19.4 s
   * (medians of 6 runs each, alternated). Four at once was no faster and held 20–30 MB more.
   */
  concurrency?: number;
}

export interface RenderPool {
  /** Draws the spec and encodes it (1024 px image + 256 px thumbnail). */
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
  /**
   * Stops the pool: renders still waiting are rejected (on worker threads, those under way too;
   * on the calling thread, those under way finish).
   */
  destroy(): Promise<void>;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const threads = options.threads ?? 0;
  if (!Number.isInteger(threads) || threads < 0) {
    throw new AppError('INVALID_INPUT', `threads must be a whole number, got ${threads}`);
  }
  return threads === 0
    ? createInProcessPool(options.concurrency ?? availableParallelism() + 1)
    : createThreadPool(threads);
}

function createThreadPool(threads: number): RenderPool {
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
    const image = settle(task, result, started);
    // Buffers arrive as plain Uint8Arrays (moved, not copied) after crossing the thread boundary.
    return { ...image, image: toBuffer(image.image), thumbnail: toBuffer(image.thumbnail) };
  };
  return poolOf(run, () => pool.destroy());
}

/**
 * Renders on the calling thread, `concurrency` at a time: the SVG is drawn here and sharp does the
 * pixel work on libuv's threads, so the event loop is only held for the drawing.
 */
function createInProcessPool(concurrency: number): RenderPool {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new AppError(
      'INVALID_INPUT',
      `concurrency must be a positive integer, got ${concurrency}`,
    );
  }
  // Loaded (it sets sharp's process-wide cache and concurrency) and warmed up as the pool is
  // made: sharp sets up fonts and its first pipeline on libuv's threads while the caller goes on
  // (the CLI opens its database), instead of in the first picture's time.
  const worker: Promise<{ default: typeof renderTaskFn }> = import('./render-worker.ts').then(
    async (module) => {
      await module.warmUp();
      return module;
    },
  );
  // A failed import is reported by the first render; until then nobody is waiting for it.
  worker.catch(() => {});
  const slots = new Semaphore(concurrency);
  let destroyed = false;
  const run = async (task: RenderTask): Promise<RenderedImage> => {
    if (destroyed) throw new AppError('INTERNAL', 'The render pool was destroyed');
    const started = performance.now();
    // Renders already under way finish; those waiting for a slot are rejected by destroy().
    await slots.acquire();
    try {
      const { default: renderTask } = await worker;
      return settle(task, await renderTask(task), started);
    } finally {
      slots.release();
    }
  };
  return poolOf(run, () => {
    destroyed = true;
    slots.rejectWaiting(new AppError('INTERNAL', 'The render pool was destroyed'));
    return Promise.resolve();
  });
}

/** Publishes the stage timings of a finished task and returns its image, or throws its error. */
function settle(task: RenderTask, result: RenderTaskResult, started: number): RenderedImage {
  if (!result.ok) throw new AppError(result.code, result.message);
  const { image, timings } = result;
  if (task.kind !== 'encode') publishStage('svg', timings.svgMs);
  publishStage('encode', timings.encodeMs);
  publishStage('pool', performance.now() - started - timings.svgMs - timings.encodeMs);
  return image;
}

function poolOf(
  run: (task: RenderTask) => Promise<RenderedImage>,
  destroy: () => Promise<void>,
): RenderPool {
  return {
    render: (spec, renderOptions) => run({ spec, options: renderOptions }),
    encode: (bytes, spec, renderOptions) => {
      const options: EncodeImageOptions = { ...renderOptions, background: spec.palette.background };
      return run({ kind: 'encode', bytes, options });
    },
    destroy,
  };
}

/** Admits `size` holders at once; the rest wait in arrival order. */
class Semaphore {
  #free: number;
  readonly #waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next.resolve();
    else this.#free++;
  }

  rejectWaiting(error: unknown): void {
    for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
  }
}
