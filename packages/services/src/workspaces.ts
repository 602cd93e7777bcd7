import { insertWorkspace, findWorkspace, withWorkspace, type Database } from '@storecraft/db';
import type { Workspace } from '@storecraft/core';

/** The workspace the CLI uses on this machine's embedded database. */
export const LOCAL_WORKSPACE: Workspace = { id: 'ws_local', name: 'Local', slug: 'local' };

/** Creates the workspace if it does not exist yet (idempotent). */
export async function ensureWorkspace(db: Database, workspace: Workspace): Promise<Workspace> {
  return withWorkspace(
    db,
    workspace.id,
    async (tx) => (await findWorkspace(tx, workspace.id)) ?? insertWorkspace(tx, workspace),
  );
}
