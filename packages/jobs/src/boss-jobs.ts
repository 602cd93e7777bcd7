import type { GenerationJobKind } from './job-kind.ts';
import type { JobInsert, PgBoss, Queue } from 'pg-boss';
import { AppError } from '@storecraft/core';
import type { JobRowRef } from './rows/job-row.ts';
import type { JobQueueSettings } from './settings.ts';

const QUEUE_PREFIX = 'storecraft.generation.';

/**
 * One pg-boss queue per job kind (`storecraft.generation.image`), shared by every workspace; a
 * scoped queue (`storecraft.generation.image.<scope>`) is private to one workspace.
 */
export function queueNameOf(kind: GenerationJobKind, scope?: string): string {
  return scope === undefined ? `${QUEUE_PREFIX}${kind}` : `${QUEUE_PREFIX}${kind}.${scope}`;
}

/** A LIKE pattern matching every scoped queue name. */
export const SCOPED_QUEUE_NAMES = `${QUEUE_PREFIX}%.%`;

/** The scope a queue name belongs to, or undefined for a shared or foreign queue. */
export function scopeOfQueueName(name: string): string | undefined {
  if (!name.startsWith(QUEUE_PREFIX)) return undefined;
  const rest = name.slice(QUEUE_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot > 0 && dot < rest.length - 1 ? rest.slice(dot + 1) : undefined;
}

/** pg-boss allows these characters in a queue name. */
export function assertValidScope(scope: string): void {
  if (!/^[\w-]+$/.test(scope)) {
    throw new AppError(
      'INVALID_INPUT',
      `A job queue scope is letters, digits, _ and -; got ${JSON.stringify(scope)}`,
    );
  }
}

/** What a pg-boss job carries: a pointer to its row, never the payload (the row is the truth). */
export interface BossJobData {
  generationJobId: string;
  workspaceId: string;
  brandId: string;
}

/** A pg-boss job in one of these states is a live delivery of its row. */
export function isLiveBossState(state: string): boolean {
  return state === 'created' || state === 'retry' || state === 'active';
}

export const LOST_ON_LAST_ATTEMPT = 'The worker running the last attempt stopped responding';

export function readBossJobData(data: unknown): BossJobData | undefined {
  const candidate = data as Partial<Record<keyof BossJobData, unknown>> | null | undefined;
  const { generationJobId, workspaceId, brandId } = candidate ?? {};
  if (
    typeof generationJobId === 'string' &&
    typeof workspaceId === 'string' &&
    typeof brandId === 'string'
  ) {
    return { generationJobId, workspaceId, brandId };
  }
  return undefined;
}

/**
 * Queue options. `exclusive` with the row id as `singletonKey` means at most one queued-or-active
 * pg-boss job per row: sending a row again while it has a live job is a no-op, which is what makes
 * enqueue, recover and the hand-back on stop safe to repeat.
 */
export function queueOptionsOf(settings: JobQueueSettings) {
  return {
    retryLimit: 2,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: settings.retryDelayMaxSeconds,
    expireInSeconds: settings.expireInSeconds,
    deleteAfterSeconds: settings.deleteAfterSeconds,
    notify: true,
  } satisfies Partial<Queue>;
}

export async function ensureQueues(
  boss: PgBoss,
  kinds: readonly GenerationJobKind[],
  settings: JobQueueSettings,
  scope?: string,
): Promise<void> {
  const options = queueOptionsOf(settings);
  const heartbeat =
    settings.heartbeatSeconds === null ? {} : { heartbeatSeconds: settings.heartbeatSeconds };
  for (const kind of kinds) {
    const name = queueNameOf(kind, scope);
    await boss.createQueue(name, { ...options, ...heartbeat, policy: 'exclusive' });
    const queue = await boss.getQueue(name);
    if (queue?.policy !== 'exclusive') {
      throw new AppError(
        'INTERNAL',
        `pg-boss queue ${name} exists with policy ${queue?.policy ?? '(none)'}, expected exclusive`,
      );
    }
    // An existing queue keeps its options: bring them to this process's settings.
    await boss.updateQueue(name, { ...options, heartbeatSeconds: settings.heartbeatSeconds });
  }
}

const CHUNK = 1_000;

/**
 * Sends one pg-boss job per row, grouped by workspace for fairness, with the retries the row has
 * left. Rows that already have a live job are skipped by the queue. Returns how many were sent.
 */
export async function sendBossJobs(
  boss: PgBoss,
  rows: readonly JobRowRef[],
  scope?: string,
): Promise<number> {
  let sent = 0;
  const byKind = new Map<GenerationJobKind, JobRowRef[]>();
  for (const row of rows) {
    const ofKind = byKind.get(row.kind);
    if (ofKind) ofKind.push(row);
    else byKind.set(row.kind, [row]);
  }
  for (const [kind, ofKind] of byKind) {
    for (let start = 0; start < ofKind.length; start += CHUNK) {
      const jobs: JobInsert<BossJobData>[] = ofKind.slice(start, start + CHUNK).map((row) => ({
        data: { generationJobId: row.id, workspaceId: row.workspaceId, brandId: row.brandId },
        singletonKey: row.id,
        group: { id: row.workspaceId },
        retryLimit: Math.max(0, row.maxAttempts - row.attempts - 1),
      }));
      const ids = await boss.insert(queueNameOf(kind, scope), jobs, { returnId: true });
      sent += ids?.length ?? 0;
    }
  }
  return sent;
}
