import path from 'node:path';
import { AppError, type FieldError } from '@storecraft/core';
import { z } from 'zod';

/**
 * The one reader of the environment. `loadConfig(process.env)` is called once by each app's
 * composition root and the typed result is passed down; nothing validates at import time and no
 * `.env` is needed: every setting has an embedded default.
 */

export type DatabaseConfig =
  { driver: 'pglite'; dataDir: string } | { driver: 'postgres'; url: string; poolMax: number };

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

export type AiConfig =
  | { provider: 'procedural' }
  | { provider: 'openai'; apiKey: string; baseUrl: string; textModel: string; imageModel: string }
  | { provider: 'replicate'; apiToken: string; baseUrl: string; imageModel: string };

export interface Config {
  /** Root of embedded state (`.storecraft` in the working directory by default). */
  homeDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  ai: AiConfig;
  server: { port: number; publicUrl: string };
  secrets: {
    /** HMAC key for signed download URLs. */
    signingSecret: string;
    /** True when no STORECRAFT_SECRET was given and a development key is in use. */
    isDevelopmentSecret: boolean;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

type Env = Readonly<Record<string, string | undefined>>;

const DEVELOPMENT_SECRET = 'storecraft-development-secret-do-not-use-in-production';

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
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
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
  AI_PROVIDER: oneOf('AI_PROVIDER', ['procedural', 'openai', 'replicate']).default('procedural'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url({ error: 'OPENAI_BASE_URL must be a URL' }).optional()),
  OPENAI_TEXT_MODEL: optionalText,
  OPENAI_IMAGE_MODEL: optionalText,
  REPLICATE_API_TOKEN: optionalText,
  REPLICATE_BASE_URL: optionalText.pipe(
    z.url({ error: 'REPLICATE_BASE_URL must be a URL' }).optional(),
  ),
  REPLICATE_IMAGE_MODEL: optionalText,
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
    ? { driver: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
    : { driver: 'pglite', dataDir: path.join(homeDir, 'db') };

  const storage = buildStorage(e, homeDir, cwd, errors);
  const ai = buildAi(e, errors);

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
    ai,
    server: { port: e.PORT, publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}` },
    secrets: {
      signingSecret: e.STORECRAFT_SECRET ?? DEVELOPMENT_SECRET,
      isDevelopmentSecret: !e.STORECRAFT_SECRET,
    },
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

function buildAi(e: ParsedEnv, errors: FieldError[]): AiConfig {
  switch (e.AI_PROVIDER) {
    case 'procedural':
      return { provider: 'procedural' };
    case 'openai':
      if (!e.OPENAI_API_KEY) {
        errors.push({
          path: 'OPENAI_API_KEY',
          message: 'OPENAI_API_KEY is required when AI_PROVIDER=openai',
        });
      }
      return {
        provider: 'openai',
        apiKey: e.OPENAI_API_KEY ?? '',
        baseUrl: e.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
        textModel: e.OPENAI_TEXT_MODEL ?? 'gpt-4o-mini',
        imageModel: e.OPENAI_IMAGE_MODEL ?? 'gpt-image-1',
      };
    case 'replicate':
      if (!e.REPLICATE_API_TOKEN) {
        errors.push({
          path: 'REPLICATE_API_TOKEN',
          message: 'REPLICATE_API_TOKEN is required when AI_PROVIDER=replicate',
        });
      }
      return {
        provider: 'replicate',
        apiToken: e.REPLICATE_API_TOKEN ?? '',
        baseUrl: e.REPLICATE_BASE_URL ?? 'https://api.replicate.com/v1',
        imageModel: e.REPLICATE_IMAGE_MODEL ?? 'stability-ai/sdxl',
      };
    default:
      return assertNever(e.AI_PROVIDER);
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
