import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rowsOf } from '@storecraft/db';
import { createTestDatabase, testDrivers, type TestDatabase } from '@storecraft/db/testing';
import { jobBackendOf } from '@storecraft/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { cliWith, spawnCli } from './spawn-cli.ts';

const postgresOnly = testDrivers.includes('postgres') ? describe : describe.skip;

const generate = (seed: string, out: string) => [
  'generate',
  '--niche',
  'specialty coffee',
  '--products',
  '5',
  '--seed',
  seed,
  '--out',
  out,
];

describe('database errors', () => {
  it('says in one sentence that the database cannot be reached', async () => {
    const run = await cliWith(
      { STORECRAFT_HOME: tempDir(), DATABASE_URL: 'postgres://postgres@127.0.0.1:1/storecraft' },
      ...generate('x', path.join(tempDir(), 'shop')),
    );
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'error: Cannot connect to the database at 127.0.0.1:1: the connection was refused. Is PostgreSQL running, and is DATABASE_URL right?\n',
    );
  });

  it('has a worker wait for a database that is down, one line per check, until stopped', async () => {
    const worker = spawnCli(tempDir(), ['worker', '--concurrency', '1'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/storecraft',
    });
    const unavailable = 'warning: worker: database unavailable (ECONNREFUSED), retrying in ';
    let exited = false;
    void worker.exited.then(() => (exited = true));
    while (worker.output().split(unavailable).length <= 2) {
      if (exited) throw new Error(`the worker exited:\n${worker.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('worker: stopped before the database became available');
    expect(worker.output()).not.toMatch(/^\s+at /m);
  }, 60_000);
});

postgresOnly('generate and db migrate on PostgreSQL', () => {
  let t: TestDatabase;
  let url: string;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    const backend = jobBackendOf(t);
    if (backend.kind !== 'postgres') throw new Error('expected postgres');
    url = backend.url;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('names a database that does not exist', async () => {
    const missing = new URL(url);
    missing.pathname = '/storecraft_no_such_database';
    const run = await cliWith(
      { STORECRAFT_HOME: tempDir(), DATABASE_URL: missing.toString() },
      'db',
      'migrate',
    );
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'error: The database "storecraft_no_such_database" does not exist; create it or fix DATABASE_URL.\n',
    );
  });

  it('both succeed with the same seed at once, write the same files and leave nothing behind', async () => {
    const outs = [path.join(tempDir(), 'a'), path.join(tempDir(), 'b')];
    const runs = await Promise.all(
      outs.map((out) =>
        cliWith({ STORECRAFT_HOME: tempDir(), DATABASE_URL: url }, ...generate('same', out)),
      ),
    );
    for (const run of runs) expect(run.code, run.err).toBe(0);
    const [a, b] = outs.map((out) => ({
      catalog: readFileSync(path.join(out, 'catalog.jsonl'), 'utf8'),
      csv: readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8'),
    }));
    expect(a).toEqual(b);

    const count = async (sql: string) => rowsOf<{ n: number }>(await t.db.execute(sql))[0]?.n;
    expect(await count('select count(*)::int as n from brands')).toBe(0);
    expect(await count('select count(*)::int as n from generation_jobs')).toBe(0);
    expect(await count('select count(*)::int as n from pgboss.job')).toBe(0);
  }, 180_000);
});
