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

/** An OpenAI or OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp) for text and images. */
export interface OpenAiSettings {
  /** Undefined for a local server that needs none. */
  apiKey: string | undefined;
  baseUrl: string;
  textModel: string;
  imageModel: string;
}

export interface ReplicateSettings {
  apiToken: string;
  baseUrl: string;
  /** `owner/name:version`, pinned so a seed draws the same picture. */
  imageModel: string;
}

/** What the AI providers share: the answer cache, the budget and an optional local text server. */
export interface AiCommonSettings {
  /** `live` (cache, then provider), `replay` (cache only, fail on a miss), `refresh` (always ask). */
  cacheMode: 'live' | 'replay' | 'refresh';
  /** Estimated spend after which AI work stops and the rest is procedural. */
  maxCostUsd: number | undefined;
  /** A second OpenAI-compatible server the text chain falls back to before procedural copy. */
  localText: { baseUrl: string; model: string } | undefined;
}

/**
 * `procedural` is the offline default. `openai` writes copy (and draws with `gpt-image-*`);
 * `replicate` draws pictures, with copy from OpenAI when a key is set too, else procedural.
 */
export type AiConfig =
  | { provider: 'procedural' }
  | ({
      provider: 'openai';
      openai: OpenAiSettings;
      replicate: ReplicateSettings | undefined;
    } & AiCommonSettings)
  | ({
      provider: 'replicate';
      replicate: ReplicateSettings;
      openai: OpenAiSettings | undefined;
    } & AiCommonSettings);

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

const httpUrl = (variable: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+/, `${variable} must be an http:// or https:// URL`)
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
  AI_PROVIDER: oneOf('AI_PROVIDER', ['procedural', 'openai', 'replicate']).default('procedural'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl('OPENAI_BASE_URL'),
  OPENAI_TEXT_MODEL: optionalText,
  OPENAI_IMAGE_MODEL: optionalText,
  REPLICATE_API_TOKEN: optionalText,
  REPLICATE_BASE_URL: httpUrl('REPLICATE_BASE_URL'),
  REPLICATE_IMAGE_MODEL: optionalText.pipe(
    z
      .string()
      .regex(
        /^[\w.-]+\/[\w.-]+:[0-9a-f]{8,64}$/,
        'REPLICATE_IMAGE_MODEL must be a pinned version, owner/name:version (e.g. black-forest-labs/flux-schnell:c846a699…)',
      )
      .optional(),
  ),
  AI_CACHE_MODE: oneOf('AI_CACHE_MODE', ['live', 'replay', 'refresh']).default('live'),
  AI_MAX_COST_USD: z.coerce
    .number({ error: 'AI_MAX_COST_USD must be a number of US dollars, e.g. 5' })
    .positive('AI_MAX_COST_USD must be more than 0')
    .optional(),
  AI_LOCAL_BASE_URL: httpUrl('AI_LOCAL_BASE_URL'),
  AI_LOCAL_TEXT_MODEL: optionalText,
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

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_REPLICATE_BASE_URL = 'https://api.replicate.com/v1';

function buildAi(e: ParsedEnv, errors: FieldError[]): AiConfig {
  const openai = (): OpenAiSettings => ({
    apiKey: e.OPENAI_API_KEY,
    baseUrl: e.OPENAI_BASE_URL ?? DEFAULT_OPENAI_BASE_URL,
    textModel: e.OPENAI_TEXT_MODEL ?? 'gpt-5-mini',
    imageModel: e.OPENAI_IMAGE_MODEL ?? 'gpt-image-1-mini',
  });
  const replicate = (): ReplicateSettings => ({
    apiToken: e.REPLICATE_API_TOKEN ?? '',
    baseUrl: e.REPLICATE_BASE_URL ?? DEFAULT_REPLICATE_BASE_URL,
    imageModel: e.REPLICATE_IMAGE_MODEL ?? '',
  });
  const hasReplicate = e.REPLICATE_API_TOKEN !== undefined && e.REPLICATE_IMAGE_MODEL !== undefined;
  const common: AiCommonSettings = {
    cacheMode: e.AI_CACHE_MODE,
    maxCostUsd: e.AI_MAX_COST_USD,
    localText: e.AI_LOCAL_BASE_URL
      ? {
          baseUrl: e.AI_LOCAL_BASE_URL,
          model: e.AI_LOCAL_TEXT_MODEL ?? e.OPENAI_TEXT_MODEL ?? 'llama3.1',
        }
      : undefined,
  };
  if (e.AI_LOCAL_TEXT_MODEL && !e.AI_LOCAL_BASE_URL) {
    errors.push({
      path: 'AI_LOCAL_TEXT_MODEL',
      message: 'AI_LOCAL_TEXT_MODEL needs AI_LOCAL_BASE_URL (the local server it runs on)',
    });
  }
  switch (e.AI_PROVIDER) {
    case 'procedural':
      return { provider: 'procedural' };
    case 'openai':
      // The official API needs a key; a local OpenAI-compatible server usually does not.
      if (!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
        errors.push({
          path: 'OPENAI_API_KEY',
          message:
            'OPENAI_API_KEY is required when AI_PROVIDER=openai (or set OPENAI_BASE_URL to an OpenAI-compatible server that needs no key)',
        });
      }
      return {
        provider: 'openai',
        openai: openai(),
        replicate: hasReplicate ? replicate() : undefined,
        ...common,
      };
    case 'replicate':
      for (const name of ['REPLICATE_API_TOKEN', 'REPLICATE_IMAGE_MODEL'] as const) {
        if (!e[name])
          errors.push({ path: name, message: `${name} is required when AI_PROVIDER=replicate` });
      }
      return {
        provider: 'replicate',
        replicate: replicate(),
        openai: e.OPENAI_API_KEY || e.OPENAI_BASE_URL ? openai() : undefined,
        ...common,
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
