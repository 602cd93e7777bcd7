import path from 'node:path';
import { AppError } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';

const cwd = '/srv/app';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({}, cwd);
    expect(config.database).toEqual({
      driver: 'pglite',
      dataDir: path.join(cwd, '.storecraft', 'db'),
    });
    expect(config.storage).toEqual({
      driver: 'local',
      dir: path.join(cwd, '.storecraft', 'files'),
    });
    expect(config.ai).toEqual({ provider: 'procedural' });
    expect(config.server.port).toBe(3000);
    // No key in the source: resolveSigningSecret makes one per installation.
    expect(config.secrets.signingSecret).toBeUndefined();
    expect(config.logLevel).toBe('info');
  });

  it('uses Postgres when DATABASE_URL is set', () => {
    const config = loadConfig(
      { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', DATABASE_POOL_MAX: '4' },
      cwd,
    );
    expect(config.database).toEqual({
      driver: 'postgres',
      url: 'postgres://u@127.0.0.1:5432/db',
      poolMax: 4,
      migrationUrl: 'postgres://u@127.0.0.1:5432/db',
    });
  });

  it('migrates through MIGRATION_DATABASE_URL when it is set', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://storecraft_runtime@127.0.0.1:5432/db',
        MIGRATION_DATABASE_URL: 'postgres://owner@127.0.0.1:5432/db',
      },
      cwd,
    );
    expect(config.database).toMatchObject({
      url: 'postgres://storecraft_runtime@127.0.0.1:5432/db',
      migrationUrl: 'postgres://owner@127.0.0.1:5432/db',
    });
  });

  it('refuses a migration URL without a runtime one, or a malformed one', () => {
    expect(
      errorOf(() => loadConfig({ MIGRATION_DATABASE_URL: 'postgres://owner@h/db' }, cwd)).message,
    ).toContain('MIGRATION_DATABASE_URL needs DATABASE_URL too');
    expect(
      errorOf(() =>
        loadConfig({ DATABASE_URL: 'postgres://u@h/db', MIGRATION_DATABASE_URL: 'mysql://x' }, cwd),
      ).message,
    ).toContain('MIGRATION_DATABASE_URL must start with postgres://');
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '  ', AI_PROVIDER: '' }, cwd).database.driver).toBe('pglite');
  });

  it('names the variable and the allowed values for an unknown choice', () => {
    const error = errorOf(() => loadConfig({ AI_PROVIDER: 'gpt', STORAGE_DRIVER: 'ftp' }, cwd));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(
      'AI_PROVIDER must be one of procedural, openai, replicate (got "gpt")',
    );
    expect(error.message).toContain('STORAGE_DRIVER must be one of local, s3 (got "ftp")');
    expect(error.fieldErrors.map((f) => f.path).sort()).toEqual(['AI_PROVIDER', 'STORAGE_DRIVER']);
  });

  it('rejects a malformed DATABASE_URL and port', () => {
    const error = errorOf(() => loadConfig({ DATABASE_URL: 'mysql://x', PORT: '99999' }, cwd));
    expect(error.message).toContain('DATABASE_URL must start with postgres://');
    expect(error.message).toContain('PORT must be between 1 and 65535');
  });

  it('requires the credentials a chosen provider needs', () => {
    const error = errorOf(() => loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b' }, cwd));
    expect(error.fieldErrors.map((f) => f.path).sort()).toEqual([
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('configures OpenAI with default models, the live cache and no budget', () => {
    expect(loadConfig({ AI_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test' }, cwd).ai).toEqual({
      provider: 'openai',
      openai: {
        apiKey: 'sk-test',
        baseUrl: 'https://api.openai.com/v1',
        textModel: 'gpt-5-mini',
        imageModel: 'gpt-image-1-mini',
      },
      replicate: undefined,
      cacheMode: 'live',
      maxCostUsd: undefined,
      localText: undefined,
    });
  });

  it('takes an OpenAI-compatible server without a key, a budget, a cache mode and a local fallback', () => {
    const ai = loadConfig(
      {
        AI_PROVIDER: 'openai',
        OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
        OPENAI_TEXT_MODEL: 'llama3.1',
        AI_MAX_COST_USD: '2.5',
        AI_CACHE_MODE: 'replay',
        AI_LOCAL_BASE_URL: 'http://127.0.0.1:8080/v1',
      },
      cwd,
    ).ai;
    expect(ai).toMatchObject({
      provider: 'openai',
      openai: { apiKey: undefined, baseUrl: 'http://127.0.0.1:11434/v1', textModel: 'llama3.1' },
      maxCostUsd: 2.5,
      cacheMode: 'replay',
      localText: { baseUrl: 'http://127.0.0.1:8080/v1', model: 'llama3.1' },
    });
  });

  it('names what a chosen AI provider is missing, and malformed AI settings', () => {
    const openai = errorOf(() => loadConfig({ AI_PROVIDER: 'openai' }, cwd));
    expect(openai.code).toBe('INVALID_INPUT');
    expect(openai.fieldErrors).toEqual([
      {
        path: 'OPENAI_API_KEY',
        message:
          'OPENAI_API_KEY is required when AI_PROVIDER=openai (or set OPENAI_BASE_URL to an OpenAI-compatible server that needs no key)',
      },
    ]);
    const replicate = errorOf(() => loadConfig({ AI_PROVIDER: 'replicate' }, cwd));
    expect(replicate.fieldErrors.map((f) => f.path)).toEqual([
      'REPLICATE_API_TOKEN',
      'REPLICATE_IMAGE_MODEL',
    ]);
    const malformed = errorOf(() =>
      loadConfig(
        {
          AI_PROVIDER: 'replicate',
          REPLICATE_API_TOKEN: 'r8_x',
          REPLICATE_IMAGE_MODEL: 'flux-schnell',
          OPENAI_BASE_URL: 'localhost:11434',
          AI_MAX_COST_USD: '-1',
          AI_CACHE_MODE: 'offline',
        },
        cwd,
      ),
    );
    expect(malformed.message).toContain('REPLICATE_IMAGE_MODEL must be a pinned version');
    expect(malformed.message).toContain('OPENAI_BASE_URL must be an http:// or https:// URL');
    expect(malformed.message).toContain('AI_MAX_COST_USD must be more than 0');
    expect(malformed.message).toContain(
      'AI_CACHE_MODE must be one of live, replay, refresh (got "offline")',
    );
  });

  it('configures Replicate pictures, with OpenAI copy when a key is set too', () => {
    const ai = loadConfig(
      {
        AI_PROVIDER: 'replicate',
        REPLICATE_API_TOKEN: 'r8_x',
        REPLICATE_IMAGE_MODEL: 'black-forest-labs/flux-schnell:c846a69991daf4c0',
        OPENAI_API_KEY: 'sk-test',
      },
      cwd,
    ).ai;
    expect(ai).toMatchObject({
      provider: 'replicate',
      replicate: {
        apiToken: 'r8_x',
        baseUrl: 'https://api.replicate.com/v1',
        imageModel: 'black-forest-labs/flux-schnell:c846a69991daf4c0',
      },
      openai: { apiKey: 'sk-test' },
    });
  });

  it('accepts AI_PROVIDER=procedural and every LOG_LEVEL', () => {
    expect(loadConfig({ AI_PROVIDER: 'procedural' }, cwd).ai).toEqual({ provider: 'procedural' });
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      expect(loadConfig({ LOG_LEVEL: level }, cwd).logLevel).toBe(level);
    }
    expect(errorOf(() => loadConfig({ LOG_LEVEL: 'verbose' }, cwd)).message).toContain(
      'LOG_LEVEL must be one of debug, info, warn, error (got "verbose")',
    );
  });

  it('builds S3 settings when complete', () => {
    const config = loadConfig(
      {
        STORAGE_DRIVER: 's3',
        S3_BUCKET: 'demo',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_FORCE_PATH_STYLE: 'true',
      },
      cwd,
    );
    expect(config.storage).toMatchObject({
      driver: 's3',
      bucket: 'demo',
      forcePathStyle: true,
      region: 'us-east-1',
    });
  });

  it('demands a real secret in production', () => {
    expect(errorOf(() => loadConfig({ NODE_ENV: 'production' }, cwd)).fieldErrors[0]?.path).toBe(
      'STORECRAFT_SECRET',
    );
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', STORECRAFT_SECRET: secret }, cwd).secrets).toEqual({
      signingSecret: secret,
    });
  });
});
