import type { Database, DatabaseDriver } from '@storecraft/db';
import type { ListenFn } from '@storecraft/jobs';
import type pg from 'pg';

/**
 * LISTEN on the database the server uses. drizzle keeps the driver's client on `$client`
 * (as `jobBackendOf` in @storecraft/jobs also relies on): on PGlite its own `listen`, which hears
 * NOTIFYs sent in this process; on PostgreSQL one pooled connection held for LISTEN.
 */
export function databaseListener(db: Database, driver: DatabaseDriver): ListenFn | undefined {
  const client: unknown = (db as unknown as { $client?: unknown }).$client;
  if (driver === 'pglite') {
    const pglite = client as { listen?: unknown } | undefined;
    if (typeof pglite?.listen !== 'function') return undefined;
    const listen = pglite.listen as (
      channel: string,
      callback: (payload: string) => void,
    ) => Promise<() => Promise<void>>;
    return (channel, onPayload) => listen.call(client, channel, onPayload);
  }
  const pool = client as pg.Pool | undefined;
  if (typeof pool?.connect !== 'function') return undefined;
  return async (channel, onPayload) => {
    const connection = await pool.connect();
    const onNotification = (message: pg.Notification) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    };
    connection.on('notification', onNotification);
    await connection.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    return async () => {
      connection.off('notification', onNotification);
      try {
        await connection.query(`UNLISTEN "${channel.replaceAll('"', '""')}"`);
      } finally {
        connection.release();
      }
    };
  };
}
