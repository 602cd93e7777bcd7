import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The non-superuser role every tenant transaction runs as (`SET LOCAL ROLE`). It is created by a
 * custom migration (roles are cluster-wide on Postgres), so drizzle-kit treats it as existing.
 */
export const APP_ROLE = 'storecraft_app';
export const appRole = pgRole(APP_ROLE).existing();

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
