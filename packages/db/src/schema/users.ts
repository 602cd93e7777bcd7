import { sql } from 'drizzle-orm';
import { boolean, pgPolicy, pgTable, text } from 'drizzle-orm/pg-core';
import {
  accountsDirectoryPolicy,
  appRole,
  createdAt,
  currentWorkspace,
  updatedAt,
} from './_shared.ts';

/**
 * People, shared across workspaces: the auth library's `user` model (id, name, email,
 * email_verified, image). Inside a tenant transaction only members of the current workspace are
 * visible; sign-up and sign-in read and write outside any workspace, as the runtime role.
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
    accountsDirectoryPolicy(),
  ],
).enableRLS();
