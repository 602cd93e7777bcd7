import { cancelJob, getJobStatus, listBuilds, retryJob } from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure, workspaceTaskProcedure } from '../trpc.ts';

const jobId = idOf('generationJob');

export const jobsRouter = router({
  /** The workspace's catalog builds, unfinished first, then newest first. */
  list: workspaceProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(50) }))
    .query(({ ctx, input }) => listBuilds(ctx.tx, { limit: input.limit })),

  status: workspaceProcedure
    .input(z.object({ jobId }))
    .query(({ ctx, input }) => getJobStatus(ctx.tx, input.jobId)),

  /** A failed job gets fresh attempts and goes back to the queue. */
  retry: workspaceTaskProcedure
    .input(z.object({ jobId }))
    .mutation(({ ctx, input }) => retryJob(ctx.deps, ctx.workspace.id, input.jobId)),

  cancel: workspaceProcedure
    .input(z.object({ jobId }))
    .mutation(({ ctx, input }) => cancelJob(ctx.tx, input.jobId)),
});
