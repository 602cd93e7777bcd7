import { accounts, sessions, verifications } from './auth.ts';
import { workspaceInvitations } from './invitations.ts';
import { users } from './users.ts';
import { workspaceMemberships, workspaces } from './workspaces.ts';

/**
 * The tables the auth library's Drizzle adapter writes, for `@storecraft/auth` to map its models
 * onto (user → users, organization → workspaces, member → workspace_memberships, …). Not part of
 * `schema/index.ts`, which drizzle-kit reads table by table.
 */
export const authTables = {
  users,
  workspaces,
  workspaceMemberships,
  workspaceInvitations,
  sessions,
  accounts,
  verifications,
};
