import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '@storecraft/core';
import { schema, withWorkspace } from '@storecraft/db';
import { createZipStream } from '@storecraft/exporters';
import type { CatalogPlan } from '@storecraft/generator';
import { generateCatalog, imageOutputPath } from '@storecraft/services';
import type { Platform } from './platform.ts';

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
 * Runs the platform path for the CLI: persists the catalog, enqueues one job per image, works the
 * queue in this process until the brand is idle, then copies the images and a thumbnails ZIP out
 * of storage into `dir`. The brand and its stored images are removed afterwards: the folder holds
 * everything, and repeated runs do not pile up in `.storecraft`.
 */
export async function renderCatalogImages(
  platform: Platform,
  input: { niche: string; size: number; seed: string },
  dir: string,
  hooks: RenderHooks = {},
): Promise<RenderedCatalog & { plan: CatalogPlan }> {
  const { database, queue, storage, workspaceId, imageJob } = platform;
  const runner = queue.work([imageJob], { concurrency: 20 });
  let brandId: string | undefined;
  try {
    const result = await generateCatalog(
      { db: database.db, queue, imageJob },
      workspaceId,
      input,
      hooks.onPersist,
    );
    brandId = result.brandId;
    const counts = await queue.waitForIdle(workspaceId, result.brandId, {
      onProgress: (c) => hooks.onRender?.(c.done + c.failed, c.total),
    });
    await runner.stop();

    const rows = await withWorkspace(database.db, workspaceId, (tx) =>
      tx
        .select({
          handle: schema.products.handle,
          position: schema.images.position,
          key: schema.images.storageKey,
          status: schema.images.status,
        })
        .from(schema.images)
        .innerJoin(schema.products, eq(schema.products.id, schema.images.productId))
        .where(eq(schema.images.brandId, result.brandId))
        .orderBy(schema.products.position, schema.images.position),
    );
    const ready = rows.filter((r) => r.status === 'ready' && r.key);
    for (const row of ready) {
      const target = path.join(dir, imageOutputPath(row.handle, row.position));
      await mkdir(path.dirname(target), { recursive: true });
      await pipeline(await storage.get(row.key ?? ''), createWriteStream(target));
    }
    const zip = createZipStream(
      ready.map((row) => ({
        name: `thumbnails/${row.handle}/${row.position}.webp`,
        open: () => storage.get((row.key ?? '').replace(/\.webp$/, '-thumb.webp')),
      })),
    );
    await pipeline(zip, createWriteStream(path.join(dir, 'thumbnails.zip')));
    if (ready.length === 0 && rows.length > 0) {
      throw new AppError(
        'PROVIDER_FAILED',
        `No image could be rendered (${counts.failed} failed); see the job errors`,
      );
    }
    return {
      plan: result.plan,
      ready: new Map(
        ready.map((r) => [`${r.handle}/${r.position}`, imageOutputPath(r.handle, r.position)]),
      ),
      failed: counts.failed,
      total: rows.length,
    };
  } finally {
    await runner.stop();
    if (brandId) await removeBrand(platform, brandId);
  }
}

async function removeBrand(platform: Platform, brandId: string): Promise<void> {
  await withWorkspace(platform.database.db, platform.workspaceId, (tx) =>
    tx.execute(sql`delete from brands where id = ${brandId}`),
  );
  for await (const file of platform.storage.list(`images/${brandId}/`))
    await platform.storage.delete(file.key);
}
