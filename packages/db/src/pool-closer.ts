import type pg from 'pg';

/**
 * A close function for a pg pool that resolves once its connections have closed. pg-pool's
 * `end()` resolves as soon as it has asked each connection to end (pg-pool 3.14), so a database
 * dropped or a server stopped right after terminates sessions still saying goodbye, and their
 * errors reach a pool nobody listens to any more. Call it right after creating the pool: it
 * learns the connections from the pool's 'connect' events.
 */
export function poolCloser(pool: pg.Pool): () => Promise<void> {
  const open = new Set<pg.PoolClient>();
  pool.on('connect', (client) => {
    open.add(client);
    client.once('end', () => open.delete(client));
  });
  let closed: Promise<void> | undefined;
  return () =>
    (closed ??= (async () => {
      await pool.end();
      await Promise.all(
        [...open].map((client) => new Promise((resolve) => client.once('end', resolve))),
      );
    })());
}
