import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';

export const migrationsFolder = path.resolve(import.meta.dirname, '..', 'migrations');

/**
 * Applies the committed migrations (idempotent). Runs as the connecting (owner) user, never inside
 * a tenant transaction. Returns how many were applied.
 */
export async function migrate(db: Database): Promise<{ applied: number; total: number }> {
  const config: MigrationConfig = { migrationsFolder };
  const migrations = readMigrationFiles(config);
  const before = await appliedCount(db);
  // Both drivers' migrators are this one call on the dialect; going through it directly keeps a
  // single code path for PGlite and Postgres.
  const internals = db as unknown as { dialect: PgDialect; session: PgSession };
  await internals.dialect.migrate(migrations, internals.session, config);
  return { applied: migrations.length - before, total: migrations.length };
}

async function appliedCount(db: Database): Promise<number> {
  const result = await db.execute(
    `select count(*)::int as count from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  if ((rowsOf<{ count: number }>(result)[0]?.count ?? 0) === 0) return 0;
  const applied = await db.execute(
    'select count(*)::int as count from drizzle.__drizzle_migrations',
  );
  return rowsOf<{ count: number }>(applied)[0]?.count ?? 0;
}

/** node-postgres and PGlite both return `{ rows }` from execute. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
