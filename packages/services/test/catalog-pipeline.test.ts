import { buffer } from 'node:stream/consumers';
import { newId } from '@storecraft/core';
import {
  countProducts,
  findExportJob,
  listExportJobs,
  listImages,
  withWorkspace,
} from '@storecraft/db';
import {
  createTestDatabase,
  seedWorkspace,
  testDrivers,
  type TestDatabase,
} from '@storecraft/db/testing';
import { validateExport } from '@storecraft/exporters';
import { listZip } from '@storecraft/exporters/testing';
import { createRenderPool, type RenderPool } from '@storecraft/images';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import {
  createMemoryStorage,
  thumbnailKey,
  type FileStorage,
  type MemoryFileStorage,
} from '@storecraft/storage';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWorkspace,
  exportThumbnails,
  exportToStorage,
  generateCatalog,
  renderImageJob,
} from '../src/index.ts';

/** Storage that refuses every export file (as a full disk or a revoked S3 key would). */
function refusingExports(storage: FileStorage): FileStorage {
  return {
    ...storage,
    put: (key, body, options) =>
      key.startsWith('exports/')
        ? Promise.reject(new Error('No space left on device'))
        : storage.put(key, body, options),
  };
}

describe.each(testDrivers)('catalog pipeline on %s', (driver) => {
  let t: TestDatabase;
  let queue: JobQueue;
  let pool: RenderPool;
  let storage: MemoryFileStorage;
  const workspaceId = newId('workspace');

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await ensureWorkspace(t.db, {
      id: workspaceId,
      name: 'Pipeline',
      slug: `p-${workspaceId.slice(-10)}`,
    });
    queue = await createJobQueue({ db: t.db, backend: jobBackendOf(t) });
    pool = createRenderPool({ threads: 2 });
    storage = createMemoryStorage({
      publicUrl: 'http://127.0.0.1:1',
      signingSecret: 'x'.repeat(32),
    });
  }, 120_000);
  afterAll(async () => {
    await queue?.close();
    await pool?.destroy();
    await t?.close();
  });

  it('persists the catalog, renders every image once, exports CSV and thumbnails to storage', async () => {
    const imageJob = renderImageJob({ db: t.db, storage, renderer: pool });
    const runner = queue.work([imageJob], { concurrency: 8 });
    const result = await generateCatalog({ db: t.db, queue, imageJob }, workspaceId, {
      niche: 'specialty coffee',
      size: 12,
      seed: 'pipeline',
    });
    const counts = await queue.waitForIdle(workspaceId, result.brandId);
    await runner.stop();
    expect(counts).toMatchObject({ failed: 0 });
    expect(result.imageJobs).toBeGreaterThanOrEqual(24);

    const images = await withWorkspace(t.db, workspaceId, (tx) => listImages(tx, result.brandId));
    expect(images).toHaveLength(result.imageJobs);
    expect(images.every((i) => i.status === 'ready' && i.width === 1024)).toBe(true);
    for (const image of images) {
      const key = image.storageKey ?? '';
      expect(storage.putCount(key), key).toBe(1);
      expect(
        storage.putCount(thumbnailKey(result.brandId, image.productId, image.position, 'webp')),
      ).toBe(1);
    }
    const first = await buffer(await storage.get(images[0]?.storageKey ?? ''));
    expect(await sharp(first).metadata()).toMatchObject({
      format: 'webp',
      width: 1024,
      height: 1024,
    });
    expect(await withWorkspace(t.db, workspaceId, (tx) => countProducts(tx, result.brandId))).toBe(
      12,
    );

    const exported = await exportToStorage(
      { db: t.db, storage },
      workspaceId,
      result.brandId,
      'shopify',
      {
        imageBaseUrl: 'https://cdn.example.com',
      },
    );
    expect(exported.keys[0]).toMatch(
      new RegExp(`^exports/${result.brandId}/\\d{8}T\\d{6}Z-xjob_[0-9a-z]{26}\\.csv$`),
    );
    expect(exported.url).toContain('signature=');
    const csv = (await buffer(await storage.get(exported.keys[0] ?? ''))).toString('utf8');
    const report = await validateExport('shopify', csv);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.productCount).toBe(12);
    expect(csv).toContain('https://cdn.example.com/images/');
    const job = await withWorkspace(t.db, workspaceId, (tx) =>
      findExportJob(tx, exported.exportJobId),
    );
    expect(job).toMatchObject({
      status: 'done',
      outputKey: exported.keys[0],
      rowCount: report.rowCount,
    });

    const zip = await exportThumbnails({ db: t.db, storage }, workspaceId, result.brandId);
    const archive = await buffer(await storage.get(zip.keys[0] ?? ''));
    expect(zip.rowCount).toBe(images.length);
    // Every rendered image's 256 px thumbnail, in catalog order, named by product handle.
    const thumbnails = await Promise.all(
      images.map(async (image) => ({
        name: `thumbnails/${image.productHandle}/${image.position}.webp`,
        size: (
          await buffer(
            await storage.get(
              thumbnailKey(result.brandId, image.productId, image.position, 'webp'),
            ),
          )
        ).length,
      })),
    );
    expect(listZip(archive)).toEqual(thumbnails);
  }, 180_000);

  it("queues the first products' pictures before the rest of the catalog is written", async () => {
    const events: string[] = [];
    // The shared queue, with its enqueues recorded next to generateCatalog's progress.
    const recording = new Proxy(queue, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (property === 'enqueue') {
          return (...args: Parameters<JobQueue['enqueue']>) => {
            events.push(`enqueue ${args[3].length} pictures`);
            return target.enqueue(...args);
          };
        }
        return typeof value === 'function'
          ? (value as (...args: unknown[]) => unknown).bind(target)
          : value;
      },
    });
    const fresh = newId('workspace');
    await ensureWorkspace(t.db, { id: fresh, name: 'Batches', slug: `b-${fresh.slice(-10)}` });
    const imageJob = renderImageJob({ db: t.db, storage, renderer: pool });
    const result = await generateCatalog(
      { db: t.db, queue: recording, imageJob },
      fresh,
      { niche: 'specialty coffee', size: 60, seed: 'batches' },
      { onProgress: (done, total) => events.push(`persisted ${done}/${total}`) },
    );
    // The first pictures can render while most of the products are still being written.
    expect(events[0]).toMatch(/^enqueue [1-9]\d* pictures$/);
    const firstPersisted = /^persisted (\d+)\/60$/.exec(events[1] ?? '');
    expect(Number(firstPersisted?.[1])).toBeLessThan(60);
    expect(events.at(-1)).toBe('persisted 60/60');
    const enqueued = events
      .map((event) => Number(/^enqueue (\d+)/.exec(event)?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    expect(enqueued).toBe(result.imageJobs);
    expect(await withWorkspace(t.db, fresh, (tx) => countProducts(tx, result.brandId))).toBe(60);
  });

  // One product fits the stream's buffer; 200 outgrow it, so the export waits on storage.
  it.each([1, 200])(
    'records a failed export with the reason when storage refuses the file (%i products)',
    async (products) => {
      const seeded = await seedWorkspace(t.db, products);
      const failing = { db: t.db, storage: refusingExports(storage) };
      await expect(
        exportToStorage(failing, seeded.workspaceId, seeded.brandId, 'shopify'),
      ).rejects.toThrow('No space left on device');
      await expect(exportThumbnails(failing, seeded.workspaceId, seeded.brandId)).rejects.toThrow(
        'No space left on device',
      );
      const jobs = await withWorkspace(t.db, seeded.workspaceId, (tx) =>
        listExportJobs(tx, seeded.brandId),
      );
      expect(jobs.map((job) => [job.format, job.status, job.lastError])).toEqual([
        ['thumbnails', 'failed', 'No space left on device'],
        ['shopify', 'failed', 'No space left on device'],
      ]);
      expect(jobs.every((job) => job.finishedAt instanceof Date && job.outputKey === null)).toBe(
        true,
      );
    },
    60_000,
  );
});
