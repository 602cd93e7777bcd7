import { createHash, createHmac, randomBytes } from 'node:crypto';

/** URL-safe random text with `bytes` bytes of entropy (base64url). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 hex of a high-entropy secret (API key, invitation token). A fast hash is right here:
 * the input is random, not a password, so there is nothing to brute-force; it only keeps a
 * database leak from handing out working keys.
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * A key for one purpose derived from the installation's secret (HMAC-SHA256 of the purpose), so the
 * secret that signs download links never signs a session cookie itself, and vice versa.
 */
export function deriveKey(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(`storecraft:${purpose}`, 'utf8').digest('base64url');
}

/** HMAC-SHA256 hex: a stable pseudonym for a low-entropy value (an email) that a table can hold. */
export function hmacHex(key: string, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}
