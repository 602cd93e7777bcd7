import { z } from 'zod';

export const jobStatuses = ['pending', 'running', 'done', 'failed'] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const generationJobKinds = ['catalog', 'image', 'export'] as const;
export const generationJobKindSchema = z.enum(generationJobKinds);

export const generationJobSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  brandId: z.string(),
  kind: generationJobKindSchema,
  status: jobStatusSchema,
  payload: z.record(z.string(), z.unknown()),
  attempts: z.number().int().nonnegative(),
  maxAttempts: z.number().int().positive(),
  lastError: z.string().nullable(),
  leaseExpiresAt: z.date().nullable(),
  progress: z.number().min(0).max(1),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type GenerationJob = z.infer<typeof generationJobSchema>;

export const exportFormats = [
  'shopify',
  'woocommerce',
  'magento',
  'bigcommerce',
  'thumbnails',
] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportJobSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  brandId: z.string(),
  format: exportFormatSchema,
  status: jobStatusSchema,
  outputKey: z.string().nullable(),
  rowCount: z.number().int().nonnegative().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;
