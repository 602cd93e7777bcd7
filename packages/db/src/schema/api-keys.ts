import { index, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, workspaceIdColumn } from './_shared.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const apiKeyScopes = ['read', 'write'] as const;
export const apiKeyScope = pgEnum('api_key_scope', apiKeyScopes);

/**
 * Automation keys of a workspace. Only the SHA-256 of the key is kept (the key is shown once);
 * `prefix` lets people tell keys apart. Looked up by hash before the workspace is known, so it is
 * an auth table (no row-level security; runtime role only).
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    scope: apiKeyScope('scope').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_workspace_idx').on(t.workspaceId, t.createdAt)],
);
