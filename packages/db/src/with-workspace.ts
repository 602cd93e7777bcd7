import { sql } from 'drizzle-orm';
import { AppError } from '@storecraft/core';
import type { Database, TenantTx } from './database.ts';
import { APP_ROLE, WORKSPACE_SETTING } from './schema/_shared.ts';

/**
 * The only way services reach tenant data: opens a transaction, switches to the non-superuser app
 * role and sets `app.workspace_id`, both transaction-local (reset at commit or rollback), so RLS
 * confines every statement in `fn` to that workspace.
 */
export async function withWorkspace<T>(
  db: Database,
  workspaceId: string,
  fn: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  if (!workspaceId) throw new AppError('INVALID_INPUT', 'A workspace id is required');
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config(${WORKSPACE_SETTING}, ${workspaceId}, true)`,
    );
    return fn(tx as TenantTx);
  });
}
