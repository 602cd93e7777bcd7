import type {
  StorefrontHome,
  StorefrontImage,
  StorefrontProductList,
  StorefrontProductPage,
} from '@storecraft/services';
import { cache } from 'react';
import { orNotFound, publicUrl, requireUser } from '../server/session.ts';
import {
  ALL_PRODUCTS,
  collectionHref,
  productHref,
  storeHomeHref,
  type StoreRef,
} from './hrefs.ts';

/**
 * Storefront data for the preview pages, as the signed-in member (others' ids → the 404 page).
 * Wrapped in `cache` so a page and its metadata share one API call per request.
 */

export const loadStoreHome = cache(async (store: StoreRef): Promise<StorefrontHome> => {
  const { api } = await requireUser(storeHomeHref(store));
  return sameOriginImages(await orNotFound(api.storefront.home(store)));
});

export const loadStoreCollection = cache(
  async (
    store: StoreRef,
    categoryId: string,
    q: string | undefined,
    cursor: string | undefined,
  ): Promise<StorefrontProductList> => {
    const { api } = await requireUser(collectionHref(store, categoryId, { q, cursor }));
    const page = await orNotFound(
      api.storefront.products({
        ...store,
        ...(categoryId === ALL_PRODUCTS ? {} : { categoryId }),
        ...(q ? { search: q } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    );
    return sameOriginImages(page);
  },
);

export const loadStoreProduct = cache(
  async (store: StoreRef, productId: string): Promise<StorefrontProductPage> => {
    const { api } = await requireUser(productHref(store, productId));
    return sameOriginImages(await orNotFound(api.storefront.product({ ...store, productId })));
  },
);

/**
 * Signed links to local files name the server's public URL (`http://localhost:3000/files/…`);
 * served as a path they load from whatever host the page was opened on, and stay within the
 * `img-src 'self'` policy. S3 links are left as they are.
 */
function sameOriginImages<T>(data: T): T {
  const origin = new URL(publicUrl()).origin;
  const local = (url: string | null) =>
    url?.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    if (isImage(value)) {
      return { ...value, url: local(value.url), thumbnailUrl: local(value.thumbnailUrl) };
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
  };
  return visit(data) as T;
}

function isImage(value: object): value is StorefrontImage {
  return 'thumbnailUrl' in value && 'url' in value && 'position' in value;
}
