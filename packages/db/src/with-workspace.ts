import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
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
  const pool = (db as { $client?: unknown }).$client;
  if (pool instanceof pg.Pool) return pooledTenantTransaction(db, pool, workspaceId, fn);
  // PGlite runs on this thread and answers without I/O: its promises settle as microtasks, so a
  // loop of transactions never let timers or sockets in. A web server's build of 1,200 products
  // held its event loop for 3.2 s (status reads, page requests and SSE all waited for the whole
  // build). One turn of the event loop before each transaction lets them in between.
  await nextTurn();
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config(${WORKSPACE_SETTING}, ${workspaceId}, true)`,
    );
    return fn(tx as TenantTx);
  });
}

/**
 * The same transaction on a PostgreSQL pool, one round trip shorter: BEGIN and the two settings
 * go in one simple-protocol message (Drizzle's `transaction()` sends BEGIN on its own). On the
 * busiest reads (a page of products: BEGIN, settings, SELECT, COMMIT) that is a quarter of the
 * statements and of the socket writes. The settings are literals there, quoted by pg's
 * `escapeLiteral`, since a multi-statement message takes no parameters.
 */
async function pooledTenantTransaction<T>(
  db: Database,
  pool: pg.Pool,
  workspaceId: string,
  fn: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(
      `begin; select set_config('role', ${pg.escapeLiteral(APP_ROLE)}, true), set_config(${pg.escapeLiteral(WORKSPACE_SETTING)}, ${pg.escapeLiteral(workspaceId)}, true)`,
    );
  } catch (error) {
    // The connection may be half-way through anything: never hand it to someone else.
    client.release(toError(error));
    throw error;
  }
  const { dialect, schema } = drizzleParts(db);
  const tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, schema), schema);
  let result: T;
  try {
    result = await fn(tx as unknown as TenantTx);
  } catch (error) {
    await client.query('rollback').then(
      () => client.release(),
      (rollbackError: unknown) => client.release(toError(rollbackError)),
    );
    throw error;
  }
  try {
    await client.query('commit');
  } catch (error) {
    client.release(toError(error));
    throw error;
  }
  client.release();
  return result;
}

interface DrizzleParts {
  dialect: PgDialect;
  schema: ConstructorParameters<typeof NodePgTransaction>[2];
}

const partsOf = new WeakMap<Database, DrizzleParts>();

/** The dialect and relational schema a transaction object needs, as the database was built with. */
function drizzleParts(db: Database): DrizzleParts {
  let parts = partsOf.get(db);
  if (!parts) {
    const schema = db._.schema
      ? { fullSchema: db._.fullSchema, schema: db._.schema, tableNamesMap: db._.tableNamesMap }
      : undefined;
    parts = { dialect: new PgDialect(), schema };
    partsOf.set(db, parts);
  }
  return parts;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
