import type { Command } from 'commander';
import { createDatabase, migrate } from '@storecraft/db';
import type { CliContext } from '../program.ts';

export function registerDbCommands(program: Command, { config, out }: CliContext): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description(
      'Apply the schema migrations to DATABASE_URL, or to the embedded database when it is unset',
    )
    .action(async () => {
      const { database } = config();
      const handle = await createDatabase(database);
      try {
        const { applied, total } = await migrate(handle.db);
        const where =
          database.driver === 'pglite' ? `embedded database ${database.dataDir}` : 'PostgreSQL';
        out.stdout(
          applied === 0
            ? `${where} is up to date (${total} migrations).\n`
            : `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${where} (${total} in all).\n`,
        );
      } finally {
        await handle.close();
      }
    });
}
