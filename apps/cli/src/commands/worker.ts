import { Option, type Command } from 'commander';
import { resolveSigningSecret } from '@storecraft/config';
import { AppError, parseInput } from '@storecraft/core';
import { z } from 'zod';
import { withJobLines } from '../job-lines.ts';
import type { CliContext } from '../program.ts';
import { wholeNumberSchema } from './options.ts';

const optionsSchema = z.object({
  concurrency: wholeNumberSchema({ min: 1, max: 200, example: 20 }),
});

export function registerWorkerCommand(
  program: Command,
  { config, out, otlpEndpoint }: CliContext,
): void {
  program
    .command('worker')
    .description(
      'Work generation jobs from the shared PostgreSQL queue (DATABASE_URL) until stopped (SIGTERM/SIGINT)',
    )
    .addOption(new Option('--concurrency <n>', 'jobs this process runs at once').default('20'))
    .action(async (raw: Record<string, unknown>) => {
      const options = parseInput(optionsSchema, raw, 'options');
      const settings = config();
      if (settings.database.driver !== 'postgres') {
        throw new AppError(
          'INVALID_INPUT',
          'storecraft worker needs DATABASE_URL: the embedded database belongs to one process, and generate already works its jobs in-process.',
        );
      }
      // The queue, storage and renderer load only for this command.
      const [
        { createRenderPool },
        { describeDatabaseStatus, runWorkerProcess, WorkerStoppedError },
        { buildPictureSource, catalogBuildJob, exportJob, renderImageJob },
        { createStorage },
        { startTracing, tracedJob, tracingQueue },
      ] = await Promise.all([
        import('@storecraft/images'),
        import('@storecraft/jobs'),
        import('@storecraft/services'),
        import('@storecraft/storage'),
        import('@storecraft/telemetry'),
      ]);
      // Spans exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; either way a job started
      // by an HTTP request continues that request's trace (its payload carries the traceparent).
      const tracing = await startTracing(otlpEndpoint, 'storecraft-worker');
      const storage = createStorage(settings.storage, {
        signingSecret: await resolveSigningSecret(settings),
        publicUrl: settings.server.publicUrl,
      });
      const renderer = createRenderPool();
      // The configured AI provider writes the builds' showcase copy and draws its pictures; each
      // image job carries its brief, so this worker can draw any build's pictures.
      const ai =
        settings.ai.provider === 'procedural'
          ? undefined
          : (await import('@storecraft/ai')).openBuildAi(settings.ai, { storage });
      if (ai) {
        out.info(
          `worker: AI copy ${ai.copy?.textChain ?? 'procedural'}, AI pictures ${ai.pictures?.imageChain ?? 'procedural'}`,
        );
      }
      try {
        // A database that is down or not created yet is waited for, one line per check.
        const worker = await runWorkerProcess({
          databaseUrl: settings.database.url,
          concurrency: options.concurrency,
          // Catalog builds and exports (started through the API) and the image jobs builds enqueue.
          defs: ({ db, queue }) => {
            const pictures = ai?.pictures
              ? buildPictureSource({ db, pictures: ai.pictures })
              : undefined;
            const image = tracedJob(
              withJobLines(
                renderImageJob({ db, storage, renderer, ...(pictures ? { pictures } : {}) }),
                out,
              ),
            );
            // The image jobs a build enqueues carry its trace on to whichever worker runs them.
            const catalog = tracedJob(
              withJobLines(
                catalogBuildJob({
                  db,
                  storage,
                  queue: tracingQueue(queue),
                  imageJob: image,
                  ...(ai ? { ai } : {}),
                }),
                out,
              ),
            );
            const exporting = tracedJob(withJobLines(exportJob({ db, storage }), out));
            return [image, catalog, exporting];
          },
          onDatabaseStatus: (status) =>
            (status.available ? out.info : out.warn)(`worker: ${describeDatabaseStatus(status)}`),
        }).catch((error: unknown) => {
          if (error instanceof WorkerStoppedError) return undefined;
          throw error;
        });
        if (!worker) {
          out.info('worker: stopped before the database became available');
          return;
        }
        // Checked once the database answers, so that a worker started early waits rather than fails.
        const { warnIfRlsCanBeBypassed } = await import('../database-setup.ts');
        await warnIfRlsCanBeBypassed(settings.database, out.warn);
        out.info(
          `worker: ${options.concurrency} slots on ${new URL(settings.database.url).host}; SIGTERM or Ctrl-C stops gracefully`,
        );
        const report = await worker.stopped;
        out.info(
          `worker: stopped (${report.finished} finished, ${report.interrupted} returned to the queue, ${report.abandoned} left to their lease)`,
        );
      } finally {
        await renderer.destroy();
        await tracing.shutdown();
      }
    });
}
