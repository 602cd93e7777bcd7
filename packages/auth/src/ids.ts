import { newId } from '@storecraft/core';

/**
 * Ids for the auth models, prefixed like the rest of the schema. `@storecraft/core` names the
 * prefixes of the tables it knows (users, workspaces, memberships); the auth-only tables borrow its
 * time-sortable body with their own prefix.
 */
const authOnlyPrefixes = {
  session: 'sess',
  account: 'acct',
  verification: 'verif',
  invitation: 'inv',
  apiKey: 'key',
} as const;

export type AuthIdKind = 'user' | 'workspace' | 'membership' | keyof typeof authOnlyPrefixes;

export function newAuthId(kind: AuthIdKind): string {
  switch (kind) {
    case 'user':
    case 'workspace':
    case 'membership':
      return newId(kind);
    default: {
      const body = newId('user').slice('user_'.length);
      return `${authOnlyPrefixes[kind]}_${body}`;
    }
  }
}

/** better-auth model names → our id kinds (models we do not use get a generic id). */
export function idForModel(model: string): string {
  switch (model) {
    case 'user':
      return newAuthId('user');
    case 'organization':
      return newAuthId('workspace');
    case 'member':
      return newAuthId('membership');
    case 'session':
    case 'account':
    case 'verification':
    case 'invitation':
      return newAuthId(model);
    default:
      return newAuthId('verification');
  }
}
