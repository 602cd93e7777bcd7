import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, workspaceIdColumn } from './_shared.ts';
import { users } from './users.ts';
import { membershipRole, workspaces } from './workspaces.ts';

export const invitationStatuses = ['pending', 'accepted', 'revoked'] as const;
export const invitationStatus = pgEnum('invitation_status', invitationStatuses);

/**
 * An invitation by link (the auth library's `invitation` model). The link's token is kept only as
 * its SHA-256 hash. Read by token before the invitee is a member, so it is an auth table (no
 * row-level security; runtime role only), always filtered by workspace in the directory.
 */
export const workspaceInvitations = pgTable(
  'workspace_invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: membershipRole('role').notNull().default('member'),
    status: invitationStatus('status').notNull().default('pending'),
    tokenHash: text('token_hash').notNull().unique(),
    inviterId: text('inviter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('workspace_invitations_workspace_idx').on(t.workspaceId, t.createdAt),
    index('workspace_invitations_pending_email_idx')
      .on(t.workspaceId, t.email)
      .where(sql`${t.status} = 'pending'`),
  ],
);
