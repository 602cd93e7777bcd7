import { newId } from '@storecraft/core';
import { countGenerationJobs, listExportJobs, withWorkspace } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { createJobQueue, jobBackendOf, type JobQueue, type JobRunner } from '@storecraft/jobs';
import { createMemoryStorage } from '@storecraft/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBrand,
  writeExport,
  createGenerationJobs,
  ensureWorkspace,
  getBrandById,
  getJobStatus,
  regenerateBrand,
  startCatalogBuild,
  suggestBrandNiches,
  updateBrand,
  type GenerationJobs,
  type JobStatusView,
} from '../src/index.ts';
import { tinyRenderer } from '../src/testing/tiny-renderer.ts';

describe.each(testDrivers)('build options and brand regeneration on %s', (driver) => {
  let t: TestDatabase;
  let queue: JobQueue;
  let jobs: GenerationJobs;
  let runner: JobRunner;
  const workspaceId = newId('workspace');
  const storage = createMemoryStorage({
    publicUrl: 'http://127.0.0.1:1',
    signingSecret: 'x'.repeat(32),
  });

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await ensureWorkspace(t.db, {
      id: workspaceId,
      name: 'Builds',
      slug: `b-${workspaceId.slice(-10)}`,
    });
    queue = await createJobQueue(
      { db: t.db, backend: jobBackendOf(t) },
      { settings: { pollIntervalMs: 100, monitorIntervalSeconds: 1 }, onWarning: () => undefined },
    );
    jobs = createGenerationJobs({ db: t.db, storage, queue, renderer: tinyRenderer });
    runner = queue.work([jobs.catalog, jobs.image], { concurrency: 4 });
  }, 120_000);
  afterAll(async () => {
    await runner?.stop();
    await queue?.close();
    await t?.close();
  });

  const inWorkspace = <T>(fn: Parameters<typeof withWorkspace<T>>[2]) =>
    withWorkspace(t.db, workspaceId, fn);

  async function settled(jobId: string): Promise<JobStatusView> {
    for (;;) {
      const status = await inWorkspace((tx) => getJobStatus(tx, jobId));
      if (status.status === 'failed' || status.build?.isComplete) return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('enqueues no image job when images is off, and writes each format asked for', async () => {
    const brand = await inWorkspace((tx) =>
      createBrand(tx, workspaceId, { niche: 'specialty coffee', seed: 'no-images' }),
    );
    const { jobId } = await startCatalogBuild({ db: t.db, queue, jobs }, workspaceId, {
      brandId: brand.id,
      size: 5,
      images: false,
      formats: ['magento', 'bigcommerce', 'magento'],
    });
    const status = await settled(jobId);
    expect(status.status).toBe('done');
    expect(status.progress).toBe(1);
    const imageJobs = await inWorkspace((tx) =>
      countGenerationJobs(tx, { brandId: brand.id, kind: 'image' }),
    );
    expect(imageJobs.total).toBe(0);
    const exports = await inWorkspace((tx) => listExportJobs(tx, brand.id));
    expect(exports.map((e) => [e.format, e.status]).sort()).toEqual([
      ['bigcommerce', 'done'],
      ['magento', 'done'],
    ]);
    expect(status.build?.exports.map((e) => e.format)).toEqual(['magento', 'bigcommerce']);
    expect(status.build?.exports.every((e) => e.rowCount !== null && e.rowCount >= 5)).toBe(true);
  }, 60_000);

  it("writes the build's exports once its pictures are rendered, so they list every picture", async () => {
    const brand = await inWorkspace((tx) =>
      createBrand(tx, workspaceId, { niche: 'candles', seed: 'export-after-pictures' }),
    );
    const { jobId } = await startCatalogBuild({ db: t.db, queue, jobs }, workspaceId, {
      brandId: brand.id,
      size: 4,
      formats: ['shopify'],
    });
    const status = await settled(jobId);
    expect(status.status).toBe('done');
    const [built] = await inWorkspace((tx) => listExportJobs(tx, brand.id));
    // A picture is a row of its own in Shopify's file (beyond the variants): all of them are in.
    const again = await writeExport({ db: t.db, storage }, workspaceId, {
      brandId: brand.id,
      format: 'shopify',
    });
    expect(built?.id).not.toBe(again.id);
    expect(built?.rowCount).toBe(again.rowCount);
    expect(status.build?.images.done).toBeGreaterThan(4);
  }, 60_000);

  it('renders pictures by default and writes no export when none is asked for', async () => {
    const brand = await inWorkspace((tx) =>
      createBrand(tx, workspaceId, { niche: 'candles', seed: 'defaults' }),
    );
    const { jobId } = await startCatalogBuild({ db: t.db, queue, jobs }, workspaceId, {
      brandId: brand.id,
      size: 3,
    });
    const status = await settled(jobId);
    expect(status.build).toMatchObject({ withImages: true, formats: [], exports: [], rows: 3 });
    expect(status.build?.images.done).toBeGreaterThanOrEqual(3);
    expect(await inWorkspace((tx) => listExportJobs(tx, brand.id))).toEqual([]);
  }, 60_000);

  it('regenerates the same alternative for the same brand, and keeps copy and logo in step', async () => {
    const brand = await inWorkspace((tx) =>
      createBrand(tx, workspaceId, { niche: 'pet supplies', seed: 'regen' }),
    );
    const first = await inWorkspace((tx) => regenerateBrand(tx, brand.id, 'tagline'));
    await inWorkspace((tx) => updateBrand(tx, brand.id, { tagline: brand.tagline }));
    const again = await inWorkspace((tx) => regenerateBrand(tx, brand.id, 'tagline'));
    expect(again.tagline).toBe(first.tagline);
    expect(again.tagline).not.toBe(brand.tagline);

    const renamed = await inWorkspace((tx) => updateBrand(tx, brand.id, { name: 'Pawsome Co' }));
    expect(renamed.logoSvg).toContain('Pawsome Co');
    if (brand.mission.includes(brand.name)) {
      expect(renamed.mission).toContain('Pawsome Co');
      expect(renamed.mission).not.toContain(brand.name);
    }
    const logo = await inWorkspace((tx) => regenerateBrand(tx, brand.id, 'logo'));
    expect(logo.logoSvg).not.toBe(renamed.logoSvg);
    expect(logo.logoSvg).toContain('Pawsome Co');
    expect((await inWorkspace((tx) => getBrandById(tx, brand.id))).logoSvg).toBe(logo.logoSvg);
  });

  it('suggests niches that continue what was typed', () => {
    const answer = suggestBrandNiches('mechanical keyb');
    expect(answer.suggestions.some((s) => s.startsWith('mechanical keyboard'))).toBe(true);
    expect(suggestBrandNiches('vinyl records').match?.ranges).toContain('Vinyl Records');
  });
});
