import { AppError } from '@storecraft/core';
import { z } from 'zod';

/**
 * Settings only the web server reads, on top of `loadConfig` (which owns the shared ones). Parsed
 * once from the environment map the entry point hands over; nothing here reads `process.env`.
 */
export interface WebSettings {
  /** In-process job workers (`STORECRAFT_WORKERS`): 0 serves only; default 20 slots. */
  workers: number;
  /** `OTEL_EXPORTER_OTLP_ENDPOINT`: traces are exported only when set. */
  otlpEndpoint: string | undefined;
  /** `NODE_ENV=production`: HSTS, Secure cookies, no Next.js dev mode. */
  production: boolean;
  /** `HOST` to bind (default all interfaces: 0.0.0.0 is what a container needs). */
  host: string;
}

const schema = z.object({
  STORECRAFT_WORKERS: z.coerce
    .number({ error: 'STORECRAFT_WORKERS must be a whole number' })
    .int('STORECRAFT_WORKERS must be a whole number')
    .min(0, 'STORECRAFT_WORKERS must be 0 (serve only) or more')
    .max(200, 'STORECRAFT_WORKERS must be at most 200')
    .default(20),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ error: 'OTEL_EXPORTER_OTLP_ENDPOINT must be a URL' })
    .optional(),
  NODE_ENV: z.string().optional(),
  HOST: z.string().min(1).default('0.0.0.0'),
});

export function loadWebSettings(env: Readonly<Record<string, string | undefined>>): WebSettings {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: String(issue.path[0] ?? '(env)'),
      message: issue.message,
    }));
    throw new AppError(
      'INVALID_INPUT',
      `Invalid configuration:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`,
      { fieldErrors: errors },
    );
  }
  return {
    workers: parsed.data.STORECRAFT_WORKERS,
    otlpEndpoint: parsed.data.OTEL_EXPORTER_OTLP_ENDPOINT,
    production: parsed.data.NODE_ENV === 'production',
    host: parsed.data.HOST,
  };
}
