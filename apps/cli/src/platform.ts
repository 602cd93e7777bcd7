import type { Config } from '@storecraft/config';
import { createDatabase, migrate, type DatabaseHandle } from '@storecraft/db';
import { createRenderPool, type RenderPool } from '@storecraft/images';
import { createJobQueue, jobBackendOf, type JobQueue } from '@storecraft/jobs';
import { ensureWorkspace, LOCAL_WORKSPACE, renderImageJob } from '@storecraft/services';
import { createStorage, type ConfiguredStorage } from '@storecraft/storage';

/**
 * The CLI's composition root for work that goes through the platform: the database from config
 * (embedded PGlite unless DATABASE_URL is set, migrated at start), storage, the job queue and the
 * image renderer. Built once per command and closed in reverse order.
 */
export interface Platform {
  config: Config;
  database: DatabaseHandle;
  storage: ConfiguredStorage;
  queue: JobQueue;
  renderer: RenderPool;
  workspaceId: string;
  imageJob: ReturnType<typeof renderImageJob>;
  close(): Promise<void>;
}

export async function openPlatform(config: Config): Promise<Platform> {
  const database = await createDatabase(config.database);
  const closers: (() => Promise<unknown>)[] = [() => database.close()];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => undefined);
  };
  try {
    await migrate(database.db);
    const storage = createStorage(config.storage, {
      signingSecret: config.secrets.signingSecret,
      publicUrl: config.server.publicUrl,
    });
    const queue = await createJobQueue({ db: database.db, backend: jobBackendOf(database) });
    closers.push(() => queue.close());
    const renderer = createRenderPool();
    closers.push(() => renderer.destroy());
    const workspace = await ensureWorkspace(database.db, LOCAL_WORKSPACE);
    return {
      config,
      database,
      storage,
      queue,
      renderer,
      workspaceId: workspace.id,
      imageJob: renderImageJob({ db: database.db, storage, renderer }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
