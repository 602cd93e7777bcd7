import { Option, type Command } from 'commander';
import { AppError, parseInput } from '@storecraft/core';
import { z } from 'zod';
import type { CliContext } from '../program.ts';

const optionsSchema = z.object({
  concurrency: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1)
    .max(200),
});

export function registerWorkerCommand(program: Command, { config, out }: CliContext): void {
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
      const [{ createRenderPool }, { runWorkerProcess }, { renderImageJob }, { createStorage }] =
        await Promise.all([
          import('@storecraft/images'),
          import('@storecraft/jobs'),
          import('@storecraft/services'),
          import('@storecraft/storage'),
        ]);
      const storage = createStorage(settings.storage, {
        signingSecret: settings.secrets.signingSecret,
        publicUrl: settings.server.publicUrl,
      });
      const renderer = createRenderPool();
      try {
        const worker = await runWorkerProcess({
          databaseUrl: settings.database.url,
          concurrency: options.concurrency,
          defs: ({ db }) => [renderImageJob({ db, storage, renderer })],
        });
        out.stderr(
          `worker: ${options.concurrency} slots on ${new URL(settings.database.url).host}; SIGTERM or Ctrl-C stops gracefully\n`,
        );
        const report = await worker.stopped;
        out.stderr(
          `worker: stopped (${report.finished} finished, ${report.interrupted} returned to the queue, ${report.abandoned} left to their lease)\n`,
        );
      } finally {
        await renderer.destroy();
      }
    });
}
