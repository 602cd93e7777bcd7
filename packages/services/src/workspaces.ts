import { AppError, newId, type Workspace } from '@storecraft/core';
import {
  deleteWorkspace,
  findWorkspace,
  insertWorkspace,
  listBrandIds,
  trySessionLock,
  withWorkspace,
  type Database,
  type DatabaseDriver,
  type SessionLock,
} from '@storecraft/db';
import type { JobQueue } from '@storecraft/jobs';
import type { FileStorage } from '@storecraft/storage';

/**
 * The workspace every CLI run shared before each run got its own. Runs interrupted back then left
 * brands in it; the embedded database's sweep removes them.
 */
export const LOCAL_WORKSPACE: Workspace = { id: 'ws_local', name: 'Local', slug: 'local' };

/** Creates the workspace if it does not exist yet (idempotent). */
export async function ensureWorkspace(db: Database, workspace: Workspace): Promise<Workspace> {
  return withWorkspace(
    db,
    workspace.id,
    async (tx) => (await findWorkspace(tx, workspace.id)) ?? insertWorkspace(tx, workspace),
  );
}

/** Every run's private workspace id starts with this. */
export const RUN_WORKSPACE_PREFIX = 'ws_run_';

/**
 * Runs started and not yet ended through each embedded database. One process owns a PGlite
 * directory, so these are its only live runs; its session locks are re-entrant and cannot tell.
 */
const liveEmbeddedRuns = new WeakMap<Database, Set<string>>();

function embeddedRunsOf(db: Database): Set<string> {
  let runs = liveEmbeddedRuns.get(db);
  if (!runs) liveEmbeddedRuns.set(db, (runs = new Set()));
  return runs;
}

export interface RunDeps {
  db: Database;
  driver: DatabaseDriver;
  storage: FileStorage;
  /**
   * Removing a dead run's leftovers failed. The new run goes on regardless, and the next one tries
   * again. Default: ignored.
   */
  onSweepError?: (workspaceId: string, error: unknown) => void;
}

/**
 * One CLI `generate` run: a private workspace (so the same seed in two runs never collides), a job
 * queue scoped to it (so no run works another run's jobs) and a lock that says the run is alive.
 */
export interface GenerateRun {
  readonly workspaceId: string;
  readonly queue: JobQueue;
  /** Runs of dead processes removed when this one started. */
  readonly swept: readonly string[];
  /**
   * Deletes everything the run made (stored images, rows, queued jobs) and frees its lock. Stop
   * the runners working its queue first; close the queue after. Idempotent.
   */
  end(): Promise<void>;
}

/**
 * Starts a run: takes its liveness lock, opens its scoped queue (through `openQueue`), sweeps the
 * runs whose process is gone, then creates its workspace. The order matters: a run's workspace
 * never exists without its queue (the sweep finds runs by their queues) nor without its lock.
 */
export async function startGenerateRun(
  deps: RunDeps,
  openQueue: (scope: string) => Promise<JobQueue>,
): Promise<GenerateRun> {
  const workspaceId = `${RUN_WORKSPACE_PREFIX}${newId('workspace').slice('ws_'.length)}`;
  const lock = await trySessionLock(deps.db, runLockKey(workspaceId));
  if (!lock) throw new AppError('INTERNAL', `The lock of the new run ${workspaceId} is taken`);
  const embedded = deps.driver === 'pglite' ? embeddedRunsOf(deps.db) : undefined;
  embedded?.add(workspaceId);
  const forget = () => {
    embedded?.delete(workspaceId);
    return lock.release();
  };
  let queue: JobQueue | undefined;
  try {
    queue = await openQueue(workspaceId);
    const swept = await sweepOrphanRuns({ ...deps, queue }, { except: workspaceId });
    await ensureWorkspace(deps.db, {
      id: workspaceId,
      name: 'storecraft generate',
      slug: workspaceId.replaceAll('_', '-'),
    });
    const runQueue = queue;
    let ended: Promise<void> | undefined;
    return {
      workspaceId,
      queue: runQueue,
      swept,
      end() {
        ended ??= deleteRun({ ...deps, queue: runQueue }, workspaceId).finally(forget);
        return ended;
      },
    };
  } catch (error) {
    await queue?.deleteScope(workspaceId).catch(() => undefined);
    await queue?.close().catch(() => undefined);
    await forget();
    throw error;
  }
}

/**
 * Removes the runs whose process is gone — killed with SIGKILL, or its cleanup cut short — with
 * everything they left: stored images, rows, queued jobs. On PostgreSQL a run is alive while its
 * lock is held (the server frees it when the process dies, on any host); the embedded database
 * belongs to one process, so there a run is alive only if this process started it and has not
 * ended it. Returns the ids of the runs removed.
 */
export async function sweepOrphanRuns(
  deps: RunDeps & { queue: JobQueue },
  options: { except?: string } = {},
): Promise<string[]> {
  const live = deps.driver === 'pglite' ? embeddedRunsOf(deps.db) : new Set<string>();
  const candidates = (await deps.queue.listScopes()).filter(
    (scope) =>
      scope.startsWith(RUN_WORKSPACE_PREFIX) && scope !== options.except && !live.has(scope),
  );
  const swept: string[] = [];
  for (const workspaceId of candidates) {
    let lock: SessionLock | undefined;
    if (deps.driver === 'postgres') {
      lock = await trySessionLock(deps.db, runLockKey(workspaceId));
      if (!lock) continue;
    }
    try {
      await deleteRun(deps, workspaceId);
      swept.push(workspaceId);
    } catch (error) {
      deps.onSweepError?.(workspaceId, error);
    } finally {
      await lock?.release();
    }
  }
  if (deps.driver === 'pglite') {
    await deleteLegacyLocalBrands(deps).catch((error: unknown) =>
      deps.onSweepError?.(LOCAL_WORKSPACE.id, error),
    );
  }
  return swept;
}

/**
 * Deletes a run's stored images, then its rows (the workspace; everything in it goes with it),
 * then its queues and their jobs. In that order, an interrupted cleanup leaves the queue behind
 * for the next sweep to find and finish.
 */
export async function deleteRun(
  deps: { db: Database; storage: FileStorage; queue: JobQueue },
  workspaceId: string,
): Promise<void> {
  const brandIds = await withWorkspace(deps.db, workspaceId, (tx) => listBrandIds(tx));
  for (const brandId of brandIds) await deleteBrandFiles(deps.storage, brandId);
  await withWorkspace(deps.db, workspaceId, (tx) => deleteWorkspace(tx, workspaceId));
  await deps.queue.deleteScope(workspaceId);
}

/** Runs before per-run workspaces left their interrupted brands in the shared local workspace. */
async function deleteLegacyLocalBrands(deps: { db: Database; storage: FileStorage }) {
  const id = LOCAL_WORKSPACE.id;
  const brandIds = await withWorkspace(deps.db, id, (tx) => listBrandIds(tx));
  for (const brandId of brandIds) await deleteBrandFiles(deps.storage, brandId);
  await withWorkspace(deps.db, id, (tx) => deleteWorkspace(tx, id));
}

/** A brand's images and thumbnails all live under `images/{brandId}/` (see `imageKey`). */
function deleteBrandFiles(storage: FileStorage, brandId: string): Promise<void> {
  return storage.deleteAll(`images/${brandId}/`);
}

function runLockKey(workspaceId: string): string {
  return `storecraft.run:${workspaceId}`;
}
