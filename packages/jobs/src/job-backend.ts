import { AppError } from '@storecraft/core';
import type { DatabaseHandle } from '@storecraft/db';
import { fromPglite, PgBoss, type ConstructorOptions, type PGliteLike } from 'pg-boss';
import type { JobQueueSettings } from './settings.ts';

/**
 * Where pg-boss keeps its tables: the same database as the app, its own schema, reached through the
 * owner connection (never a tenant transaction). On PGlite that is the one in-process client.
 */
export type JobBackend =
  { kind: 'pglite'; client: PGliteLike } | { kind: 'postgres'; url: string; poolMax?: number };

export const PGBOSS_SCHEMA = 'pgboss';

/** Builds pg-boss for a backend (not started). */
export function createBoss(backend: JobBackend, settings: JobQueueSettings): PgBoss {
  const common: ConstructorOptions = {
    schema: PGBOSS_SCHEMA,
    migrate: true,
    supervise: true,
    schedule: false,
    // Expiry and heartbeat checks run in the supervise pass, and only when the monitor is due.
    monitorIntervalSeconds: settings.monitorIntervalSeconds,
    superviseIntervalSeconds: settings.monitorIntervalSeconds,
    // Our runners claim with fetch(), not work(), and listen for pg-boss's NOTIFY themselves
    // (create-job-queue.ts), so pg-boss's own listener would be a second idle connection.
    useListenNotify: false,
    instanceName: 'storecraft-jobs',
  };
  switch (backend.kind) {
    case 'pglite':
      return new PgBoss({ ...common, db: fromPglite(backend.client), backend: 'pglite' });
    case 'postgres':
      return new PgBoss({
        ...common,
        connectionString: backend.url,
        max: backend.poolMax ?? 5,
        application_name: 'storecraft-jobs',
      });
    default:
      return assertNever(backend);
  }
}

/**
 * The backend matching a database handle from `createDatabase` (or a test database): the PGlite
 * client behind it, or the connection string of its pool.
 */
export function jobBackendOf(handle: Pick<DatabaseHandle, 'db' | 'driver'>): JobBackend {
  // drizzle keeps the driver's client on `$client`; DatabaseHandle does not expose it yet.
  const client: unknown = (handle.db as unknown as { $client?: unknown }).$client;
  switch (handle.driver) {
    case 'pglite':
      if (isPgliteLike(client)) return { kind: 'pglite', client };
      break;
    case 'postgres': {
      const url = (client as { options?: { connectionString?: unknown } } | undefined)?.options
        ?.connectionString;
      if (typeof url === 'string') return { kind: 'postgres', url };
      break;
    }
    default:
      return assertNever(handle.driver);
  }
  throw new AppError('INTERNAL', `Cannot find the ${handle.driver} client behind this database`);
}

function isPgliteLike(value: unknown): value is PGliteLike {
  const candidate = value as Partial<PGliteLike> | undefined;
  return typeof candidate?.query === 'function' && typeof candidate.exec === 'function';
}

function assertNever(value: never): never {
  throw new AppError('INTERNAL', `Unknown job backend ${JSON.stringify(value)}`);
}
