import { AppError } from '@storecraft/core';
import { markImageReady, withWorkspace, type Database } from '@storecraft/db';
import { imageFamilies } from '@storecraft/generator/knowledge';
import type { RenderPool } from '@storecraft/images';
import { defineJob, type JobDefinition } from '@storecraft/jobs';
import { imageKey, thumbnailKey, type FileStorage } from '@storecraft/storage';
import { z } from 'zod';
import type { ImageJobPayload } from './image-spec.ts';

const hex = z.string().regex(/^#[0-9a-f]{6}$/i);

export const imageJobPayloadSchema: z.ZodType<ImageJobPayload> = z.object({
  productId: z.string().min(1),
  handle: z.string().min(1),
  position: z.number().int().positive(),
  spec: z.object({
    family: z.enum(imageFamilies),
    colour: hex,
    palette: z.object({ primary: hex, secondary: hex, accent: hex, background: hex, text: hex }),
    brandName: z.string(),
    shot: z.string().min(1),
    finish: z.string().optional(),
    seed: z.number().int(),
  }),
});

export interface RenderImageJobDeps {
  db: Database;
  storage: FileStorage;
  renderer: Pick<RenderPool, 'render'>;
}

/**
 * One product picture: draw, encode (1024 px WebP + 256 px thumbnail), store both under their
 * fixed keys and mark the image row ready. Every write is keyed, so a redelivered job rewrites the
 * same bytes and the same row: idempotent.
 */
export function renderImageJob({
  db,
  storage,
  renderer,
}: RenderImageJobDeps): JobDefinition<ImageJobPayload> {
  return defineJob({
    name: 'image',
    payloadSchema: imageJobPayloadSchema,
    async handler(payload, ctx) {
      const rendered = await renderer.render(payload.spec, { format: 'webp' });
      ctx.signal.throwIfAborted();
      const key = imageKey(ctx.brandId, payload.productId, payload.position, 'webp');
      await storage.put(key, rendered.image, {
        contentType: 'image/webp',
        cacheControl: 'public, max-age=31536000, immutable',
      });
      await storage.put(
        thumbnailKey(ctx.brandId, payload.productId, payload.position, 'webp'),
        rendered.thumbnail,
        {
          contentType: 'image/webp',
          cacheControl: 'public, max-age=31536000, immutable',
        },
      );
      const updated = await withWorkspace(db, ctx.workspaceId, (tx) =>
        markImageReady(tx, {
          productId: payload.productId,
          position: payload.position,
          storageKey: key,
          width: rendered.width,
          height: rendered.height,
        }),
      );
      if (!updated) {
        // The product was deleted meanwhile: nothing to retry.
        throw new AppError(
          'NOT_FOUND',
          `Image ${payload.position} of product ${payload.productId} no longer exists`,
        );
      }
    },
  });
}
