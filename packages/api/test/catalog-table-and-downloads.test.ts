import { buffer } from 'node:stream/consumers';
import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiHarness,
  waitForBuild,
  waitForExport,
  type ApiHarness,
} from '../src/testing/index.ts';

type Caller = Awaited<ReturnType<ApiHarness['caller']>>;

describe.each(testDrivers)('catalog table and download centre on %s', (driver) => {
  let h: ApiHarness;
  let api: Caller;
  let workspaceId: string;
  let brandId: string;
  let ownerId: string;

  beforeAll(async () => {
    h = await createApiHarness(driver);
    h.startWorker();
    const owner = await h.auth.signUp('table@example.com', 'Table');
    workspaceId = owner.workspaceId;
    ownerId = owner.userId;
    api = await h.caller(h.auth.as(owner.userId));
    const brand = await api.brands.create({ workspaceId, niche: 'yoga wear', seed: 'table-1' });
    brandId = brand.id;
    const { jobId } = await api.catalogs.build({ workspaceId, brandId, products: 25 });
    expect((await waitForBuild(api, workspaceId, jobId)).status).toBe('done');
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('streams every variant once, in catalog order, page by page', async () => {
    const products = await api.catalogs.products({ workspaceId, brandId, limit: 200 });
    const whole = await api.catalogTable.rows({ workspaceId, brandId, limit: 2_000 });
    expect(whole.nextCursor).toBeNull();
    expect(whole.totalRows).toBe(whole.rows.length);
    expect(whole.totalRows).toBe(products.items.reduce((n, p) => n + p.variantCount, 0));
    // Products in catalog order, each product's variants together.
    const productOrder = [...new Set(whole.rows.map((row) => row.productId))];
    expect(productOrder).toEqual(products.items.map((p) => p.id));

    const row = whole.rows[0];
    if (!row) throw new Error('no rows');
    expect(row.optionValues.length).toBe(row.optionNames.length);
    expect(row.sku.length).toBeGreaterThan(0);
    expect(row.priceCents).toBeGreaterThan(0);
    expect(row.productTitle).toBe(products.items[0]?.title);
    expect(Object.keys(row).sort()).toEqual(
      [
        'barcode',
        'categoryId',
        'compareAtPriceCents',
        'inventoryQuantity',
        'optionNames',
        'optionValues',
        'priceCents',
        'productId',
        'productStatus',
        'productTitle',
        'sku',
        'variantId',
      ].sort(),
    );

    // Pages of at most 7 rows walk the same rows. Pages end between products: a page is full
    // when the next product would not fit, and only a product with more than 7 variants makes
    // a bigger page, alone.
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.catalogTable.rows({
        workspaceId,
        brandId,
        limit: 7,
        ...(cursor === undefined ? {} : { cursor }),
      });
      const productsOnPage = new Set(page.rows.map((r) => r.productId));
      expect(page.rows.length <= 7 || productsOnPage.size === 1).toBe(true);
      expect(page.totalRows).toBe(whole.totalRows);
      walked.push(...page.rows.map((r) => r.variantId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(whole.rows.map((r) => r.variantId));

    // A page of one row still holds a whole product.
    const first = await api.catalogTable.rows({ workspaceId, brandId, limit: 1 });
    expect(first.rows.map((r) => r.productId)).toEqual(
      Array.from({ length: products.items[0]?.variantCount ?? 0 }, () => products.items[0]?.id),
    );
    expect(first.nextCursor).not.toBeNull();
  });

  it('refuses malformed cursors and oversized pages as bad input', async () => {
    for (const input of [
      { cursor: 'abc' },
      { cursor: '1.2' },
      { cursor: "1' OR 1=1 --" },
      { cursor: '99999999999' },
      { limit: 2_001 },
      { limit: 0 },
    ]) {
      const response = await h.http('catalogTable.rows', {
        type: 'query',
        input: { workspaceId, brandId, ...input },
        headers: h.auth.as(ownerId),
      });
      expect(response.status, JSON.stringify(input)).toBe(400);
    }
  });

  it('lists exports with format, size, row count and time, and a 24 h link that downloads', async () => {
    const before = Date.now();
    // Started in the same second: each export keeps its own file.
    const queued = [
      await api.exports.create({ workspaceId, brandId, format: 'shopify' }),
      await api.exports.create({ workspaceId, brandId, format: 'woocommerce' }),
      await api.exports.create({ workspaceId, brandId, format: 'thumbnails' }),
    ];
    const [shopify, woo, thumbnails] = await Promise.all(
      queued.map((e) => waitForExport(api, workspaceId, e.id)),
    );
    if (!shopify || !woo || !thumbnails) throw new Error('three exports were queued');

    const listed = await api.exports.list({ workspaceId, brandId });
    expect(listed.map((e) => [e.id, e.format, e.status])).toEqual([
      [thumbnails.id, 'thumbnails', 'done'],
      [woo.id, 'woocommerce', 'done'],
      [shopify.id, 'shopify', 'done'],
    ]);
    for (const item of listed) {
      expect(item.byteSize).toBeGreaterThan(0);
      expect(item.rowCount).toBeGreaterThan(0);
      expect(item.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    }
    expect(shopify.byteSize).toBe(listed[2]?.byteSize);
    expect(await api.exports.get({ workspaceId, exportId: woo.id })).toEqual(listed[1]);

    const links = await Promise.all(
      [shopify, woo].map((e) => api.exports.downloadUrl({ workspaceId, exportId: e.id })),
    );
    const files = await Promise.all(
      links.map(async ({ url, expiresAt }) => {
        expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600 * 1000);
        const signed = h.storage.verifySignedUrl(url, new Date());
        return (await buffer(await h.storage.get(signed.key))).toString('utf8');
      }),
    );
    // The Shopify file is still Shopify's, though WooCommerce's was written the same second.
    expect(files[0]?.split('\r\n')[0]).toMatch(/^Title,URL handle,/);
    expect(files[0]).not.toBe(files[1]);
    expect(Buffer.byteLength(files[0] ?? '')).toBe(shopify.byteSize);
  });
});
