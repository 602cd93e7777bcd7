import type { Database } from '@storecraft/db';

export interface ComponentHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'down';
  database: ComponentHealth;
  queue: ComponentHealth & { workers: number };
  web: 'ready' | 'starting' | 'failed';
}

export interface HealthDeps {
  db: Database;
  /** Throws when the job queue cannot be used (closed, or its schema is gone). */
  probeQueue: () => Promise<void>;
  /** In-process worker slots (0 when `storecraft worker` processes do the work). */
  workers: number;
  webState: () => HealthReport['web'];
  timeoutMs?: number;
}

/** Database and queue answer within the timeout: 200; otherwise 503 (the web pages do not count). */
export async function checkHealth(deps: HealthDeps): Promise<HealthReport> {
  const timeoutMs = deps.timeoutMs ?? 2_000;
  const [database, queue] = await Promise.all([
    probe(() => deps.db.execute('select 1'), timeoutMs),
    probe(deps.probeQueue, timeoutMs),
  ]);
  return {
    status: database.ok && queue.ok ? 'ok' : 'down',
    database,
    queue: { ...queue, workers: deps.workers },
    web: deps.webState(),
  };
}

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<ComponentHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      // The reason only (never connection strings): a driver message, or our timeout.
      error: error instanceof Error ? error.message.split('\n')[0] : 'unavailable',
    };
  } finally {
    clearTimeout(timer);
  }
}
