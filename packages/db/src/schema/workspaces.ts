import { sql } from 'drizzle-orm';
import { membershipRoles } from '@storecraft/core';
import { index, pgEnum, pgPolicy, pgTable, text, unique } from 'drizzle-orm/pg-core';
import {
  accountsDirectoryPolicy,
  appRole,
  createdAt,
  currentWorkspace,
  tenantPolicy,
  updatedAt,
  workspaceIdColumn,
} from './_shared.ts';
import { users } from './users.ts';

/** A workspace is the auth library's `organization` (logo and metadata are its optional fields). */
export const workspaces = pgTable(
  'workspaces',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    logo: text('logo'),
    metadata: text('metadata'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    pgPolicy('tenant_isolation', {
      for: 'all',
      to: appRole,
      using: sql`${t.id} = ${currentWorkspace}`,
      withCheck: sql`${t.id} = ${currentWorkspace}`,
    }),
    accountsDirectoryPolicy(),
  ],
).enableRLS();

export const membershipRole = pgEnum('membership_role', membershipRoles);

export const workspaceMemberships = pgTable(
  'workspace_memberships',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('workspace_memberships_workspace_user_key').on(t.workspaceId, t.userId),
    index('workspace_memberships_user_idx').on(t.userId),
    tenantPolicy(t.workspaceId),
    accountsDirectoryPolicy(),
  ],
).enableRLS();
