import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@storecraft/core';
import { listImages, withWorkspace } from '@storecraft/db';
import { createZipStream } from '@storecraft/exporters';
import type { CatalogPlan } from '@storecraft/generator';
import { generateCatalog, imageOutputPath, type ReadyPicture } from '@storecraft/services';
import { thumbnailKey, type FileStorage } from '@storecraft/storage';
import type { ManifestFile } from './output-manifest.ts';
import type { Platform } from './platform.ts';
import { forEachConcurrently } from './for-each-concurrently.ts';
import { endPhase } from './run-phases.ts';

/**
 * Pictures copied out of storage at once. One at a time, the copy took a second per 700 pictures,
 * each waiting on a file system round trip; a few in flight keep libuv's threads busy instead.
 */
const COPY_CONCURRENCY = 8;

export interface RenderedCatalog {
  /** `handle/position` of every image that rendered → its path in the output folder. */
  ready: Map<string, string>;
  /** The pictures and `thumbnails.zip` written into the output folder, for the manifest. */
  files: ManifestFile[];
  failed: number;
  total: number;
}

/**
 * The run's pictures in the output folder, each written from memory the moment its job is done,
 * while the others still render, and hashed on the way for the manifest: nothing is read back from
 * storage or from disk at the end (for 2,000 products that was most of the run's last seconds).
 * A picture that could not be written then is copied from storage by `renderCatalogImages`.
 */
export class OutputPictures {
  readonly #dir: string;
  /** Path in the output folder → its manifest entry, for every picture written. */
  readonly #written = new Map<string, ManifestFile>();
  readonly #folders = new Map<string, Promise<unknown>>();
  readonly #writing = new Set<Promise<void>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The platform's `onImageReady`. Never rejects: a failed write is retried from storage. */
  readonly write = (picture: ReadyPicture): Promise<void> => {
    const name = imageOutputPath(picture.handle, picture.position);
    const writing = this.#put(name, picture.image).catch(() => {
      this.#written.delete(name);
    });
    this.#writing.add(writing);
    void writing.finally(() => this.#writing.delete(writing));
    return writing;
  };

  async #put(name: string, bytes: Buffer): Promise<void> {
    const target = await this.#target(name);
    await writeFile(target, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.#written.set(name, { path: name, bytes: bytes.length, sha256 });
  }

  /** Waits for the writes in flight; then the pictures written so far, by path. */
  async settled(): Promise<Map<string, ManifestFile>> {
    await Promise.all(this.#writing);
    return this.#written;
  }

  /** Copies a picture from storage (one `write` could not put there), hashing it on the way. */
  async copy(storage: FileStorage, key: string, name: string): Promise<void> {
    const target = await this.#target(name);
    this.#written.set(name, await writeDescribed(await storage.get(key), target, name));
  }

  /** The picture's path, its folder created (once: a product's pictures share one). */
  async #target(name: string): Promise<string> {
    const target = path.join(this.#dir, name);
    const folder = path.dirname(target);
    let made = this.#folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      this.#folders.set(folder, made);
      // Not remembered when it failed: the copy from storage tries again.
      made.catch(() => this.#folders.delete(folder));
    }
    await made;
    return target;
  }

  /** Removes a picture written for an image that did not end up ready. */
  async remove(name: string): Promise<void> {
    await rm(path.join(this.#dir, name), { force: true });
    this.#written.delete(name);
  }
}

export interface RenderHooks {
  onPersist?: (done: number, total: number) => void;
  onRender?: (done: number, total: number) => void;
}

/**
 * Runs the platform path for the CLI: persists the catalog in the run's workspace, enqueues one
 * job per image, waits while the run's runner works them (its image job hands each picture to
 * `pictures`, opened on `dir`, as it is done), then completes the pictures in `dir` from storage
 * where needed and writes a thumbnails ZIP there. Closing the platform removes the run's rows and
 * stored images afterwards: the folder holds everything, and repeated runs do not pile up in
 * `.storecraft`.
 */
export async function renderCatalogImages(
  platform: Platform,
  input: { niche: string; size: number; seed: string },
  dir: string,
  pictures: OutputPictures,
  hooks: RenderHooks = {},
): Promise<RenderedCatalog & { plan: CatalogPlan }> {
  const { database, queue, storage, workspaceId, imageJob, signal } = platform;
  const result = await generateCatalog({ db: database.db, queue, imageJob }, workspaceId, input, {
    ...(hooks.onPersist ? { onProgress: hooks.onPersist } : {}),
    signal,
  });
  endPhase('catalog persisted');
  const counts = await queue.waitForIdle(workspaceId, result.brandId, {
    onProgress: (c) => hooks.onRender?.(c.done + c.failed, c.total),
    signal,
  });
  endPhase('images rendered');

  const images = await withWorkspace(database.db, workspaceId, (tx) =>
    listImages(tx, result.brandId),
  );
  const ready = images.filter((image) => image.status === 'ready' && image.storageKey);
  const written = await pictures.settled();
  const readyPaths = new Set(
    ready.map((image) => imageOutputPath(image.productHandle, image.position)),
  );
  // Written, but the image is not ready after all (its row changed since): not part of the output.
  for (const name of [...written.keys()].filter((name) => !readyPaths.has(name))) {
    await pictures.remove(name);
  }
  const missing = ready.filter(
    (image) => !written.has(imageOutputPath(image.productHandle, image.position)),
  );
  await forEachConcurrently(missing, COPY_CONCURRENCY, async (image) => {
    signal.throwIfAborted();
    const name = imageOutputPath(image.productHandle, image.position);
    await pictures.copy(storage, image.storageKey ?? '', name);
  });
  endPhase('images copied');
  const zip = createZipStream(
    ready.map((image) => ({
      name: `thumbnails/${image.productHandle}/${image.position}.webp`,
      // Read whole (a thumbnail is a few KB), so reading ahead takes in the bytes, not just opens.
      open: async () =>
        buffer(
          await storage.get(thumbnailKey(result.brandId, image.productId, image.position, 'webp')),
        ),
    })),
    // Each thumbnail is a few file system round trips: several read at once.
    { openAhead: 16 },
  );
  const zipFile = await writeDescribed(zip, path.join(dir, 'thumbnails.zip'), 'thumbnails.zip');
  endPhase('thumbnails zipped');
  if (ready.length === 0 && images.length > 0) {
    throw new AppError(
      'PROVIDER_FAILED',
      `No image could be rendered (${counts.failed} failed); see the job errors`,
    );
  }
  return {
    plan: result.plan,
    ready: new Map(
      ready.map((image) => [
        `${image.productHandle}/${image.position}`,
        imageOutputPath(image.productHandle, image.position),
      ]),
    ),
    files: [
      ...ready.map((image) => {
        const name = imageOutputPath(image.productHandle, image.position);
        const file = written.get(name);
        if (!file) throw new AppError('INTERNAL', `${name} was not written`);
        return file;
      }),
      zipFile,
    ],
    failed: counts.failed,
    total: images.length,
  };
}

/** Streams `source` into `target`, hashing it on the way: its manifest entry, without a re-read. */
async function writeDescribed(
  source: Readable,
  target: string,
  name: string,
): Promise<ManifestFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(
    source,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(target),
  );
  return { path: name, bytes, sha256: hash.digest('hex') };
}
