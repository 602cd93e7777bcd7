import diagnosticsChannel from 'node:diagnostics_channel';
import { AppError } from '@storecraft/core';
import {
  markImagesReady,
  setGenerationJobAiUsage,
  withWorkspace,
  type Database,
} from '@storecraft/db';
import { imageFamilies } from '@storecraft/generator/knowledge';
import type { RenderPool, RenderedImage } from '@storecraft/images';
import { defineJob, type JobContext, type JobDefinition } from '@storecraft/jobs';
import { imageKey, thumbnailKey, type FileStorage } from '@storecraft/storage';
import { z } from 'zod';
import { pictureAiRecord, type AiUsageTotals } from './build-ai.ts';
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
    facts: z
      .object({
        productType: z.string().optional(),
        title: z.string().optional(),
        taxonomyPath: z.string().optional(),
        material: z.string().optional(),
      })
      .optional(),
  }),
  ai: z.object({ brief: z.record(z.string(), z.unknown()) }).optional(),
});

/** Where a picture came from, as the run's summary counts it. */
export interface PictureOutcome {
  /** `openai`, `replicate` or `procedural`. */
  source: string;
  /** Why the picture is procedural when AI was asked (`provider`, `moderation`, `budget`, `unreadable`). */
  reason?: string;
  detail?: string;
  /** What asking for this picture cost, when the source counts it per picture (platform builds). */
  usage?: AiUsageTotals;
}

/**
 * AI pictures for the image job: bytes from a provider for the products it covers (the AI
 * showcase products), `image: undefined` to draw procedurally. Kept as an interface so this
 * package needs no AI client; the app composes it from `@storecraft/ai`.
 */
export interface PictureSource {
  /** Undefined when this picture is not one AI is asked for (it is drawn, nothing recorded). */
  draw(
    payload: ImageJobPayload,
    ctx: { workspaceId: string; brandId: string; signal: AbortSignal },
  ): Promise<{ image: Buffer | undefined; outcome: PictureOutcome } | undefined>;
  /**
   * The picture's final outcome, once stored. Keyed by product and position: a retried job
   * records the same picture again, not a second one.
   */
  record(payload: ImageJobPayload, outcome: PictureOutcome): void;
}

export interface RenderImageJobDeps {
  db: Database;
  storage: FileStorage;
  renderer: Pick<RenderPool, 'render'> & Partial<Pick<RenderPool, 'encode'>>;
  /** AI pictures (needs `renderer.encode`); without it every picture is drawn. */
  pictures?: PictureSource;
  /**
   * Called with each picture's bytes once they are stored and the image row is ready (again, with
   * the same bytes, if the job is retried). The CLI writes them into its output folder here, while
   * other pictures render, instead of reading every one back from storage at the end. Awaited, and
   * it must not throw: the picture is stored whatever the hook does with it.
   */
  onReady?: (picture: ReadyPicture) => Promise<void>;
}

/** A finished picture, as `RenderImageJobDeps.onReady` receives it. */
export interface ReadyPicture {
  productId: string;
  handle: string;
  position: number;
  image: Buffer;
  thumbnail: Buffer;
  format: RenderedImage['format'];
}

/**
 * Time the image job spends storing bytes (`store`) and recording rows (`mark-ready`, one
 * transaction per batch), for benchmarks; published only while someone subscribes.
 */
export const imageJobStageChannel = diagnosticsChannel.channel('storecraft:image-job:stage');

function publishStage(stage: string, ms: number): void {
  if (imageJobStageChannel.hasSubscribers) imageJobStageChannel.publish({ stage, ms });
}

const cacheControl = 'public, max-age=31536000, immutable';

/**
 * One product picture: draw (or take the AI provider's bytes), encode (1024 px WebP + 256 px
 * thumbnail), store both under their fixed keys and mark the image row ready. Nothing is stored
 * until both encodings are complete, and every write is keyed, so a worker killed mid-call leaves
 * no stray object and a redelivered job rewrites the same bytes and the same row: idempotent.
 */
