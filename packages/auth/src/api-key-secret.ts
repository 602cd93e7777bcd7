import { randomToken, sha256Hex } from './secrets.ts';

const KEY_PREFIX = 'sc_live_';
/** 32 random bytes → 43 base64url characters. */
const KEY_PATTERN = /^sc_live_[A-Za-z0-9_-]{43}$/;
/** How much of the key is kept in the clear so people can tell keys apart. */
const VISIBLE_CHARS = KEY_PREFIX.length + 4;

export interface NewApiKeySecret {
  key: string;
  hash: string;
  prefix: string;
}

/** A fresh key (`sc_live_…`, 256 random bits), its SHA-256 and its visible prefix. */
export function generateApiKeySecret(): NewApiKeySecret {
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, VISIBLE_CHARS) };
}

/** The hash to look a presented key up by, or null when it cannot be one of ours. */
export function apiKeyHashOf(presented: string): string | null {
  return KEY_PATTERN.test(presented) ? sha256Hex(presented) : null;
}
