import { buffer } from 'node:stream/consumers';
import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createApiHarness,
  waitForBuild,
  waitForExport,
  type ApiHarness,
} from '../src/testing/index.ts';

describe.each(testDrivers)('the tRPC gateway on %s', (driver) => {
  let h: ApiHarness;
  let alice: { userId: string; workspaceId: string };

  beforeAll(async () => {
    h = await createApiHarness(driver);
    h.startWorker();
    alice = await h.auth.signUp('alice@example.com', 'Alice');
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('builds a brand catalog end to end: brand → build → products → export → download', async () => {
    const api = await h.caller(h.auth.as(alice.userId));
    const workspaceId = alice.workspaceId;

    const brand = await api.brands.create({
      workspaceId,
      niche: 'specialty coffee',
      seed: 'api-1',
    });
    expect(brand.name.length).toBeGreaterThan(0);
    expect(brand.niche).toBe('specialty coffee');
    expect((await api.brands.list({ workspaceId })).items.map((b) => b.id)).toEqual([brand.id]);

    const { jobId } = await api.catalogs.build({ workspaceId, brandId: brand.id, products: 30 });
    const status = await waitForBuild(api, workspaceId, jobId);
    expect(status).toMatchObject({ kind: 'catalog', status: 'done', progress: 1 });
    expect(status.build?.images.failed).toBe(0);
    expect(status.build?.images.done).toBeGreaterThanOrEqual(30);

    const catalog = await api.catalogs.get({ workspaceId, brandId: brand.id });
    expect(catalog.counts).toMatchObject({ products: 30 });
    expect(catalog.counts.imagesReady).toBe(catalog.counts.images);
    expect(catalog.build?.isComplete).toBe(true);

    // The default page holds all 30; pages of 12 walk the same products in the same order.
    const all = await api.catalogs.products({ workspaceId, brandId: brand.id });
    expect(all.items).toHaveLength(30);
    expect(all.nextCursor).toBeNull();
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.catalogs.products({
        workspaceId,
        brandId: brand.id,
        limit: 12,
        ...(cursor === undefined ? {} : { cursor }),
      });
      walked.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all.items.map((p) => p.id));

    // Search is a case-insensitive substring of the title.
    const first = all.items[0];
    if (!first) throw new Error('no products');
    const word = first.title.split(' ').find((w) => w.length > 3) ?? first.title;
    const found = await api.catalogs.products({
      workspaceId,
      brandId: brand.id,
      search: word.toUpperCase(),
    });
    expect(found.items.map((p) => p.id)).toContain(first.id);
    expect(found.items.every((p) => p.title.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    expect(
      (await api.catalogs.products({ workspaceId, brandId: brand.id, search: '%' })).items,
    ).toEqual([]);

    // A top-level category holds the products of everything under it.
    const top = catalog.categories.find((c) => c.depth === 1);
    if (!top) throw new Error('no category');
    const inTop = await api.catalogs.products({
      workspaceId,
      brandId: brand.id,
      categoryId: top.id,
    });
    const subtree = new Set(
      catalog.categories
        .filter(
          (c) =>
            c.id === top.id ||
            c.parentHandle === top.handle ||
            catalog.categories.some(
              (p) => p.handle === c.parentHandle && p.parentHandle === top.handle,
            ),
        )
        .map((c) => c.id),
    );
    expect(inTop.items.length).toBeGreaterThan(0);
    expect(inTop.items.every((p) => subtree.has(p.categoryId))).toBe(true);
    expect(inTop.items.length).toBe(all.items.filter((p) => subtree.has(p.categoryId)).length);

    const detail = await api.catalogs.product({
      workspaceId,
      brandId: brand.id,
      productId: first.id,
    });
    expect(detail.title).toBe(first.title);
    expect(detail.variants.length).toBe(first.variantCount);
    expect(detail.variants.every((v) => /^\d{12,13}$/.test(v.barcode ?? ''))).toBe(true);
    expect(detail.images.length).toBeGreaterThan(0);
    expect(detail.images.every((i) => i.status === 'ready')).toBe(true);

    const queued = await api.exports.create({
      workspaceId,
      brandId: brand.id,
      format: 'shopify',
    });
    // Queued: the call answers at once, and the job writes the file.
    expect(queued).toMatchObject({ status: 'pending', format: 'shopify', byteSize: null });
    expect(await api.jobs.status({ workspaceId, jobId: queued.jobId })).toMatchObject({
      kind: 'export',
    });
    const exported = await waitForExport(api, workspaceId, queued.id);
    expect(exported).toMatchObject({ status: 'done', format: 'shopify' });
    // The job's own row settles a moment after the export's.
    await vi.waitFor(
      async () =>
        expect((await api.jobs.status({ workspaceId, jobId: queued.jobId })).status).toBe('done'),
      { timeout: 10_000, interval: 100 },
    );
    expect((await api.exports.list({ workspaceId, brandId: brand.id })).map((e) => e.id)).toEqual([
      exported.id,
    ]);
    const { url, expiresAt } = await api.exports.downloadUrl({
      workspaceId,
      exportId: exported.id,
    });
    const now = new Date();
    const signed = h.storage.verifySignedUrl(url, now);
    // Valid for 24 hours.
    expect(Math.abs(signed.expiresAt.getTime() - now.getTime() - 86_400_000)).toBeLessThan(60_000);
    expect(Math.abs(expiresAt.getTime() - signed.expiresAt.getTime())).toBeLessThan(60_000);
    expect(signed.downloadName).toBe(`${brand.handle}-shopify.csv`);
    const csv = (await buffer(await h.storage.get(signed.key))).toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Title,URL handle,/);
    for (const product of all.items) expect(csv).toContain(product.handle);
  }, 180_000);

  it('renames and restyles a brand, refusing an unreadable palette with a field error', async () => {
    const api = await h.caller(h.auth.as(alice.userId));
    const workspaceId = alice.workspaceId;
    const brand = await api.brands.create({ workspaceId, niche: 'candles', seed: 'api-2' });
    const palette = { ...brand.palette, text: '#111111', background: '#fafafa' };
    const updated = await api.brands.update({
      workspaceId,
      brandId: brand.id,
      name: 'Wick & Wax',
      voice: 'bold',
      palette,
    });
    expect(updated).toMatchObject({ name: 'Wick & Wax', voice: 'bold', palette });
    expect(await api.brands.get({ workspaceId, brandId: brand.id })).toMatchObject({
      name: 'Wick & Wax',
    });

    const refused = await h.http('brands.update', {
      type: 'mutation',
      headers: h.auth.as(alice.userId),
      input: { workspaceId, brandId: brand.id, palette: { ...palette, text: '#f0f0f0' } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { data: { code: 'BAD_REQUEST', fieldErrors: [{ path: 'palette.text' }] } },
    });
    expect((await api.brands.get({ workspaceId, brandId: brand.id })).palette).toEqual(palette);
  });

  it('answers bad input with field errors, and never a stack trace', async () => {
    const headers = h.auth.as(alice.userId);
    const bad = await h.http('brands.create', {
      type: 'mutation',
      headers,
      input: { workspaceId: alice.workspaceId, niche: 42, seed: '' },
    });
    expect(bad.status).toBe(400);
    if (!('error' in bad.body)) throw new Error('expected an error');
    expect(bad.body.error.data.fieldErrors.map((e) => e.path).sort()).toEqual(['niche', 'seed']);
    expect(bad.text).not.toMatch(/stack|at \w+ \(|node_modules/);

    // The workspace is checked first (membership comes before anything else is read)…
    const noWorkspace = await h.http('catalogs.products', {
      type: 'query',
      headers,
      input: { brandId: 'brand_x', limit: 500 },
    });
    expect(noWorkspace.status).toBe(400);
    if (!('error' in noWorkspace.body)) throw new Error('expected an error');
    expect(noWorkspace.body.error.data.fieldErrors.map((e) => e.path)).toEqual(['workspaceId']);
    // …then every other field at once.
    const fields = await h.http('catalogs.products', {
      type: 'query',
      headers,
      input: { workspaceId: alice.workspaceId, brandId: 'brand_x', limit: 500, search: 7 },
    });
    expect(fields.status).toBe(400);
    if (!('error' in fields.body)) throw new Error('expected an error');
    expect(fields.body.error.data.fieldErrors.map((e) => e.path).sort()).toEqual([
      'brandId',
      'limit',
      'search',
    ]);
    expect(fields.body.error.message).toBe('The request has invalid fields.');
  });

  it('refuses callers who are not signed in, not members, or hold a read-only key', async () => {
    const bob = await h.auth.signUp('bob@example.com', 'Bob');
    const anonymous = await h.http('brands.list', {
      type: 'query',
      input: { workspaceId: alice.workspaceId },
    });
    expect(anonymous.status).toBe(401);

    const stranger = await h.http('brands.list', {
      type: 'query',
      headers: h.auth.as(bob.userId),
      input: { workspaceId: alice.workspaceId },
    });
    expect(stranger.status).toBe(404);

    const owner = await h.caller(h.auth.as(alice.userId));
    const { key: readKey } = await owner.workspace.apiKeys.create({
      workspaceId: alice.workspaceId,
      name: 'dashboards',
      scope: 'read',
    });
    const reader = await h.caller(h.auth.asKey(readKey));
    await expect(reader.brands.list({ workspaceId: alice.workspaceId })).resolves.toBeTruthy();
    await expect(
      reader.brands.create({ workspaceId: alice.workspaceId, niche: 'tea' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A key reaches only its own workspace, and a revoked key nothing at all.
    await expect(reader.brands.list({ workspaceId: bob.workspaceId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const { key: writeKey, apiKey } = await owner.workspace.apiKeys.create({
      workspaceId: alice.workspaceId,
      name: 'ci',
      scope: 'write',
    });
    const writer = await h.caller(h.auth.asKey(writeKey));
    const made = await writer.brands.create({
      workspaceId: alice.workspaceId,
      niche: 'tea',
      seed: 'key',
    });
    expect(made.workspaceId).toBe(alice.workspaceId);
    await owner.workspace.apiKeys.revoke({ workspaceId: alice.workspaceId, keyId: apiKey.id });
    await expect(
      (await h.caller(h.auth.asKey(writeKey))).brands.list({ workspaceId: alice.workspaceId }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('retries a failed job and cancels a pending build with its image jobs', async () => {
    const api = await h.caller(h.auth.as(alice.userId));
    const workspaceId = alice.workspaceId;
    const brand = await api.brands.create({ workspaceId, niche: 'yoga mats', seed: 'api-3' });
    const { jobId } = await api.catalogs.build({ workspaceId, brandId: brand.id, products: 3 });
    await expect(
      api.catalogs.build({ workspaceId, brandId: brand.id, products: 3 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api.jobs.retry({ workspaceId, jobId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const done = await waitForBuild(api, workspaceId, jobId);
    expect(done.status).toBe('done');
    await expect(api.jobs.cancel({ workspaceId, jobId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    // Fail it on purpose (as a worker giving up would), then retry: it runs again to the end.
    await h.t.raw(
      `update generation_jobs set status = 'failed', last_error = 'boom' where id = $1`,
      [jobId],
    );
    const retried = await api.jobs.retry({ workspaceId, jobId });
    expect(retried).toMatchObject({ attempts: 0, lastError: null });
    expect((await waitForBuild(api, workspaceId, jobId)).status).toBe('done');
    expect((await api.catalogs.get({ workspaceId, brandId: brand.id })).counts.products).toBe(3);

    // A build cancelled at once ends failed ("Cancelled") and leaves nothing running.
    const { jobId: second } = await api.catalogs.build({
      workspaceId,
      brandId: brand.id,
      products: 40,
    });
    const cancelled = await api.jobs.cancel({ workspaceId, jobId: second });
    expect(cancelled).toMatchObject({ status: 'failed', lastError: 'Cancelled' });
    await h.queue.waitForIdle(workspaceId, brand.id, { pollMs: 100 });
    const after = await api.jobs.status({ workspaceId, jobId: second });
    expect(after).toMatchObject({ status: 'failed', lastError: 'Cancelled' });
    expect(after.build?.isComplete).toBe(false);
    expect(after.build?.images).toMatchObject({ pending: 0, running: 0 });
  }, 120_000);
});
