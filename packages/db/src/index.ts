export type {
  Database,
  DatabaseDriver,
  DatabaseHandle,
  Schema,
  TenantTx,
  Transaction,
} from './database.ts';
export { createDatabase, fromPglite, fromPgPool, type DatabaseOptions } from './create-database.ts';
export { lockDataDir, type DirectoryLock } from './pglite-lock.ts';
export { migrate, migrationsFolder, rowsOf } from './migrate.ts';
export { withWorkspace } from './with-workspace.ts';
export * as schema from './schema/index.ts';
export * from './queries/workspaces.ts';
export * from './queries/brands.ts';
export * from './queries/categories.ts';
export * from './queries/products.ts';
export { pgErrorOf, pgErrorCodes, type PgErrorInfo } from './pg-error.ts';
