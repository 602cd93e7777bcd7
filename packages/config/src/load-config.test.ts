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
    expect(config.secrets.isDevelopmentSecret).toBe(true);
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
    });
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
    const error = errorOf(() =>
      loadConfig({ STORAGE_DRIVER: 's3', AI_PROVIDER: 'openai', S3_BUCKET: 'b' }, cwd),
    );
    expect(error.fieldErrors.map((f) => f.path).sort()).toEqual([
      'OPENAI_API_KEY',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('builds S3 and OpenAI settings when complete', () => {
    const config = loadConfig(
      {
        STORAGE_DRIVER: 's3',
        S3_BUCKET: 'demo',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_FORCE_PATH_STYLE: 'true',
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      },
      cwd,
    );
    expect(config.storage).toMatchObject({
      driver: 's3',
      bucket: 'demo',
      forcePathStyle: true,
      region: 'us-east-1',
    });
    expect(config.ai).toMatchObject({ provider: 'openai', baseUrl: 'http://127.0.0.1:8080/v1' });
  });

  it('demands a real secret in production', () => {
    expect(errorOf(() => loadConfig({ NODE_ENV: 'production' }, cwd)).fieldErrors[0]?.path).toBe(
      'STORECRAFT_SECRET',
    );
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', STORECRAFT_SECRET: secret }, cwd).secrets).toEqual({
      signingSecret: secret,
      isDevelopmentSecret: false,
    });
  });
});
