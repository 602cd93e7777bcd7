import { resolveSigningSecret, type Config } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { createDatabase, databaseAppError, type DatabaseHandle } from '@storecraft/db';
import { createRenderPool, type RenderPool } from '@storecraft/images';
import {
  createJobQueue,
  describeDatabaseStatus,
  jobBackendOf,
  type JobQueue,
  type JobRunner,
} from '@storecraft/jobs';
import {
  renderImageJob,
  startGenerateRun,
  type PictureSource,
  type ReadyPicture,
} from '@storecraft/services';
import { createStorage, type ConfiguredStorage } from '@storecraft/storage';
import { migrateDatabase, warnIfRlsCanBeBypassed } from './database-setup.ts';
import { onShutdown } from './shutdown.ts';

/**
 * The CLI's composition root for work that goes through the platform: the database from config
 * (embedded PGlite unless DATABASE_URL is set, migrated at start), storage, the image renderer and
 * one generate run — a private workspace with its own job queue and an in-process runner, so the
 * same seed in two runs never collides and no run works another run's jobs.
 */
export interface Platform {
  config: Config;
  database: DatabaseHandle;
  storage: ConfiguredStorage;
  /** This run's queue (scoped to its workspace). */
  queue: JobQueue;
  /** Works this run's jobs in this process. */
  runner: JobRunner;
  renderer: RenderPool;
  /** This run's private workspace. */
  workspaceId: string;
  imageJob: ReturnType<typeof renderImageJob>;
  /** Aborted when the run is being torn down (Ctrl-C, kill): stop waiting on it. */
  signal: AbortSignal;
  /**
   * Ends the run: stops the runner, deletes what the run stored (rows, queued jobs, images), then
   * closes the queue, the renderer and the database. Runs on SIGINT/SIGTERM too. Idempotent.
   */
  close(): Promise<void>;
}

/** Image jobs one CLI run renders at once. */
const CONCURRENCY = 20;

export async function openPlatform(
  config: Config,
  warn: (line: string) => void,
  options: {
    /** AI pictures for the run's showcase products (see `openAiPictures`). */
    pictures?: PictureSource;
    /** Each picture's bytes as soon as its job is done (see `RenderImageJobDeps.onReady`). */
    onImageReady?: (picture: ReadyPicture) => Promise<void>;
  } = {},
): Promise<Platform> {
  // Made first: the renderer loads and warms up (fonts, sharp's first pipeline, on libuv's
  // threads) while this thread opens the database.
  const renderer = createRenderPool();
  const closers: (() => Promise<unknown>)[] = [() => renderer.destroy()];
  const tearingDown = new AbortController();
  let unregister = () => {};
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      unregister();
      tearingDown.abort(
        new AppError('INTERNAL', 'The run was stopped', {
          userMessage: 'interrupted: removing what this run stored',
        }),
      );
      // Newest first. A step that fails does not keep the others from running; whatever it left
      // behind, the next run's sweep removes.
      for (const closeOne of closers.reverse()) {
        await closeOne().catch((error: unknown) =>
          warn(
            `could not finish cleaning up (${databaseAppError(error)?.userMessage ?? String(error)}); the next run removes what is left`,
          ),
        );
      }
    })();
    return closing;
  };
  // From here on, Ctrl-C or kill removes what the run made before the process exits.
  unregister = onShutdown(close);
  try {
    const database = await createDatabase(config.database);
    closers.push(() => database.close());
    await migrateDatabase(config.database, database);
    await warnIfRlsCanBeBypassed(config.database, warn, database.db);
    const storage = createStorage(config.storage, {
      signingSecret: await resolveSigningSecret(config),
      publicUrl: config.server.publicUrl,
    });
    const backend = jobBackendOf(database);
    const run = await startGenerateRun(
      {
        db: database.db,
        driver: database.driver,
        storage,
        onSweepError: (id, error) =>
          warn(
            `could not remove what an interrupted run (${id}) left behind: ${databaseAppError(error)?.userMessage ?? String(error)}`,
          ),
      },
      (scope) =>
        createJobQueue(
          { db: database.db, backend },
          { scope, onDatabaseStatus: (status) => warn(describeDatabaseStatus(status)) },
        ),
    );
    closers.push(() => run.queue.close());
    closers.push(() => run.end());
    const imageJob = renderImageJob({
      db: database.db,
      storage,
      renderer,
      ...(options.pictures ? { pictures: options.pictures } : {}),
      ...(options.onImageReady ? { onReady: options.onImageReady } : {}),
    });
    const runner = run.queue.work([imageJob], { concurrency: CONCURRENCY });
    closers.push(() => runner.stop({ timeoutMs: 5_000 }));
    return {
      config,
      database,
      storage,
      queue: run.queue,
      runner,
      renderer,
      workspaceId: run.workspaceId,
      imageJob,
      signal: tearingDown.signal,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
