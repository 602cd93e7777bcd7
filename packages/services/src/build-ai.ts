import {
  findBuildAiSpend,
  summarizeImageAiUsage,
  withWorkspace,
  type Database,
  type GenerationJobRecord,
  type TenantTx,
} from '@storecraft/db';
import type { CatalogPlan, ProductCopy, ProductPlan } from '@storecraft/generator';
import { z } from 'zod';
import type { PictureOutcome, PictureSource } from './render-image-job.ts';

/**
 * AI in platform builds. Services holds no AI client (the composition root opens one with
 * `openBuildAi` from `@storecraft/ai` and hands it in as a `CatalogBuildAi`); here is what a build
 * asks of it, what the jobs record on their rows and how a build's status adds it up.
 */

/** Calls, tokens, pictures and estimated cost, as a job records them. */
export const aiUsageTotalsSchema = z.object({
  calls: z.number().int().nonnegative(),
  cachedAnswers: z.number().int().nonnegative(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  estimatedCostUsd: z.number().nonnegative(),
  /** Models without a list price (local servers): their cost is not in the estimate. */
  unpricedModels: z.array(z.string()),
  budgetReached: z.boolean(),
});
export type AiUsageTotals = z.infer<typeof aiUsageTotalsSchema>;

const noUsage: AiUsageTotals = {
  calls: 0,
  cachedAnswers: 0,
  promptTokens: 0,
  completionTokens: 0,
  images: 0,
  estimatedCostUsd: 0,
  unpricedModels: [],
  budgetReached: false,
};

/** What `writeCatalog` reports about a build's AI copy (a subset of `@storecraft/ai`'s summary). */
export interface BuildCopySummary {
  textChain: string;
  cacheMode: string;
  requested: number;
  aiProducts: number;
  fallbacks: number;
  byReason: Readonly<Partial<Record<string, number>>>;
  examples: readonly { title: string; reason: string | undefined; detail: string | undefined }[];
  usage: AiUsageTotals;
  milliseconds: number;
}

/** The configured AI provider as a build job and its image jobs use it (see `openBuildAi`). */
export interface CatalogBuildAi {
  readonly provider: string;
  readonly maxCostUsd: number | undefined;
  /** Undefined when copy stays procedural (Replicate pictures only). */
  readonly copy:
    | {
        readonly textChain: string;
        /** Throws `INVALID_INPUT` when moderation flags the text; returns notes otherwise. */
        moderateInput(label: string, texts: readonly string[]): Promise<string[]>;
        writeCatalog(
          plan: CatalogPlan,
          options: {
            count: number;
            brandText: boolean;
            signal: AbortSignal;
            onProgress: (done: number, total: number) => void;
          },
        ): Promise<{ copies: ReadonlyMap<number, ProductCopy>; summary: BuildCopySummary }>;
      }
    | undefined;
  readonly pictures: BuildPictures | undefined;
}

export interface BuildPictures {
  readonly imageChain: string;
  /** What an image job carries to ask for picture `position` of a showcase product. */
  briefOf(productPlan: ProductPlan, position: number): Record<string, unknown>;
  draw(
    brief: unknown,
    options: { spentUsd: () => Promise<number> },
  ): Promise<{ image: Buffer | undefined; outcome: PictureOutcome; usage: AiUsageTotals }>;
}

const countsSchema = z.record(z.string(), z.number().int().nonnegative());

/** What a build job records on its row: the showcase, the providers, and its copy. */
export const buildAiRecordSchema = z.object({
  provider: z.string(),
  /** AI copy and pictures were asked for the first `showcase` products. */
  showcase: z.number().int().nonnegative(),
  textChain: z.string().nullable(),
  imageChain: z.string().nullable(),
  maxCostUsd: z.number().nullable(),
  /** Why the build asked the AI for nothing after all (the niche was flagged by moderation). */
  skipped: z.string().nullable(),
  /** Notes for people, such as moderation being unavailable. */
  notes: z.array(z.string()),
  copy: z
    .object({
      requested: z.number().int().nonnegative(),
      ai: z.number().int().nonnegative(),
      fallbacks: z.number().int().nonnegative(),
      byReason: countsSchema,
      examples: z.array(
        z.object({
          title: z.string(),
          reason: z.string().nullable(),
          detail: z.string().nullable(),
        }),
      ),
      milliseconds: z.number().nonnegative(),
    })
    .nullable(),
  usage: aiUsageTotalsSchema,
});
export type BuildAiRecord = z.infer<typeof buildAiRecordSchema>;

/** What an image job records on its row when AI was asked for its picture. */
export const pictureAiRecordSchema = z.object({
  picture: z.object({
    source: z.string(),
    reason: z.string().optional(),
    detail: z.string().optional(),
  }),
  usage: aiUsageTotalsSchema,
});
export type PictureAiRecord = z.infer<typeof pictureAiRecordSchema>;

export function buildAiRecord(
  ai: CatalogBuildAi,
  params: {
    showcase: number;
    images: boolean;
    skipped?: string;
    notes?: readonly string[];
    copy?: BuildCopySummary;
  },
): BuildAiRecord {
  const { copy } = params;
  return {
    provider: ai.provider,
    showcase: params.showcase,
    textChain: ai.copy?.textChain ?? null,
    imageChain: params.images ? (ai.pictures?.imageChain ?? null) : null,
    maxCostUsd: ai.maxCostUsd ?? null,
    skipped: params.skipped ?? null,
    notes: [...(params.notes ?? [])],
    copy: copy
      ? {
          requested: copy.requested,
          ai: copy.aiProducts,
          fallbacks: copy.fallbacks,
          byReason: definedCounts(copy.byReason),
          examples: copy.examples.map((e) => ({
            title: e.title,
            reason: e.reason ?? null,
            detail: e.detail ?? null,
          })),
          milliseconds: copy.milliseconds,
        }
      : null,
    usage: usageTotals(copy?.usage ?? noUsage),
  };
}

export function pictureAiRecord(outcome: PictureOutcome): PictureAiRecord {
  return {
    picture: {
      source: outcome.source,
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
      ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
    },
    usage: usageTotals(outcome.usage ?? noUsage),
  };
}

/** Only the totals: the provider's summary carries more (budget settings) than a row needs. */
function usageTotals(u: AiUsageTotals): AiUsageTotals {
  return {
    calls: u.calls,
    cachedAnswers: u.cachedAnswers,
    promptTokens: u.promptTokens,
    completionTokens: u.completionTokens,
    images: u.images,
    estimatedCostUsd: u.estimatedCostUsd,
    unpricedModels: [...u.unpricedModels],
    budgetReached: u.budgetReached,
  };
}

function definedCounts(counts: Readonly<Partial<Record<string, number>>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(counts)) if (n !== undefined) out[key] = n;
  return out;
}

