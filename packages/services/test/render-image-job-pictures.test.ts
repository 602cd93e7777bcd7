import { buffer } from 'node:stream/consumers';
import { newId } from '@storecraft/core';
import { listImages, withWorkspace } from '@storecraft/db';
import { createTestDatabase, type TestDatabase } from '@storecraft/db/testing';
import { createRenderPool, type RenderPool } from '@storecraft/images';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import { createMemoryStorage, thumbnailKey, type MemoryFileStorage } from '@storecraft/storage';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWorkspace,
  generateCatalog,
  renderImageJob,
  type PictureOutcome,
  type PictureSource,
} from '../src/index.ts';

/** A provider's picture: flat magenta, 512 px (the job normalises it to 1024 px). */
const providerPicture = () =>
  sharp({ create: { width: 512, height: 512, channels: 3, background: '#c2187a' } })
    .png()
    .toBuffer();

describe('image job with AI pictures', () => {
  let t: TestDatabase;
  let queue: JobQueue;
  let pool: RenderPool;
  let storage: MemoryFileStorage;
  const workspaceId = newId('workspace');

  beforeAll(async () => {
    t = await createTestDatabase('pglite');
    await ensureWorkspace(t.db, {
      id: workspaceId,
      name: 'Pictures',
      slug: `p-${workspaceId.slice(-10)}`,
    });
    queue = await createJobQueue(
      { db: t.db, backend: jobBackendOf(t) },
      { settings: { retryDelaySeconds: 0 } },
    );
    pool = createRenderPool({ threads: 1 });
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

  it('stores provider pictures only once complete, under the same keys on retry, and draws the rest', async () => {
    const recorded = new Map<string, PictureOutcome>();
    const calls = new Map<string, number>();
    const picture = await providerPicture();
    const pictures: PictureSource = {
      draw(payload) {
        const key = `${payload.handle}/${payload.position}`;
        const call = (calls.get(key) ?? 0) + 1;
        calls.set(key, call);
        // Position 1: the first attempt dies mid-call (as a killed worker would).
        if (payload.position === 1 && call === 1)
          return Promise.reject(new Error('worker killed mid-call'));
        // Position 2: the provider sent something that is not a picture.
        const image = payload.position === 2 ? Buffer.from('<html>busy</html>') : picture;
        return Promise.resolve({ image, outcome: { source: 'openai' } });
      },
      record(payload, outcome) {
        recorded.set(`${payload.handle}/${payload.position}`, outcome);
      },
    };
    const imageJob = renderImageJob({ db: t.db, storage, renderer: pool, pictures });
    const runner = queue.work([imageJob], { concurrency: 4 });
    const result = await generateCatalog({ db: t.db, queue, imageJob }, workspaceId, {
      niche: 'specialty coffee',
      size: 2,
      seed: 'ai-pictures',
    });
    const counts = await queue.waitForIdle(workspaceId, result.brandId);
    await runner.stop();
    expect(counts).toMatchObject({ failed: 0 });

    const images = await withWorkspace(t.db, workspaceId, (tx) => listImages(tx, result.brandId));
    expect(images.every((i) => i.status === 'ready' && i.width === 1024)).toBe(true);
    // Only the pictures' own keys were written, each once: the failed attempt left nothing.
    const expected = images.flatMap((i) => [
      i.storageKey ?? '',
      thumbnailKey(result.brandId, i.productId, i.position, 'webp'),
    ]);
    expect(storage.keys().sort()).toEqual(expected.sort());
    for (const key of expected) expect(storage.putCount(key), key).toBe(1);

    for (const image of images) {
      const key = `${image.productHandle}/${image.position}`;
      const outcome = recorded.get(key);
      const stats = await sharp(await buffer(await storage.get(image.storageKey ?? ''))).stats();
      const flat = stats.channels.every((c) => c.stdev < 2);
      if (image.position === 2) {
        expect(outcome).toMatchObject({ source: 'procedural', reason: 'unreadable' });
        expect(flat).toBe(false);
      } else {
        expect(outcome).toEqual({ source: 'openai' });
        expect(flat).toBe(true);
      }
    }
    expect(recorded.size).toBe(images.length);
  }, 120_000);
});
