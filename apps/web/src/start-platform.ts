import type { AuthService } from '@storecraft/auth';
import { resolveSigningSecret, type Config } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { createDatabase, migrate, poolCloser, type DatabaseHandle } from '@storecraft/db';
import type { RenderPool } from '@storecraft/images';
import {
  createJobQueue,
  describeDatabaseStatus,
  jobBackendOf,
  listenForJobChanges,
  type AnyJobDefinition,
  type JobChangeFeed,
  type JobQueue,
} from '@storecraft/jobs';
import {
  buildPictureSource,
  catalogBuildJob,
  exportJob,
  renderImageJob,
  type GenerationJobs,
} from '@storecraft/services';
import { createStorage, type ConfiguredStorage } from '@storecraft/storage';
import { startTracing, tracedJob, tracingQueue } from '@storecraft/telemetry';
import pg from 'pg';
import { createWebServer, type FetchHandler, type WebServer } from './create-web-server.ts';
import { databaseListener } from './database-listener.ts';
import type { Logger } from './logger.ts';
import { publishPageBridge, type PageBridge } from './page-bridge.ts';
import { startPages } from './pages.ts';
import { createRateLimits, type RateLimitBudgets } from './rate-limits.ts';
import type { WebSettings } from './web-settings.ts';

/** What the gateway (auth + tRPC) needs from the platform; built by `createGateway`. */
export interface GatewayDeps {
  config: Config;
  database: DatabaseHandle;
  storage: ConfiguredStorage;
  signingSecret: string;
  /** The queue as requests see it (enqueued jobs carry the request's trace). */
  queue: JobQueue;
  /** The job definitions (traced) the in-process workers run and the API enqueues. */
  jobs: GenerationJobs;
  logger: Logger;
  production: boolean;
}

export interface Gateway {
  auth: AuthService | undefined;
  trpc: FetchHandler | undefined;
  /** The router in-process for server-rendered pages; absent: pages act signed out. */
  pages?: PageBridge;
  close(): Promise<void>;
}

export interface StartPlatformOptions {
  logger: Logger;
  /** Auth and tRPC over the platform; without it those routes answer 503. */
  createGateway?: (deps: GatewayDeps) => Promise<Gateway>;
  /** Serve the Next.js pages (default true; building them first when needed). */
  pages?: boolean;
  /** Port to listen on (default `config.server.port`; 0 picks a free one). */
  port?: number;
  rateLimits?: Partial<RateLimitBudgets>;
  sse?: { heartbeatMs?: number; pollMs?: number };
  /** An open, migrated database to use instead of opening `config.database` (tests); not closed by stop. */
  database?: DatabaseHandle;
}

export interface Platform {
  readonly url: string;
  readonly port: number;
  readonly database: DatabaseHandle;
  readonly storage: ConfiguredStorage;
  readonly queue: JobQueue;
  readonly server: WebServer;
  readonly pagesReady: Promise<void>;
  /**
   * Graceful stop: no new connections, event streams ended, in-flight jobs released to the queue
   * (their handlers are aborted and the rows go back to pending), then queue and database closed.
   * Idempotent.
   */
  stop(): Promise<void>;
}

/** How long a stop waits for in-flight jobs to hand themselves back. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * The web app's composition root (`npm start`): migrates, opens the database, storage and job
 * queue, starts the in-process workers, and serves API and pages on one port. The API is up
 * before the pages are built.
 */
