export type {
  Database,
  DatabaseDriver,
  DatabaseHandle,
  Schema,
  TenantTx,
  Transaction,
} from './database.ts';
export {
  createDatabase,
  fromPglite,
  fromPgPool,
  type DatabaseHooks,
  type DatabaseOptions,
} from './create-database.ts';
export { lockDataDir, type DirectoryLock } from './pglite-lock.ts';
export { poolCloser } from './pool-closer.ts';
export { migrate, migrationsFolder, rowsOf } from './migrate.ts';
export { withWorkspace } from './with-workspace.ts';
export * from './queries/workspaces.ts';
export * from './queries/brands.ts';
export * from './queries/categories.ts';
export * from './queries/products.ts';
export * from './queries/images.ts';
export * from './queries/export-jobs.ts';
export * from './queries/generation-jobs.ts';
export * from './queries/memberships.ts';
export * from './queries/invitations.ts';
export * from './queries/api-keys.ts';
export { authTables } from './schema/auth-tables.ts';
export * from './queries/catalog-queries.ts';
export * from './queries/storefront-cards.ts';
export * from './queries/catalog-table.ts';
export * from './queries/job-queries.ts';
export {
  databaseAppError,
  databaseUnavailableReason,
  pgErrorOf,
  pgErrorCodes,
  type PgErrorInfo,
} from './pg-error.ts';
export { trySessionLock, type SessionLock } from './session-lock.ts';
