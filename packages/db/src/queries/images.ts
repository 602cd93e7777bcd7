import { asc, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../migrate.ts';
import type { TenantTx } from '../database.ts';
import { images, products } from '../schema/index.ts';

/** A product image row, with the handle of its product. */
export interface ImageRecord {
  id: string;
  productId: string;
  productHandle: string;
  position: number;
  status: 'pending' | 'ready' | 'failed';
  /** Where the file is: a storage key once rendered, or the source given at generation. */
  storageKey: string | null;
  width: number | null;
  height: number | null;
}

/** A brand's images in catalog order (product position, then image position). */
export async function listImages(tx: TenantTx, brandId: string): Promise<ImageRecord[]> {
  return tx
    .select({
      id: images.id,
      productId: images.productId,
      productHandle: products.handle,
      position: images.position,
      status: images.status,
      storageKey: images.storageKey,
      width: images.width,
      height: images.height,
    })
    .from(images)
    .innerJoin(products, eq(products.id, images.productId))
    .where(eq(images.brandId, brandId))
    .orderBy(asc(products.position), asc(images.position));
}

/**
 * Marks many rendered images ready in one statement (the image job's batches): true for each
 * image whose row was there to mark, in the order given.
 */
export async function markImagesReady(
  tx: TenantTx,
  list: readonly {
    productId: string;
    position: number;
    storageKey: string;
    width: number;
    height: number;
  }[],
): Promise<boolean[]> {
  if (list.length === 0) return [];
  const column = <T>(pick: (image: (typeof list)[number]) => T) => sql.param(list.map(pick));
  const marked = rowsOf<{ product_id: string; position: number }>(
    await tx.execute(sql`
      update ${images} as i
      set status = 'ready', storage_key = u.k, width = u.w, height = u.h, updated_at = now()
      from unnest(
        ${column((m) => m.productId)}::text[],
        ${column((m) => m.position)}::int[],
        ${column((m) => m.storageKey)}::text[],
        ${column((m) => m.width)}::int[],
        ${column((m) => m.height)}::int[]
      ) as u(p, pos, k, w, h)
      where i.product_id = u.p and i.position = u.pos
      returning i.product_id, i.position`),
  );
  const found = new Set(marked.map((row) => `${row.product_id}/${Number(row.position)}`));
  return list.map((image) => found.has(`${image.productId}/${image.position}`));
}
