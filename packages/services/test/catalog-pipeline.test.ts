import { buffer } from 'node:stream/consumers';
import { eq } from 'drizzle-orm';
import { newId } from '@storecraft/core';
import { countProducts, schema, withWorkspace } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { validateExport } from '@storecraft/exporters';
import { createRenderPool, type RenderPool } from '@storecraft/images';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import { createMemoryStorage, type MemoryFileStorage } from '@storecraft/storage';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWorkspace,
  exportThumbnails,
  exportToStorage,
  generateCatalog,
  renderImageJob,
} from '../src/index.ts';

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

    const images = await withWorkspace(t.db, workspaceId, (tx) =>
      tx.select().from(schema.images).where(eq(schema.images.brandId, result.brandId)),
    );
    expect(images).toHaveLength(result.imageJobs);
    expect(images.every((i) => i.status === 'ready' && i.width === 1024)).toBe(true);
    for (const image of images) {
      const key = image.storageKey ?? '';
      expect(storage.putCount(key), key).toBe(1);
      expect(storage.putCount(key.replace(/\.webp$/, '-thumb.webp'))).toBe(1);
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
      new RegExp(`^exports/${result.brandId}/\\d{8}T\\d{6}Z\\.csv$`),
    );
    expect(exported.url).toContain('signature=');
    const csv = (await buffer(await storage.get(exported.keys[0] ?? ''))).toString('utf8');
    const report = await validateExport('shopify', csv);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.productCount).toBe(12);
    expect(csv).toContain('https://cdn.example.com/images/');
    const row = await withWorkspace(t.db, workspaceId, (tx) =>
      tx.select().from(schema.exportJobs).where(eq(schema.exportJobs.id, exported.exportJobId)),
    );
    expect(row[0]).toMatchObject({
      status: 'done',
      outputKey: exported.keys[0],
      rowCount: report.rowCount,
    });

    const zip = await exportThumbnails({ db: t.db, storage }, workspaceId, result.brandId);
    const archive = await buffer(await storage.get(zip.keys[0] ?? ''));
    expect(archive.subarray(0, 2).toString()).toBe('PK');
    expect(zip.rowCount).toBe(images.length);
  }, 180_000);
});
