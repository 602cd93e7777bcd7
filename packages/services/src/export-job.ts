import { exportFormatSchema, isId } from '@storecraft/core';
import { findExportJob, withWorkspace, type Database } from '@storecraft/db';
import { defineJob, isRetryableByDefault, type JobDefinition } from '@storecraft/jobs';
import type { FileStorage } from '@storecraft/storage';
import { z } from 'zod';
import { writeExport } from './exports.ts';

export const exportJobPayloadSchema = z.object({
  /** The `export_jobs` row this job writes (made by `createExport`, `pending`). */
  exportId: z.string().refine((id) => isId('exportJob', id), 'is not an export id'),
  format: exportFormatSchema,
  imageBaseUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
});
export type ExportJobPayload = z.infer<typeof exportJobPayloadSchema>;

/**
 * Writes a queued export: the row goes `running`, the files stream to storage under keys named by
 * the row (so a retried attempt overwrites its own files), and the row ends `done` with the file,
 * `failed` with the reason, or `pending` again when the queue will try once more.
 */
export function exportJob(deps: {
  db: Database;
  storage: FileStorage;
}): JobDefinition<ExportJobPayload> {
  return defineJob({
    name: 'export',
    payloadSchema: exportJobPayloadSchema,
    async handler(payload, ctx) {
      const row = await withWorkspace(deps.db, ctx.workspaceId, (tx) =>
        findExportJob(tx, payload.exportId),
      );
      // Deleted with its brand, or written by an attempt whose completion was lost: nothing to do.
      if (!row || row.status === 'done') return;
      await ctx.progress(0.05);
      await writeExport(deps, ctx.workspaceId, {
        brandId: row.brandId,
        format: payload.format,
        ...(payload.imageBaseUrl === undefined ? {} : { imageBaseUrl: payload.imageBaseUrl }),
        queued: {
          id: row.id,
          createdAt: row.createdAt,
          onFailure: (error) =>
            isRetryableByDefault(error) && ctx.attempt < ctx.maxAttempts ? 'pending' : 'failed',
        },
      });
    },
  });
}
