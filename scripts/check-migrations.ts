/**
 * Fails when the Drizzle schema and the committed migrations have drifted apart: generates into a
 * scratch copy of the migrations folder and checks that drizzle-kit found nothing new to write.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const committed = path.join(root, 'packages/db/migrations');
// drizzle-kit resolves `out` relative to the working directory, so the scratch copy lives in the repo.
const scratchRelative = `node_modules/.cache/storecraft-migrations-check-${process.pid}`;
const scratch = path.join(root, scratchRelative);
mkdirSync(scratch, { recursive: true });
try {
  cpSync(committed, scratch, { recursive: true });
  const kit = spawnSync(
    path.join(root, 'node_modules/.bin/drizzle-kit'),
    ['generate', '--config', 'packages/db/drizzle.config.ts', '--name', 'drift'],
    {
      cwd: root,
      env: { ...process.env, STORECRAFT_MIGRATIONS_OUT: scratchRelative },
      encoding: 'utf8',
    },
  );
  // drizzle-kit can print an error and still exit 0: treat either as a failed check.
  if (kit.status !== 0 || /error/i.test(kit.stderr + kit.stdout)) {
    throw new Error(`drizzle-kit generate failed:\n${kit.stdout}\n${kit.stderr}`);
  }
  const added = readdirSync(scratch).filter(
    (f) => f.endsWith('.sql') && !readdirSync(committed).includes(f),
  );
  if (added.length > 0) {
    const sqlText = added.map((f) => readFileSync(path.join(scratch, f), 'utf8')).join('\n');
    console.error(
      `The schema in packages/db/src/schema differs from the committed migrations.\n` +
        `Run \`npm run db:generate -- --name <change>\` and commit the result. Pending SQL:\n\n${sqlText}`,
    );
    process.exitCode = 1;
  } else {
    console.log('Schema and migrations agree.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
