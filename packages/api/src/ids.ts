import { idPrefixes, type IdKind } from '@storecraft/core';
import { z } from 'zod';

/** An id of ours (`brand_…`): the prefix and 26 base32 characters, nothing else reaches a query. */
export function idOf(kind: IdKind) {
  return z.string().regex(new RegExp(`^${idPrefixes[kind]}_[0-9a-z]{26}$`), `is not a ${kind} id`);
}

/** Ids made by the accounts library (users, invitations, API keys): opaque, bounded. */
export const externalIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not an id');
