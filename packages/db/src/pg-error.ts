import { AppError } from '@storecraft/core';

/**
 * Drizzle wraps driver errors ("Failed query: …") with the Postgres error as `cause`. This digs
 * out the SQLSTATE code and server message, e.g. to turn 23505 into a CONFLICT.
 */
export interface PgErrorInfo {
  code: string | undefined;
  message: string;
  constraint: string | undefined;
}

export function pgErrorOf(error: unknown): PgErrorInfo | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      constraint?: unknown;
      cause?: unknown;
    };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return {
        code: e.code,
        message: String(e.message),
        constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
      };
    }
    current = e.cause;
  }
  return undefined;
}

export const pgErrorCodes = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  insufficientPrivilege: '42501',
  undefinedTable: '42P01',
  invalidPassword: '28P01',
  invalidAuthorization: '28000',
  invalidCatalogName: '3D000',
  adminShutdown: '57P01',
  crashShutdown: '57P02',
  cannotConnectNow: '57P03',
  tooManyConnections: '53300',
} as const;

/** Server codes that mean "the database is not there right now", not "the statement is wrong". */
const UNAVAILABLE_SQLSTATES = new Set<string>([
  pgErrorCodes.adminShutdown,
  pgErrorCodes.crashShutdown,
  pgErrorCodes.cannotConnectNow,
  pgErrorCodes.tooManyConnections,
  // A database being created (or restored) shows up a moment later.
  pgErrorCodes.invalidCatalogName,
]);

/** Socket errors of a server that is down, restarting or unreachable. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What node-postgres says when a connection died or never came up (it sets no code). */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout/,
];

interface ErrorFields {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  address?: unknown;
  port?: unknown;
  hostname?: unknown;
}

/** The error and its causes (and the attempts of an AggregateError), outermost first. */
function* chainOf(error: unknown): Generator<ErrorFields> {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 10; seen++) {
    const current = queue.shift();
    if (!current || typeof current !== 'object') continue;
    const fields = current as ErrorFields;
    yield fields;
    if (Array.isArray(fields.errors)) queue.push(...(fields.errors as unknown[]));
    queue.push(fields.cause);
  }
}

/**
 * Why the database cannot be reached right now — a short phrase for logs such as `ECONNREFUSED`
 * or `57P01 terminating connection due to administrator command` — or undefined when `error` is
 * anything else (a bad statement, a constraint, a bug). Such errors are worth retrying once the
 * server is back.
 */
export function databaseUnavailableReason(error: unknown): string | undefined {
  for (const e of chainOf(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : '';
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) {
      return `${code} ${message}`.trim();
    }
    if (code === '55000' && /not currently accepting connections/.test(message)) {
      return `${code} ${message}`;
    }
    if (code && UNAVAILABLE_ERRNOS.has(code)) return code;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return message;
  }
  return undefined;
}

/**
 * A database error as an `AppError` whose `userMessage` is one plain sentence (never the SQL of
 * a "Failed query"), or undefined when `error` did not come from the database. For the edges: the
 * CLI's error handler, an HTTP error formatter.
 */
export function databaseAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return undefined;
  const make = (code: AppError['code'], userMessage: string) =>
    new AppError(code, error instanceof Error ? error.message : String(error), {
      userMessage,
      cause: error,
    });

  for (const e of chainOf(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    switch (code) {
      case 'ECONNREFUSED': {
        const port = typeof e.port === 'number' || typeof e.port === 'string' ? `:${e.port}` : '';
        const where = typeof e.address === 'string' ? ` at ${e.address}${port}` : '';
        return make(
          'INTERNAL',
          `Cannot connect to the database${where}: the connection was refused. Is PostgreSQL running, and is DATABASE_URL right?`,
        );
      }
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return make(
          'INTERNAL',
          `Cannot find the database host${typeof e.hostname === 'string' ? ` ${e.hostname}` : ''}; check DATABASE_URL.`,
        );
      case pgErrorCodes.invalidCatalogName:
        return make('INTERNAL', `The ${message}; create it or fix DATABASE_URL.`);
      case pgErrorCodes.invalidPassword:
      case pgErrorCodes.invalidAuthorization:
        return make(
          'FORBIDDEN',
          `The database refused the login (${message}); check the user and password in DATABASE_URL.`,
        );
      case pgErrorCodes.undefinedTable:
        return make(
          'INTERNAL',
          'The database has no StoreCraft tables yet, or older ones; run `storecraft db migrate`.',
        );
      case pgErrorCodes.uniqueViolation:
        return make(
          'CONFLICT',
          `That already exists in the database (${pgErrorOf(error)?.constraint ?? message}).`,
        );
      case pgErrorCodes.foreignKeyViolation:
        return make(
          'CONFLICT',
          'Something this refers to is no longer in the database; it may have been deleted meanwhile.',
        );
      case pgErrorCodes.insufficientPrivilege:
        return make(
          'FORBIDDEN',
          `The database user lacks a permission (${message}); run \`storecraft db migrate\` as the database owner.`,
        );
      default:
        break;
    }
  }
  const unavailable = databaseUnavailableReason(error);
  if (unavailable) {
    return make(
      'INTERNAL',
      `The database connection was lost (${unavailable}); the server may be restarting, so try again in a moment.`,
    );
  }
  const info = pgErrorOf(error);
  if (info) {
    return make(
      'INTERNAL',
      `The database rejected the request (${info.code ?? 'error'}: ${info.message}).`,
    );
  }
  return undefined;
}
