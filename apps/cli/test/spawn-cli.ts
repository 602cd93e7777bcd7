import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@storecraft/config';
import { createDatabase, rowsOf } from '@storecraft/db';
import { captureOutput } from '../src/output.ts';
import { runCli } from '../src/program.ts';

const bin = path.resolve(import.meta.dirname, '../bin/storecraft.js');

export interface CliChild {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs the real binary in a child process (so it can be interrupted) with its state in `home` and
 * only the settings in `env`: on the embedded database unless `env` names another.
 */
export function spawnCli(home: string, args: string[], env: Record<string, string> = {}): CliChild {
  // Only these settings. Next.js's types declare NODE_ENV on every environment; a child without it
  // runs as in production, which is what users get.
  const childEnv: Record<string, string> = { STORECRAFT_HOME: home, ...env };
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=4', '--heap-growing-percent=50', bin, ...args],
    {
      env: childEnv as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

/** Runs `storecraft …args` in this process with the given environment. */
export async function cliWith(
  env: Readonly<Record<string, string | undefined>>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const output = captureOutput();
  const code = await runCli(['node', 'storecraft', ...args], {
    loadConfig: () => loadConfig(env),
    output,
  });
  return { code, out: output.out, err: output.err };
}

/** Every file under `dir` (relative paths), or [] when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export interface HomeState {
  workspaces: string[];
  brands: { id: string; workspace_id: string }[];
  jobs: Record<string, number>;
  /** pg-boss jobs by workspace and state. */
  deliveries: { workspace_id: string; state: string; n: number }[];
  /**
   * Stored files (storage keys). Not the local storage's scratch folder: a put cut short by
   * SIGKILL leaves its temporary file there, which is the storage's to sweep.
   */
  files: string[];
}

/** What a run left in the embedded state folder `home` (database rows and stored files). */
export async function inspectHome(home: string): Promise<HomeState> {
  const config = loadConfig({ STORECRAFT_HOME: home });
  const handle = await createDatabase(config.database);
  const query = async <T>(text: string) => rowsOf<T>(await handle.db.execute(text));
  try {
    const jobs: Record<string, number> = {};
    for (const row of await query<{ status: string; n: number }>(
      'select status, count(*)::int as n from generation_jobs group by status',
    ))
      jobs[row.status] = row.n;
    return {
      workspaces: (await query<{ id: string }>('select id from workspaces order by id')).map(
        (row) => row.id,
      ),
      brands: await query('select id, workspace_id from brands order by id'),
      jobs,
      deliveries: await query(
        `select data->>'workspaceId' as workspace_id, state::text as state, count(*)::int as n
         from pgboss.job group by 1, 2 order by 1, 2`,
      ),
      files: filesUnder(path.join(home, 'files')).filter(
        (file) => !file.startsWith(`.storecraft-tmp${path.sep}`),
      ),
    };
  } finally {
    await handle.close();
  }
}

/** Resolves once the run has stored at least one image (it is rendering). */
export async function untilRendering(home: string, run: CliChild): Promise<void> {
  const images = path.join(home, 'files', 'images');
  let exited = false;
  void run.exited.then(() => (exited = true));
  while (!filesUnder(images).some((file) => file.endsWith('.webp'))) {
    if (exited) throw new Error(`the run ended before rendering:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
