import { sql } from 'drizzle-orm';
import { boolean, pgPolicy, pgTable, text } from 'drizzle-orm/pg-core';
import { appRole, createdAt, currentWorkspace, updatedAt } from './_shared.ts';

/**
 * People, shared across workspaces. Shaped like the auth library's `user` table (id, name, email,
 * email_verified, image) so its sessions/accounts tables can reference it later. Inside a tenant
 * transaction only members of the current workspace are visible; sign-up writes through the owner
 * connection, outside any workspace.
 */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    pgPolicy('members_of_current_workspace', {
      for: 'select',
      to: appRole,
      using: sql`exists (select 1 from workspace_memberships m where m.user_id = ${t.id} and m.workspace_id = ${currentWorkspace})`,
    }),
  ],
).enableRLS();
