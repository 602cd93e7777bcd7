import { pino, type Logger } from 'pino';
import type { LogLevel } from '@storecraft/config';

export type { Logger };

/**
 * JSON logs on stdout. Headers are never logged whole; these paths are redacted anyway in case a
 * caller passes a request-shaped object, so cookies, tokens and keys cannot leak by accident.
 */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'storecraft-web' },
      redact: {
        paths: [
          'headers.cookie',
          'headers.authorization',
          'req.headers.cookie',
          'req.headers.authorization',
          '*.password',
          '*.token',
          '*.secret',
          'password',
          'token',
          'secret',
          'key',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
