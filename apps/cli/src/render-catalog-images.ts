import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@storecraft/core';
import { listImages, withWorkspace } from '@storecraft/db';
import { createZipStream } from '@storecraft/exporters';
import type { CatalogPlan } from '@storecraft/generator';
import { generateCatalog, imageOutputPath } from '@storecraft/services';
import { thumbnailKey } from '@storecraft/storage';
import type { Platform } from './platform.ts';

/**
 * Pictures copied out of storage at once. One at a time, the copy took a second per 700 pictures,
 * each waiting on a file system round trip; a few in flight keep libuv's threads busy instead.
 */
const COPY_CONCURRENCY = 8;

export interface RenderedCatalog {
  /** `handle/position` of every image that rendered → its path in the output folder. */
  ready: Map<string, string>;
  failed: number;
  total: number;
}

export interface RenderHooks {
  onPersist?: (done: number, total: number) => void;
  onRender?: (done: number, total: number) => void;
}

/**
 * Runs the platform path for the CLI: persists the catalog in the run's workspace, enqueues one
 * job per image, waits while the run's runner works them, then copies the images and a thumbnails
 * ZIP out of storage into `dir`. Closing the platform removes the run's rows and stored images
 * afterwards: the folder holds everything, and repeated runs do not pile up in `.storecraft`.
 */
export async function renderCatalogImages(
  platform: Platform,
  input: { niche: string; size: number; seed: string },
  dir: string,
  hooks: RenderHooks = {},
): Promise<RenderedCatalog & { plan: CatalogPlan }> {
  const { database, queue, storage, workspaceId, imageJob, signal } = platform;
  const result = await generateCatalog({ db: database.db, queue, imageJob }, workspaceId, input, {
    ...(hooks.onPersist ? { onProgress: hooks.onPersist } : {}),
    signal,
  });
  const counts = await queue.waitForIdle(workspaceId, result.brandId, {
    onProgress: (c) => hooks.onRender?.(c.done + c.failed, c.total),
    signal,
  });

  const images = await withWorkspace(database.db, workspaceId, (tx) =>
    listImages(tx, result.brandId),
  );
  const ready = images.filter((image) => image.status === 'ready' && image.storageKey);
  const folders = new Map<string, Promise<unknown>>();
  await forEachConcurrently(ready, COPY_CONCURRENCY, async (image) => {
    signal.throwIfAborted();
    const target = path.join(dir, imageOutputPath(image.productHandle, image.position));
    // A product's pictures share a folder: created once, not once per picture.
    const folder = path.dirname(target);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await pipeline(await storage.get(image.storageKey ?? ''), createWriteStream(target));
  });
  const zip = createZipStream(
    ready.map((image) => ({
      name: `thumbnails/${image.productHandle}/${image.position}.webp`,
      open: () =>
        storage.get(thumbnailKey(result.brandId, image.productId, image.position, 'webp')),
    })),
  );
  await pipeline(zip, createWriteStream(path.join(dir, 'thumbnails.zip')));
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
    failed: counts.failed,
    total: images.length,
  };
}

/** Runs `work` on every item, at most `limit` at once; after a failure no new item starts. */
async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = Array.from({ length: Math.min(limit, items.length) }, lane);
  // Every lane settles before the first failure is reported: no copy is left writing.
  const results = await Promise.allSettled(lanes);
  const rejected = results.find((result) => result.status === 'rejected');
  if (rejected) throw rejected.reason;
}
