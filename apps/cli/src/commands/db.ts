import type { Command } from 'commander';
import type { CliContext } from '../program.ts';
import { terminalSafe } from '../output.ts';

export function registerDbCommands(program: Command, { config, out }: CliContext): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description(
      'Apply the schema migrations as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL), or to the embedded database when neither is set',
    )
    .action(async () => {
      const { database } = config();
      // The database layer loads only for the commands that use it: on Node 24, importing
      // drizzle-orm alone costs about 200 MB of memory (its 179 KB exports map is read per module).
      const { migrateDatabase } = await import('../database-setup.ts');
      const { applied, total } = await migrateDatabase(database);
      const where =
        database.driver === 'pglite'
          ? `embedded database ${terminalSafe(database.dataDir)}`
          : 'PostgreSQL';
      out.stdout(
        applied === 0
          ? `${where} is up to date (${total} migrations).\n`
          : `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${where} (${total} in all).\n`,
      );
    });
}
