import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, '..');

/**
 * Runs `body` in a fresh Node (hooks are process-wide, so not in the test process) from the
 * package's folder, with or without the hook, and returns what it printed as JSON.
 */
async function inNode(hook: boolean, body: string): Promise<unknown> {
  const script = `
    if (${hook}) {
      const { registerDrizzleResolveHook } = await import('@storecraft/db/drizzle-resolve-hook');
      registerDrizzleResolveHook();
    }
    ${body}
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: packageDir,
  });
  return JSON.parse(stdout);
}

// Records every module drizzle-orm's own modules import (URL and format, as the loader receives
// them) while loading drizzle-orm and its pg-core, PGlite and node-postgres adapters. Registered
// last, the recorder runs first and sees what the rest of the chain answers.
const loadDrizzle = `
  const { registerHooks } = await import('node:module');
  const seen = new Set();
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const result = nextResolve(specifier, context);
      if (context.parentURL?.includes('/node_modules/drizzle-orm/')) seen.add(result.url + ' ' + result.format);
      return result;
    },
  });
  await import('drizzle-orm');
  await import('drizzle-orm/pg-core');
  await import('drizzle-orm/pglite');
  await import('drizzle-orm/node-postgres');
  console.log(JSON.stringify([...seen].sort()));
`;

describe('registerDrizzleResolveHook', () => {
  it('resolves drizzle-orm modules to the same files as Node does', async () => {
    const [plain, hooked] = await Promise.all([
      inNode(false, loadDrizzle),
      inNode(true, loadDrizzle),
    ]);
    expect((plain as string[]).length).toBeGreaterThan(100);
    expect(hooked).toEqual(plain);
  });

  it('leaves a working database layer: PGlite queries through drizzle', async () => {
    const result = await inNode(
      true,
      `
        const { PGlite } = await import('@electric-sql/pglite');
        const { fromPglite } = await import('@storecraft/db');
        const { sql } = await import('drizzle-orm');
        const client = await PGlite.create();
        const db = fromPglite(client);
        const rows = await db.execute(sql\`select 40 + 2 as answer\`);
        await client.close();
        console.log(JSON.stringify(rows.rows));
      `,
    );
    expect(result).toEqual([{ answer: 42 }]);
  });
});
