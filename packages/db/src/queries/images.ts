import { and, asc, eq } from 'drizzle-orm';
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
 * Records a rendered image: ready, stored at `storageKey`, `width`×`height` px. Returns false when
 * the product has no image at that position (any more).
 */
export async function markImageReady(
  tx: TenantTx,
  image: { productId: string; position: number; storageKey: string; width: number; height: number },
): Promise<boolean> {
  const updated = await tx
    .update(images)
    .set({
      status: 'ready',
      storageKey: image.storageKey,
      width: image.width,
      height: image.height,
    })
    .where(and(eq(images.productId, image.productId), eq(images.position, image.position)))
    .returning({ id: images.id });
  return updated.length > 0;
}
