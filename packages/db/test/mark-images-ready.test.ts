import { listImages, markImagesReady, withWorkspace } from '@storecraft/db';
import {
  createTestDatabase,
  seedWorkspace,
  testDrivers,
  type TestDatabase,
} from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe.each(testDrivers)('marking rendered images ready on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('marks a batch in one statement, says which rows were there, and touches no other workspace', async () => {
    const a = await seedWorkspace(t.db, 2);
    const b = await seedWorkspace(t.db, 1);
    const [first, second] = a.productIds;
    const [theirs] = b.productIds;
    if (!first || !second || !theirs) throw new Error('seeded products');
    const ready = (productId: string, position: number) => ({
      productId,
      position,
      storageKey: `images/${a.brandId}/${productId}/${position}.webp`,
      width: 1024,
      height: 1024,
    });
    const marked = await withWorkspace(t.db, a.workspaceId, (tx) =>
      markImagesReady(tx, [ready(first, 1), ready(second, 2), ready(first, 99), ready(theirs, 1)]),
    );
    // Position 99 does not exist; B's product is invisible from A (row-level security).
    expect(marked).toEqual([true, true, false, false]);

    const images = await withWorkspace(t.db, a.workspaceId, (tx) => listImages(tx, a.brandId));
    const byKey = new Map(images.map((image) => [`${image.productId}/${image.position}`, image]));
    expect(byKey.get(`${first}/1`)).toMatchObject({
      status: 'ready',
      storageKey: `images/${a.brandId}/${first}/1.webp`,
    });
    expect(byKey.get(`${second}/2`)?.status).toBe('ready');
    expect(byKey.get(`${first}/2`)?.status).toBe('pending');
    const untouched = await withWorkspace(t.db, b.workspaceId, (tx) => listImages(tx, b.brandId));
    expect(untouched.every((image) => image.status === 'pending')).toBe(true);
    expect(await withWorkspace(t.db, a.workspaceId, (tx) => markImagesReady(tx, []))).toEqual([]);
  });
});
