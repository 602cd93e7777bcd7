import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { DatabaseConfig } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import {
  createDatabase,
  migrate,
  migrationsFolder,
  pgErrorCodes,
  pgErrorOf,
  rowsOf,
  type Database,
  type DatabaseHandle,
} from '@storecraft/db';

export interface MigrationReport {
  applied: number;
  total: number;
}

/**
 * Brings the database up to date as its owner: the schema migrations and, on PostgreSQL, the job
 * queue's own tables, so that a runtime role that may create nothing can start. With
 * MIGRATION_DATABASE_URL set this opens (and closes) its own owner connection. Otherwise it uses
 * `opened`, the one connection there is, which migrates only when something is pending: a runtime
 * role then runs on an up-to-date database and says what to do on an outdated one.
 */
export async function migrateDatabase(
  database: DatabaseConfig,
  opened?: DatabaseHandle,
): Promise<MigrationReport> {
  const separateOwner = database.driver === 'postgres' && database.migrationUrl !== database.url;
  if (opened && !separateOwner) return migrateIfBehind(opened.db);
  const owner = await createDatabase(
    database.driver === 'postgres'
      ? { driver: 'postgres', url: database.migrationUrl, poolMax: 2 }
      : database,
  );
  try {
    const report = await migrate(owner.db);
    if (owner.driver === 'postgres') await installJobQueueTables(owner);
    return report;
  } finally {
    await owner.close();
  }
}

async function migrateIfBehind(db: Database): Promise<MigrationReport> {
  const total = readMigrationFiles({ migrationsFolder }).length;
  const applied = await appliedMigrations(db);
  if (applied !== undefined && applied >= total) return { applied: 0, total };
  try {
    return await migrate(db);
  } catch (error) {
    if (pgErrorOf(error)?.code !== pgErrorCodes.insufficientPrivilege) throw error;
    const pending = applied === undefined ? 'migrations' : plural(total - applied, 'migration');
    throw new AppError('INVALID_INPUT', 'DATABASE_URL may not migrate the database', {
      userMessage: `The database needs ${pending} that DATABASE_URL's role may not apply: run \`storecraft db migrate\` with MIGRATION_DATABASE_URL set to the owner (or set it here too).`,
      cause: error,
    });
  }
}

/** How many migrations the database has had, or undefined when this role may not look. */
async function appliedMigrations(db: Database): Promise<number | undefined> {
  try {
    const [table] = rowsOf<{ exists: boolean }>(
      await db.execute(
        sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`,
      ),
    );
    if (!table?.exists) return 0;
    const [row] = rowsOf<{ applied: number }>(
      await db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`),
    );
    return row?.applied ?? 0;
  } catch (error) {
    // A runtime role on a database migrated before it was given the right to look.
    if (pgErrorOf(error)?.code === pgErrorCodes.insufficientPrivilege) return undefined;
    throw error;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Starting the queue once as the owner installs or upgrades pg-boss's schema and its queues. */
async function installJobQueueTables(owner: DatabaseHandle): Promise<void> {
  const { createJobQueue, jobBackendOf } = await import('@storecraft/jobs');
  const queue = await createJobQueue({ db: owner.db, backend: jobBackendOf(owner) });
  await queue.close();
}

/**
 * Why the runtime connection could step around row-level security, or undefined when it cannot:
 * a superuser or BYPASSRLS role ignores the policies, and the tables' owner may switch them off.
 * The embedded database always runs as its superuser; there is nobody else on it to protect from.
 */
export async function rlsBypassOf(db: Database): Promise<string | undefined> {
  const [role] = rowsOf<{ superuser: boolean; bypassrls: boolean; owner: boolean | null }>(
    await db.execute(sql`
      select r.rolsuper as superuser, r.rolbypassrls as bypassrls,
        pg_has_role(current_user, c.relowner, 'USAGE') as owner
      from pg_roles r left join pg_class c on c.oid = to_regclass('public.brands')
      where r.rolname = current_user`),
  );
  if (role?.superuser) return 'a superuser';
  if (role?.bypassrls) return 'a role with BYPASSRLS';
  if (role?.owner) return 'the owner of the tables';
  return undefined;
}

/**
 * Warns in one line when the runtime connection (DATABASE_URL) can bypass row-level security.
 * Uses `db` when given, else a short connection of its own.
 */
export async function warnIfRlsCanBeBypassed(
  database: DatabaseConfig,
  warn: (line: string) => void,
  db?: Database,
): Promise<void> {
  if (database.driver !== 'postgres') return;
  let bypass: string | undefined;
  if (db) {
    bypass = await rlsBypassOf(db);
  } else {
    const handle = await createDatabase({ driver: 'postgres', url: database.url, poolMax: 1 });
    try {
      bypass = await rlsBypassOf(handle.db);
    } finally {
      await handle.close();
    }
  }
  if (bypass) {
    warn(
      `DATABASE_URL connects as ${bypass}: row-level security can be bypassed; see README "Using PostgreSQL"`,
    );
  }
}