/**
 * The image job's picture source on the platform: a job whose payload carries an AI brief (a
 * showcase product's picture) asks the provider; any other is drawn. Stateless across jobs: the
 * brief is in the payload and the build's spend is read from the database when the picture's turn
 * comes, so any worker process can draw any build's pictures. The job records the outcome on its
 * own row (see `renderImageJob`).
 */
export function buildPictureSource(deps: { db: Database; pictures: BuildPictures }): PictureSource {
  return {
    async draw(payload, ctx) {
      if (!payload.ai) return undefined;
      const drawn = await deps.pictures.draw(payload.ai.brief, {
        spentUsd: () =>
          withWorkspace(deps.db, ctx.workspaceId, (tx) => findBuildAiSpend(tx, ctx.brandId)),
      });
      return { image: drawn.image, outcome: { ...drawn.outcome, usage: drawn.usage } };
    },
    // Nothing kept in memory: the row is the record.
    record: () => undefined,
  };
}

/** A build's AI work as its status shows it: copy, pictures, tokens and estimated cost. */
export interface BuildAiStatus {
  provider: string;
  showcase: number;
  textChain: string | null;
  imageChain: string | null;
  maxCostUsd: number | null;
  skipped: string | null;
  notes: string[];
  /** Null while the build is writing it, or when copy stays procedural. */
  copy: BuildAiRecord['copy'];
  /** Null when no picture was asked of the AI. */
  pictures: {
    requested: number;
    ai: number;
    /** Drawn procedurally after all. */
    fallbacks: number;
    /** Not drawn yet. */
    pending: number;
    bySource: Record<string, number>;
    byReason: Record<string, number>;
    examples: { picture: string; reason: string | null; detail: string | null }[];
  } | null;
  /** Copy and pictures together. */
  usage: AiUsageTotals;
}

/**
 * The build's AI status, or null when the build asked no AI (procedural provider, or an old row).
 * The copy comes from the build's row; the pictures are summed from its image jobs' rows.
 */
export async function buildAiStatusOf(
  tx: TenantTx,
  job: GenerationJobRecord,
): Promise<BuildAiStatus | null> {
  if (job.aiUsage === null) return null;
  const parsed = buildAiRecordSchema.safeParse(job.aiUsage);
  if (!parsed.success) return null;
  const record = parsed.data;
  const images =
    job.startedAt && record.imageChain !== null && record.showcase > 0
      ? await summarizeImageAiUsage(tx, { brandId: job.brandId, since: job.startedAt })
      : undefined;
  const usage = { ...record.usage, unpricedModels: [...record.usage.unpricedModels] };
  let pictures: BuildAiStatus['pictures'] = null;
  if (images && images.requested > 0) {
    const bySource: Record<string, number> = {};
    const byReason: Record<string, number> = {};
    let recorded = 0;
    for (const group of images.groups) {
      recorded += group.pictures;
      if (group.source === 'procedural') {
        const reason = group.reason ?? 'provider';
        byReason[reason] = (byReason[reason] ?? 0) + group.pictures;
        if (reason === 'budget') usage.budgetReached = true;
      } else {
        bySource[group.source] = (bySource[group.source] ?? 0) + group.pictures;
      }
      usage.calls += group.calls;
      usage.cachedAnswers += group.cachedAnswers;
      usage.images += group.images;
      usage.estimatedCostUsd += group.estimatedCostUsd;
    }
    for (const model of images.unpricedModels)
      if (!usage.unpricedModels.includes(model)) usage.unpricedModels.push(model);
    const ai = Object.values(bySource).reduce((n, v) => n + v, 0);
    pictures = {
      requested: images.requested,
      ai,
      fallbacks: recorded - ai,
      pending: Math.max(0, images.requested - recorded),
      bySource,
      byReason,
      examples: images.examples.map((e) => ({
        picture: `${e.handle}/${e.position}`,
        reason: e.reason,
        detail: e.detail,
      })),
    };
  }
  return {
    provider: record.provider,
    showcase: record.showcase,
    textChain: record.textChain,
    imageChain: record.imageChain,
    maxCostUsd: record.maxCostUsd,
    skipped: record.skipped,
    notes: record.notes,
    copy: record.copy,
    pictures,
    usage,
  };
}
