import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The non-superuser role every tenant transaction runs as (`SET LOCAL ROLE`). It is created by a
 * custom migration (roles are cluster-wide on Postgres), so drizzle-kit treats it as existing.
 */
export const APP_ROLE = 'storecraft_app';
export const appRole = pgRole(APP_ROLE).existing();

/**
 * The role the app's login role is granted besides the app role (README, "Using PostgreSQL"): the
 * job queue, and accounts. Sign-in, sessions and API keys must find a person or a key before any
 * workspace is known, so the directory tables (users, workspaces, memberships) carry a policy for
 * it next to the tenant policy, and the auth tables are granted to it (migration 0004).
 */
export const RUNTIME_ROLE = 'storecraft_runtime';
export const runtimeRole = pgRole(RUNTIME_ROLE).existing();

/** Accounts see the directory tables whole, outside any workspace (see `runtimeRole`). */
export function accountsDirectoryPolicy() {
  return pgPolicy('accounts_directory', {
    as: 'permissive',
    for: 'all',
    to: runtimeRole,
    using: sql`true`,
    withCheck: sql`true`,
  });
}

/** The transaction-local setting the policies compare with (see withWorkspace). */
export const WORKSPACE_SETTING = 'app.workspace_id';

/**
 * The row belongs to the transaction's workspace. `NULLIF(…, '')` because the setting reads ''
 * (not NULL) once any transaction in the session has set it locally.
 */
export const currentWorkspace = sql.raw(
  `NULLIF(current_setting('${WORKSPACE_SETTING}', true), '')`,
);

export function tenantPolicy(column: AnyPgColumn) {
  const isOwn = sql`${column} = ${currentWorkspace}`;
  return pgPolicy('tenant_isolation', {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: isOwn,
    withCheck: isOwn,
  });
}

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const workspaceIdColumn = () => text('workspace_id').notNull();
