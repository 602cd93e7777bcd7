import { cancelJob, getJobStatus, retryJob } from '@storecraft/services';
import { z } from 'zod';
import { idOf } from '../ids.ts';
import { router, workspaceProcedure, workspaceTaskProcedure } from '../trpc.ts';

const jobId = idOf('generationJob');

export const jobsRouter = router({
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
