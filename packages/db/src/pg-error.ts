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
} as const;
