import { loadConfig } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { createGateway } from './gateway.ts';
import { createLogger } from './logger.ts';
import { startPlatform } from './start-platform.ts';
import { loadWebSettings } from './web-settings.ts';

/**
 * `npm start`: migrate, then serve web + API (+ in-process workers) until SIGTERM/SIGINT. The one
 * place in the web app that reads the environment; everything else receives the parsed config.
 */
async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the composition root hands the environment to the config parsers
  const env = process.env;
  let config;
  let web;
  try {
    config = loadConfig(env);
    web = loadWebSettings(env);
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const platform = await startPlatform(config, web, { logger, createGateway });
  const workers =
    web.workers > 0 ? `${web.workers} in-process workers` : 'no workers (run `storecraft worker`)';
  process.stderr.write(
    `StoreCraft is running at ${platform.url} (${config.database.driver === 'pglite' ? 'embedded database in .storecraft/' : 'PostgreSQL'}, ${workers}). Ctrl-C stops.\n`,
  );
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(signal === 'SIGINT' ? 130 : 143);
    signalled = true;
    logger.info({ signal }, 'stopping: no new requests; in-flight jobs go back to the queue');
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  const message = error instanceof AppError ? error.userMessage : String(error);
  process.stderr.write(`storecraft: could not start: ${message}\n`);
  if (!(error instanceof AppError)) console.error(error);
  process.exit(1);
});
