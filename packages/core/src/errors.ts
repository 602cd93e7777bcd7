/**
 * The one error type that crosses layers. Services throw it; only the edges (CLI error handler,
 * tRPC error formatter, HTTP routes) translate its code into an exit code or a status.
 */
export const appErrorCodes = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'RATE_LIMITED',
  'PROVIDER_FAILED',
  'INTERNAL',
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** A field-level problem, e.g. `{ path: 'products', message: 'must be between 1 and 100000' }`. */
export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** Safe to show to the user; defaults to the message. */
  userMessage?: string;
  fieldErrors?: FieldError[];
  cause?: unknown;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: FieldError[];

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.fieldErrors = options.fieldErrors ?? [];
  }

  static is(error: unknown, code?: AppErrorCode): error is AppError {
    return error instanceof AppError && (code === undefined || error.code === code);
  }
}

/** Turns zod issues into field errors with dotted paths. */
export function toFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/**
 * Parses `input` with `schema`, throwing `INVALID_INPUT` with field errors instead of a ZodError,
 * so every edge reports bad input the same way.
 */
export function parseInput<T>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
  what = 'input',
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = toFieldErrors(result.error.issues);
  const detail = fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ');
  throw new AppError('INVALID_INPUT', `Invalid ${what}: ${detail}`, { fieldErrors });
}
