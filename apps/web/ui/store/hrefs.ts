/** Links between the storefront preview's pages (`/preview/{workspace}/{brand}/…`). */
export interface StoreRef {
  workspaceId: string;
  brandId: string;
}

/** The collection id that means every product. */
export const ALL_PRODUCTS = 'all';

export function storeHomeHref({ workspaceId, brandId }: StoreRef): string {
  return `/preview/${workspaceId}/${brandId}`;
}

export function collectionHref(
  store: StoreRef,
  categoryId: string,
  query: { q?: string | undefined; cursor?: string | undefined } = {},
): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return `${storeHomeHref(store)}/collections/${categoryId}${search ? `?${search}` : ''}`;
}

export function productHref(store: StoreRef, productId: string): string {
  return `${storeHomeHref(store)}/products/${productId}`;
}

/** The brand's page in StoreCraft, where the preview bar leads back to. */
export function brandAdminHref({ workspaceId, brandId }: StoreRef): string {
  return `/w/${workspaceId}/brands/${brandId}`;
}
