import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  // The drift check (scripts/check-migrations.ts) generates into a scratch copy.
  out: process.env.STORECRAFT_MIGRATIONS_OUT ?? './packages/db/migrations',
  entities: { roles: { provider: '' } },
  strict: true,
  verbose: false,
});
