import { sql } from 'drizzle-orm';
import type { JobStatus } from '@storecraft/core';
import type { GenerationJobKind } from '../job-kind.ts';

/** The NOTIFY channel carrying every status and progress change of a generation job. */
export const JOB_CHANGES_CHANNEL = 'storecraft_jobs';

/** The JSON payload sent on `JOB_CHANGES_CHANNEL`. */
export interface JobChange {
  jobId: string;
  workspaceId: string;
  brandId: string;
  status: JobStatus;
  progress: number;
}

/**
 * Selected over rows aliased `r` (the rows a statement just changed), notifies one change per row.
 * Sent inside the tenant transaction, so listeners hear it only once it commits.
 */
export const notifyChangeOfR = sql.raw(
  `pg_notify('${JOB_CHANGES_CHANNEL}', json_build_object('jobId', r.id, 'workspaceId', r.workspace_id, 'brandId', r.brand_id, 'status', r.status, 'progress', r.progress)::text)`,
);

/** What the queue needs of a row to (re)send its pg-boss job. */
export interface JobRowRef {
  id: string;
  workspaceId: string;
  brandId: string;
  kind: GenerationJobKind;
  attempts: number;
  maxAttempts: number;
}

export interface RawJobRow {
  id: string;
  workspace_id: string;
  brand_id: string;
  kind: GenerationJobKind;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  payload: unknown;
}

export function toJobRowRef(row: RawJobRow): JobRowRef {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    brandId: row.brand_id,
    kind: row.kind,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
  };
}
