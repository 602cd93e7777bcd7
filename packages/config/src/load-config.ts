import path from 'node:path';
import { AppError, type FieldError } from '@storecraft/core';
import { z } from 'zod';

/**
 * The one reader of the environment. `loadConfig(process.env)` is called once by each app's
 * composition root and the typed result is passed down; nothing validates at import time and no
 * `.env` is needed: every setting has an embedded default.
 */

export type DatabaseConfig =
  | { driver: 'pglite'; dataDir: string }
  | {
      driver: 'postgres';
      /** The runtime connection (`DATABASE_URL`): ideally a role that cannot bypass row-level security. */
      url: string;
      poolMax: number;
      /** The schema owner (`MIGRATION_DATABASE_URL`, else `DATABASE_URL`): migrations only. */
      migrationUrl: string;
    };

export type StorageConfig =
  | { driver: 'local'; dir: string }
  | {
      driver: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };

/** Only the offline procedural engine exists so far; other providers are refused at start. */
export type AiConfig = { provider: 'procedural' };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  /** Root of embedded state (`.storecraft` in the working directory by default). */
  homeDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  ai: AiConfig;
  server: { port: number; publicUrl: string };
  secrets: {
    /**
     * `STORECRAFT_SECRET`, the HMAC key for signed download URLs, when set (always in production).
     * Without it, `resolveSigningSecret` uses this installation's own random key in `homeDir`.
     */
    signingSecret: string | undefined;
  };
  logLevel: LogLevel;
}

type Env = Readonly<Record<string, string | undefined>>;

const postgresUrl = (variable: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, `${variable} must start with postgres:// or postgresql://`)
      .optional(),
  );

function oneOf<const T extends readonly [string, ...string[]]>(variable: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      `${variable} must be one of ${values.join(', ')} (got ${JSON.stringify(issue.input)})`,
  });
}

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const booleanText = (variable: string) =>
  z
    .enum(['true', 'false', '1', '0'], {
      error: (issue) => `${variable} must be true or false (got ${JSON.stringify(issue.input)})`,
    })
    .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  STORECRAFT_HOME: optionalText,
  DATABASE_URL: postgresUrl('DATABASE_URL'),
  MIGRATION_DATABASE_URL: postgresUrl('MIGRATION_DATABASE_URL'),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'DATABASE_POOL_MAX must be a whole number' })
    .int()
    .min(1)
    .max(200)
    .default(10),
  STORAGE_DRIVER: oneOf('STORAGE_DRIVER', ['local', 's3']).default('local'),
  STORAGE_DIR: optionalText,
  S3_BUCKET: optionalText,
  S3_REGION: optionalText,
  S3_ENDPOINT: optionalText.pipe(z.url({ error: 'S3_ENDPOINT must be a URL' }).optional()),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: booleanText('S3_FORCE_PATH_STYLE').default(false),
  // The planned providers are known so that choosing one gets "not available yet", not "unknown".
  AI_PROVIDER: z
    .enum(['procedural', 'openai', 'replicate'], {
      error: (issue) =>
        `AI_PROVIDER must be procedural, the only provider implemented so far (got ${JSON.stringify(issue.input)})`,
    })
    .default('procedural'),
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(1, 'PORT must be between 1 and 65535')
    .max(65535, 'PORT must be between 1 and 65535')
    .default(3000),
  PUBLIC_URL: optionalText.pipe(z.url({ error: 'PUBLIC_URL must be a URL' }).optional()),
  STORECRAFT_SECRET: optionalText.pipe(
    z.string().min(32, 'STORECRAFT_SECRET must be at least 32 characters').optional(),
  ),
  LOG_LEVEL: oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error']).default('info'),
  NODE_ENV: optionalText,
});

type ParsedEnv = z.infer<typeof envSchema>;

/**
 * Builds the typed config from an environment map. Throws `AppError('INVALID_INPUT')` whose field
 * errors name each offending variable.
 */
export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  // A variable set to blank (`AI_PROVIDER=`) means "use the default", as in most tools.
  const present = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1]?.trim() !== '' && entry[1] !== undefined,
    ),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    fail(
      parsed.error.issues.map((issue) => ({
        path: String(issue.path[0] ?? '(env)'),
        message: issue.message,
      })),
    );
  }
  const e = parsed.data;
  const errors: FieldError[] = [];
  const homeDir = path.resolve(cwd, e.STORECRAFT_HOME ?? '.storecraft');

  const database: DatabaseConfig = e.DATABASE_URL
    ? {
        driver: 'postgres',
        url: e.DATABASE_URL,
        poolMax: e.DATABASE_POOL_MAX,
        migrationUrl: e.MIGRATION_DATABASE_URL ?? e.DATABASE_URL,
      }
    : { driver: 'pglite', dataDir: path.join(homeDir, 'db') };
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL) {
    errors.push({
      path: 'MIGRATION_DATABASE_URL',
      message:
        'MIGRATION_DATABASE_URL needs DATABASE_URL too (the connection the app runs with); the embedded database has no separate owner',
    });
  }

  const storage = buildStorage(e, homeDir, cwd, errors);
  if (e.AI_PROVIDER !== 'procedural') {
    errors.push({
      path: 'AI_PROVIDER',
      message: `AI_PROVIDER=${e.AI_PROVIDER} is not available yet in this version: only procedural is implemented (unset AI_PROVIDER)`,
    });
  }

  if (!e.STORECRAFT_SECRET && e.NODE_ENV === 'production') {
    errors.push({
      path: 'STORECRAFT_SECRET',
      message: 'STORECRAFT_SECRET is required when NODE_ENV=production (32+ random characters)',
    });
  }
  if (errors.length > 0) fail(errors);

  return {
    homeDir,
    database,
    storage,
    ai: { provider: 'procedural' },
    server: { port: e.PORT, publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}` },
    secrets: { signingSecret: e.STORECRAFT_SECRET },
    logLevel: e.LOG_LEVEL,
  };
}

function buildStorage(
  e: ParsedEnv,
  homeDir: string,
  cwd: string,
  errors: FieldError[],
): StorageConfig {
  switch (e.STORAGE_DRIVER) {
    case 'local':
      return {
        driver: 'local',
        dir: e.STORAGE_DIR ? path.resolve(cwd, e.STORAGE_DIR) : path.join(homeDir, 'files'),
      };
    case 's3': {
      const required = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
      for (const name of required) {
        if (!e[name])
          errors.push({ path: name, message: `${name} is required when STORAGE_DRIVER=s3` });
      }
      return {
        driver: 's3',
        bucket: e.S3_BUCKET ?? '',
        region: e.S3_REGION ?? 'us-east-1',
        endpoint: e.S3_ENDPOINT,
        accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
        forcePathStyle: e.S3_FORCE_PATH_STYLE,
      };
    }
    default:
      return assertNever(e.STORAGE_DRIVER);
  }
}

function fail(errors: FieldError[]): never {
  throw new AppError(
    'INVALID_INPUT',
    `Invalid configuration:\n${errors.map((err) => `  - ${err.message}`).join('\n')}`,
    { fieldErrors: errors },
  );
}

function assertNever(value: never): never {
  throw new Error(`Unhandled value ${String(value)}`);
}