export function renderImageJob({
  db,
  storage,
  renderer,
  pictures,
  onReady,
}: RenderImageJobDeps): JobDefinition<ImageJobPayload> {
  // Handlers under way: a mark that every one of them is waiting for goes at once.
  let running = 0;
  const markReady = markReadyInBatches(db, () => running);
  const picture = async (
    payload: ImageJobPayload,
    ctx: JobContext,
  ): Promise<{ rendered: RenderedImage; outcome?: PictureOutcome }> => {
    const drawn = () => renderer.render(payload.spec, { format: 'webp' });
    const encode = renderer.encode?.bind(renderer);
    if (!pictures || !encode) return { rendered: await drawn() };
    const answer = await pictures.draw(payload, ctx);
    ctx.signal.throwIfAborted();
    if (!answer) return { rendered: await drawn() };
    if (!answer.image) return { rendered: await drawn(), outcome: answer.outcome };
    try {
      return {
        rendered: await encode(answer.image, payload.spec, { format: 'webp' }),
        outcome: answer.outcome,
      };
    } catch (error) {
      // Bytes sharp cannot read (a truncated download, an HTML error page): draw it instead.
      if (!(AppError.is(error) && error.code === 'INVALID_INPUT')) throw error;
      return {
        rendered: await drawn(),
        outcome: {
          source: 'procedural',
          reason: 'unreadable',
          detail: `${answer.outcome.source}: ${error.message}`,
          // The provider was paid for the bytes all the same.
          ...(answer.outcome.usage ? { usage: answer.outcome.usage } : {}),
        },
      };
    }
  };
  /** Draws, stores and marks one picture ready; the handler counts the ones under way. */
  const work = async (payload: ImageJobPayload, ctx: JobContext): Promise<void> => {
    const { rendered, outcome } = await picture(payload, ctx);
    ctx.signal.throwIfAborted();
    const key = imageKey(ctx.brandId, payload.productId, payload.position, 'webp');
    const thumbKey = thumbnailKey(ctx.brandId, payload.productId, payload.position, 'webp');
    const storing = performance.now();
    await Promise.all([
      storage.put(key, rendered.image, { contentType: 'image/webp', cacheControl }),
      storage.put(thumbKey, rendered.thumbnail, { contentType: 'image/webp', cacheControl }),
    ]);
    publishStage('store', performance.now() - storing);
    const updated = await markReady(ctx.workspaceId, {
      productId: payload.productId,
      position: payload.position,
      storageKey: key,
      width: rendered.width,
      height: rendered.height,
    });
    if (!updated) {
      // The product was deleted meanwhile: nothing to retry.
      throw new AppError(
        'NOT_FOUND',
        `Image ${payload.position} of product ${payload.productId} no longer exists`,
      );
    }
    if (outcome) {
      // On the job's own row: keyed by the job, so a retry replaces it, and the build's status
      // adds the rows up (no shared counter for workers to contend for).
      await withWorkspace(db, ctx.workspaceId, (tx) =>
        setGenerationJobAiUsage(tx, ctx.jobId, pictureAiRecord(outcome)),
      );
      pictures?.record(payload, outcome);
    }
    await onReady?.({
      productId: payload.productId,
      handle: payload.handle,
      position: payload.position,
      image: rendered.image,
      thumbnail: rendered.thumbnail,
      format: rendered.format,
    });
  };
  return defineJob({
    name: 'image',
    payloadSchema: imageJobPayloadSchema,
    async handler(payload, ctx) {
      running++;
      try {
        await work(payload, ctx);
      } finally {
        running--;
      }
    },
  });
}

type ReadyImage = Parameters<typeof markImagesReady>[1][number];

interface PendingMark {
  image: ReadyImage;
  resolve: (updated: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * A rendered image waits at most this long for others to share its statement. Pictures finish a
 * few per 100 ms on a 2-core machine: at 10 ms nearly every batch held one image (538 transactions
 * for 666 images, measured), at 100 ms they share; progress shows a tenth of a second later.
 */
const MARK_DELAY_MS = 100;
const MARK_BATCH = 16;

/**
 * Group commit for `markImagesReady`: images finished within `MARK_DELAY_MS` of each other are
 * recorded by one statement in one tenant transaction, instead of one transaction (four round
 * trips) each. Waiting is for company: when every handler under way (`running`) already waits
 * here, none can join (a run's last pictures), so the marks go at once. A failed transaction fails
 * every job in it; each is retried and the update is idempotent.
 */
function markReadyInBatches(
  db: Database,
  running: () => number,
): (workspaceId: string, image: ReadyImage) => Promise<boolean> {
  const pending = new Map<string, PendingMark[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  let waiting = 0;

  const flush = async (workspaceId: string): Promise<void> => {
    clearTimeout(timers.get(workspaceId));
    timers.delete(workspaceId);
    const batch = pending.get(workspaceId) ?? [];
    pending.delete(workspaceId);
    if (batch.length === 0) return;
    waiting -= batch.length;
    const started = performance.now();
    try {
      const updated = await withWorkspace(db, workspaceId, (tx) =>
        markImagesReady(
          tx,
          batch.map((mark) => mark.image),
        ),
      );
      batch.forEach((mark, i) => mark.resolve(updated[i] ?? false));
    } catch (error) {
      for (const mark of batch) mark.reject(error);
    }
    publishStage('mark-ready', performance.now() - started);
  };

  return (workspaceId, image) =>
    new Promise<boolean>((resolve, reject) => {
      const batch = pending.get(workspaceId) ?? [];
      batch.push({ image, resolve, reject });
      pending.set(workspaceId, batch);
      waiting++;
      if (waiting >= running()) {
        for (const id of [...pending.keys()]) void flush(id);
      } else if (batch.length >= MARK_BATCH) void flush(workspaceId);
      else if (!timers.has(workspaceId)) {
        timers.set(
          workspaceId,
          setTimeout(() => void flush(workspaceId), MARK_DELAY_MS),
        );
      }
    });
}
