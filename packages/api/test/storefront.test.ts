import { testDrivers } from '@storecraft/db/testing';
import { IMAGE_URL_WINDOW_SECONDS } from '@storecraft/services';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, waitForBuild, type ApiHarness } from '../src/testing/index.ts';

type Caller = Awaited<ReturnType<ApiHarness['caller']>>;

describe.each(testDrivers)('the storefront preview on %s', (driver) => {
  let h: ApiHarness;
  let api: Caller;
  let workspaceId: string;
  let brandId: string;

  beforeAll(async () => {
    h = await createApiHarness(driver, { accounts: 'memory' });
    h.startWorker();
    const owner = await h.auth.signUp('shop-owner@example.com', 'Owner');
    workspaceId = owner.workspaceId;
    api = await h.caller(h.auth.as(owner.userId));
    const brand = await api.brands.create({
      workspaceId,
      niche: 'sustainable yoga wear',
      seed: 'sf',
    });
    brandId = brand.id;
    const { jobId } = await api.catalogs.build({ workspaceId, brandId, products: 30 });
    expect((await waitForBuild(api, workspaceId, jobId)).status).toBe('done');
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('serves the home page: brand look, collections with pictures, featured products', async () => {
    const home = await api.storefront.home({ workspaceId, brandId });
    expect(home.brand).toMatchObject({ id: brandId, currency: 'USD' });
    expect(home.brand.logoSvg.startsWith('<svg')).toBe(true);
    expect(home.brand.palette.background).toMatch(/^#[0-9a-f]{6}$/i);
    expect(home.featured).toHaveLength(8);

    const topLevel = home.categories.filter((c) => c.parentId === null);
    expect(home.collections.map((c) => c.category.id)).toEqual(topLevel.map((c) => c.id));
    // Every product sits in exactly one top-level collection.
    expect(home.collections.reduce((sum, c) => sum + c.productCount, 0)).toBe(30);
    for (const tile of home.collections.filter((c) => c.productCount > 0)) {
      expect(tile.image?.url).toContain(`/files/images/${brandId}/`);
    }
  });

  it('signs image URLs that verify, point at the stored files and stay the same within a window', async () => {
    const first = await api.storefront.home({ workspaceId, brandId });
    const again = await api.storefront.home({ workspaceId, brandId });
    const image = first.featured[0]?.image;
    if (!image?.url || !image.thumbnailUrl) throw new Error('the first product has no picture');
    expect(again.featured[0]?.image).toEqual(image);

    const now = new Date();
    const full = h.storage.verifySignedUrl(image.url, now);
    const thumb = h.storage.verifySignedUrl(image.thumbnailUrl, now);
    expect(full.key).toMatch(/\/1\.webp$/);
    expect(thumb.key).toBe(full.key.replace(/\.webp$/, '-thumb.webp'));
    expect(await h.storage.exists(thumb.key)).toBe(true);
    // The expiry is on a window boundary, one to two windows away.
    const expires = full.expiresAt.getTime() / 1000;
    expect(expires % IMAGE_URL_WINDOW_SECONDS).toBe(0);
    const left = expires - now.getTime() / 1000;
    expect(left).toBeGreaterThan(IMAGE_URL_WINDOW_SECONDS - 5);
    expect(left).toBeLessThanOrEqual(2 * IMAGE_URL_WINDOW_SECONDS);
  });

  it('lists a collection by category, title search and cursor, with sale prices', async () => {
    const all = await api.storefront.products({ workspaceId, brandId, limit: 60 });
    expect(all.items).toHaveLength(30);
    expect(all.category).toBeNull();
    expect(all.nextCursor).toBeNull();

    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.storefront.products({
        workspaceId,
        brandId,
        limit: 12,
        ...(cursor === undefined ? {} : { cursor }),
      });
      walked.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all.items.map((p) => p.id));

    const collection = all.categories.find((c) => c.parentId === null);
    if (!collection) throw new Error('no collections');
    const inCollection = await api.storefront.products({
      workspaceId,
      brandId,
      categoryId: collection.id,
    });
    expect(inCollection.category?.id).toBe(collection.id);
    expect(inCollection.items.length).toBeGreaterThan(0);
    expect(inCollection.items.length).toBeLessThan(30);

    const word = all.items[0]?.title.split(' ').at(-1) ?? '';
    const found = await api.storefront.products({ workspaceId, brandId, search: word });
    expect(found.items.length).toBeGreaterThan(0);
    for (const item of found.items) expect(item.title.toLowerCase()).toContain(word.toLowerCase());

    // A card's sale price is its cheapest variant's compare-at price.
    for (const card of all.items.slice(0, 10)) {
      const product = await api.catalogs.product({ workspaceId, brandId, productId: card.id });
      const cheapest = [...product.variants].sort(
        (a, b) => a.priceCents - b.priceCents || a.position - b.position,
      )[0];
      expect(card.priceCents).toBe(cheapest?.priceCents);
      expect(card.compareAtPriceCents).toBe(cheapest?.compareAtPriceCents ?? null);
      expect(card.available).toBe(product.variants.some((v) => v.inventoryQuantity > 0));
    }
  });

  it('serves a product with its gallery, variants and a sanitized description', async () => {
    const { items } = await api.storefront.products({ workspaceId, brandId });
    const productId = items[0]?.id ?? '';
    await h.t.raw(`update products set body_html = $1 where id = $2`, [
      '<p onclick="steal()">Soft <strong>cotton</strong></p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>',
      productId,
    ]);
    const page = await api.storefront.product({ workspaceId, brandId, productId });
    expect(page.product.descriptionHtml).toContain('<strong>cotton</strong>');
    expect(page.product.descriptionHtml).not.toMatch(/script|onclick|onerror|javascript:|<img/i);

    expect(page.product.variants.length).toBeGreaterThan(0);
    expect(page.product.images.length).toBeGreaterThan(0);
    for (const image of page.product.images) expect(image.url).toContain('.webp?');
    expect(page.breadcrumbs.length).toBeGreaterThan(0);
    expect(page.breadcrumbs[0]?.parentId).toBeNull();
    expect(page.related.map((p) => p.id)).not.toContain(productId);
  });

  it('gives pictures not rendered yet no URL, so the page shows a placeholder', async () => {
    const { items } = await api.storefront.products({ workspaceId, brandId });
    const productId = items[1]?.id ?? '';
    await h.t.raw(`update images set status = 'pending' where product_id = $1`, [productId]);
    const page = await api.storefront.product({ workspaceId, brandId, productId });
    expect(page.product.images.every((i) => i.url === null && i.thumbnailUrl === null)).toBe(true);
    const list = await api.storefront.products({ workspaceId, brandId });
    const card = list.items.find((p) => p.id === productId);
    expect(card?.image).toMatchObject({ url: null, thumbnailUrl: null });
  });

  it("answers NOT_FOUND for another workspace's brand, and for a category of another brand", async () => {
    const stranger = await h.auth.signUp('stranger@example.com', 'Stranger');
    const strangerApi = await h.caller(h.auth.as(stranger.userId));
    await expect(strangerApi.storefront.home({ workspaceId, brandId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      strangerApi.storefront.home({ workspaceId: stranger.workspaceId, brandId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await api.brands.create({ workspaceId, niche: 'specialty coffee', seed: 'sf-2' });
    const { categories } = await api.storefront.home({ workspaceId, brandId });
    const error: unknown = await api.storefront
      .products({ workspaceId, brandId: other.id, categoryId: categories[0]?.id ?? '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('NOT_FOUND');
  });
});
