import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;

/** A Drizzle database over either driver (PGlite or node-postgres). */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;

declare const tenantBrand: unique symbol;

/**
 * A transaction running as the app role with `app.workspace_id` set: the only handle that query
 * functions over tenant data accept. Only `withWorkspace` makes one.
 */
export type TenantTx = Transaction & { readonly [tenantBrand]: string };

export type DatabaseDriver = 'pglite' | 'postgres';

/** What the composition root owns: the database, which driver it is, and how to close it. */
export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  close(): Promise<void>;
}
