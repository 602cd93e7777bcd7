export {
  defineJob,
  isRetryableByDefault,
  JobInterruptedError,
  JobLeaseLostError,
  type JobContext,
  type JobDefinition,
  type PayloadSchema,
} from './define-job.ts';
export {
  createJobQueue,
  type EnqueueOptions,
  type JobQueue,
  type JobQueueOptions,
  type WaitForIdleOptions,
} from './create-job-queue.ts';
export type { AnyJobDefinition, JobRunner, StopReport, WorkOptions } from './job-runner.ts';
export type { RecoverOptions, RecoverReport } from './queue-core.ts';
export { jobBackendOf, type JobBackend } from './job-backend.ts';
export { defaultJobQueueSettings, type JobQueueSettings } from './settings.ts';
export { installSignalHandlers } from './install-signal-handlers.ts';
export {
  runWorkerProcess,
  WorkerStoppedError,
  type RunWorkerProcessOptions,
  type WorkerProcess,
} from './run-worker-process.ts';
export { describeDatabaseStatus, type DatabaseStatus } from './database-gate.ts';
export { JOB_CHANGES_CHANNEL, type JobChange } from './rows/job-row.ts';
export type { JobCounts } from './rows/count-job-rows.ts';
export type { GenerationJobKind } from './job-kind.ts';
export {
  findJobProgress,
  listenForJobChanges,
  progressEventId,
  watchJobProgress,
  type JobChangeFeed,
  type JobProgress,
  type JobProgressKind,
  type ListenFn,
  type WatchJobOptions,
} from './job-events.ts';