export async function startPlatform(
  config: Config,
  web: WebSettings,
  options: StartPlatformOptions,
): Promise<Platform> {
  const { logger } = options;
  // (A test may inject its own database and drive the jobs itself.)
  if (config.database.driver === 'pglite' && web.workers === 0 && !options.database) {
    throw new AppError(
      'INVALID_INPUT',
      'STORECRAFT_WORKERS=0 needs DATABASE_URL: the embedded database belongs to this one process, so nothing else could work its jobs',
    );
  }
  const closers: { name: string; close: () => Promise<unknown> }[] = [];
  const closeAll = async () => {
    for (const { name, close } of closers.reverse()) {
      await close().catch((error: unknown) =>
        logger.warn({ err: error }, `could not close ${name}`),
      );
    }
    closers.length = 0;
  };
  try {
    const tracing = await startTracing(web.otlpEndpoint);
    closers.push({ name: 'tracing', close: () => tracing.shutdown() });

    const database = options.database ?? (await openMigratedDatabase(config, logger));
    if (!options.database) closers.push({ name: 'the database', close: () => database.close() });

    const signingSecret = await resolveSigningSecret(config);
    const storage = createStorage(config.storage, {
      signingSecret,
      publicUrl: config.server.publicUrl,
    });
    const rawQueue = await createJobQueue(
      { db: database.db, backend: jobBackendOf(database) },
      {
        onError: (error) => logger.error({ err: error }, 'job queue error'),
        onDatabaseStatus: (status) =>
          (status.available ? logger.info : logger.warn).call(
            logger,
            describeDatabaseStatus(status),
          ),
      },
    );
    closers.push({
      name: 'the job queue',
      close: () => rawQueue.close({ timeoutMs: STOP_TIMEOUT_MS }),
    });
    const queue = tracingQueue(rawQueue);

    // The configured AI provider writes the builds' showcase copy and draws its pictures
    // (AI_PROVIDER, as for `storecraft generate`); loaded only when one is configured.
    const ai =
      config.ai.provider === 'procedural'
        ? undefined
        : (await import('@storecraft/ai')).openBuildAi(config.ai, { storage });
    if (ai) {
      logger.info(
        { provider: ai.provider, text: ai.copy?.textChain, images: ai.pictures?.imageChain },
        'catalog builds use the AI provider',
      );
    }

    // The job definitions, traced: enqueued while serving a request (or inside a traced job), a
    // job's payload carries the trace on to the worker that runs it.
    let renderer: RenderPool | undefined;
    const rendering = (): RenderPool => {
      if (!renderer)
        throw new AppError('INTERNAL', 'This process renders no images (STORECRAFT_WORKERS=0)');
      return renderer;
    };
    const pictures = ai?.pictures
      ? buildPictureSource({ db: database.db, pictures: ai.pictures })
      : undefined;
    const image = tracedJob(
      renderImageJob({
        db: database.db,
        storage,
        renderer: {
          render: (...args) => rendering().render(...args),
          encode: (...args) => rendering().encode(...args),
        },
        ...(pictures ? { pictures } : {}),
      }),
      logger,
    );
    const catalog = tracedJob(
      catalogBuildJob({ db: database.db, storage, queue, imageJob: image, ...(ai ? { ai } : {}) }),
      logger,
    );
    const exporting = tracedJob(exportJob({ db: database.db, storage }), logger);
    const jobs: GenerationJobs = { image, catalog, export: exporting };

    const gateway = options.createGateway
      ? await options.createGateway({
          config,
          database,
          storage,
          signingSecret,
          queue,
          jobs,
          logger,
          production: web.production,
        })
      : undefined;
    if (gateway) closers.push({ name: 'the gateway', close: () => gateway.close() });
    publishPageBridge(gateway?.pages);
    closers.push({
      name: 'the page bridge',
      close: () => Promise.resolve(publishPageBridge(undefined)),
    });

    if (web.workers > 0) {
      const { createRenderPool } = await import('@storecraft/images');
      const pool = createRenderPool();
      renderer = pool;
      closers.push({ name: 'the image renderer', close: () => pool.destroy() });
      const runner = rawQueue.work([image, catalog, exporting] as AnyJobDefinition[], {
        concurrency: web.workers,
      });
      closers.push({
        name: 'the workers',
        close: async () => {
          const report = await runner.stop({ timeoutMs: STOP_TIMEOUT_MS });
          logger.info(report, 'workers stopped (interrupted jobs went back to the queue)');
        },
      });
      // Jobs a previous process left behind (crash, kill -9) are sent again.
      void rawQueue
        .recover()
        .catch((error: unknown) => logger.warn({ err: error }, 'job recovery failed'));
    }

    const listen = databaseListener(database.db, database.driver);
    let feed: JobChangeFeed | undefined;
    if (listen) {
      feed = await listenForJobChanges(listen);
      const opened = feed;
      closers.push({ name: 'the job change listener', close: () => opened.close() });
    }

    let limiterPool: pg.Pool | undefined;
    if (config.database.driver === 'postgres') {
      // Counters are consumed on every request and need no durability: a commit that does not
      // wait for the WAL flush keeps the limiter's round trip short (a crash forgets a few hits).
      // As many connections as the app's pool: every request in flight consumes one counter
      // first, and two connections made concurrent requests queue (p99 306 → 66 ms at 200 req/s).
      limiterPool = new pg.Pool({
        connectionString: config.database.url,
        max: config.database.poolMax,
        options: '-c synchronous_commit=off',
      });
      limiterPool.on('error', () => undefined);
      closers.push({ name: 'the rate limit store', close: poolCloser(limiterPool) });
    }
    const rateLimits = await createRateLimits(
      options.rateLimits,
      limiterPool
        ? {
            pool: limiterPool,
            onError: (error) => logger.warn({ err: error }, 'rate limit store failed'),
          }
        : undefined,
    ).catch(async (error: unknown) => {
      // A runtime role that may not create the counters' table: count in memory instead.
      logger.warn({ err: error }, 'rate limits: PostgreSQL store unavailable, counting in memory');
      return createRateLimits(options.rateLimits);
    });

    const port = options.port ?? config.server.port;
    const pages =
      options.pages === false
        ? undefined
        : startPages({ logger, hostname: 'localhost', port: port === 0 ? 3000 : port });
    const server = createWebServer({
      db: database.db,
      storage,
      signingSecret,
      logger,
      rateLimits,
      production: web.production,
      auth: gateway?.auth,
      trpc: gateway?.trpc,
      health: {
        workers: web.workers,
        probeQueue: async () => {
          await database.db.execute(`select 1 from pgboss.queue limit 1`);
        },
      },
      feed,
      pages,
      publicUrl: config.server.publicUrl,
      ...(options.sse ? { sse: options.sse } : {}),
    });
    const boundPort = await server.listen(port, web.host);
    // Stopping: the server first (no new work), then workers, queue, database (closers, newest first).
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        await server.close();
        await closeAll();
      })();
      return stopping;
    };
    const shownHost = web.host === '0.0.0.0' || web.host === '::' ? 'localhost' : web.host;
    return {
      url: `http://${shownHost}:${boundPort}`,
      port: boundPort,
      database,
      storage,
      queue,
      server,
      pagesReady: pages?.ready ?? Promise.resolve(),
      stop,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * Brings the schema up to date as its owner, then opens the runtime connection. On PGlite both are
 * the one handle; on PostgreSQL the owner is MIGRATION_DATABASE_URL (default DATABASE_URL) and is
 * closed again, and starting the queue once as the owner installs pg-boss's schema.
 */
async function openMigratedDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const started = performance.now();
  if (config.database.driver === 'pglite') {
    const handle = await createDatabase(config.database);
    try {
      const report = await migrate(handle.db);
      logger.info({ ...report, ms: Math.round(performance.now() - started) }, 'database migrated');
      return handle;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  const owner = await createDatabase({
    driver: 'postgres',
    url: config.database.migrationUrl,
    poolMax: 2,
  });
  try {
    const report = await migrate(owner.db);
    const queue = await createJobQueue({ db: owner.db, backend: jobBackendOf(owner) });
    await queue.close();
    logger.info({ ...report, ms: Math.round(performance.now() - started) }, 'database migrated');
  } finally {
    await owner.close();
  }
  return createDatabase(
    { driver: 'postgres', url: config.database.url, poolMax: config.database.poolMax },
    {
      onIdleConnectionError: (error) =>
        logger.warn({ err: error }, 'a database connection dropped'),
    },
  );
}
