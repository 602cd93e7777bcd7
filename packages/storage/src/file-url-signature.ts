import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '@storecraft/core';
import type { SignedUrlOptions } from './file-storage.ts';
import { assertValidSignedUrlOptions } from './signed-url-options.ts';
import { assertValidKey } from './storage-keys.ts';

/**
 * Signed URLs for files served by this process: `{publicUrl}/files/{key}?expires=…&signature=…`
 * (`&download=…` when a download name is set). The signature is HMAC-SHA256 over the key, the
 * expiry and the download name, so none of them can be changed without invalidating it.
 */

export interface VerifiedFileUrl {
  key: string;
  downloadName: string | undefined;
  expiresAt: Date;
}

/** The path under which files are served, derived from the public URL (`/files/` or `/app/files/`). */
export function filesPathFor(publicUrl: string): string {
  let pathname: string;
  try {
    pathname = new URL(publicUrl).pathname;
  } catch (error) {
    throw new AppError('INVALID_INPUT', `publicUrl must be an absolute URL, got ${publicUrl}`, {
      cause: error,
    });
  }
  return `${pathname.replace(/\/+$/, '')}/files/`;
}

function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

function signature(secret: string, key: string, expires: number, downloadName?: string): string {
  // Keys and download names cannot contain newlines (validated), so the message is unambiguous.
  return createHmac('sha256', secret)
    .update(`storecraft-file-v1\n${key}\n${expires}\n${downloadName ?? ''}`, 'utf8')
    .digest('base64url');
}

export function signFileUrl(params: {
  secret: string;
  publicUrl: string;
  key: string;
  now: Date;
  options: SignedUrlOptions;
}): string {
  const { secret, publicUrl, key, now, options } = params;
  assertValidKey(key);
  assertValidSignedUrlOptions(options);
  const expires = Math.floor(now.getTime() / 1000) + options.expiresInSeconds;
  const query = new URLSearchParams({ expires: String(expires) });
  if (options.downloadName !== undefined) query.set('download', options.downloadName);
  query.set('signature', signature(secret, key, expires, options.downloadName));
  return `${publicUrl.replace(/\/+$/, '')}/files/${encodeKey(key)}?${query.toString()}`;
}

function forbidden(reason: string): AppError {
  return new AppError('FORBIDDEN', `Signed file URL refused: ${reason}`, {
    userMessage: 'This link is invalid or has expired.',
  });
}

/**
 * Checks a signed URL (absolute, or the path and query of a request) at `now`. Throws `NOT_FOUND`
 * when the path is not under `filesPath`, and `FORBIDDEN` when the signature does not match or the
 * URL has expired.
 */
export function verifySignedFileUrl(params: {
  secret: string;
  filesPath: string;
  url: string;
  now: Date;
}): VerifiedFileUrl {
  const { secret, filesPath, url, now } = params;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://signed-url.invalid');
  } catch {
    throw forbidden('malformed URL');
  }
  if (!parsed.pathname.startsWith(filesPath)) {
    throw new AppError('NOT_FOUND', `No file route at ${parsed.pathname}`);
  }
  let key: string;
  try {
    key = parsed.pathname.slice(filesPath.length).split('/').map(decodeURIComponent).join('/');
    assertValidKey(key);
  } catch {
    throw forbidden('malformed key');
  }
  const expiresText = parsed.searchParams.get('expires') ?? '';
  const given = parsed.searchParams.get('signature') ?? '';
  const downloadName = parsed.searchParams.get('download') ?? undefined;
  if (!/^\d{1,12}$/.test(expiresText)) throw forbidden('missing or malformed expiry');
  const expires = Number(expiresText);

  const expected = Buffer.from(signature(secret, key, expires, downloadName), 'utf8');
  const givenBytes = Buffer.from(given, 'utf8');
  // Lengths are public (always 43 chars); the bytes are compared in constant time.
  if (givenBytes.length !== expected.length || !timingSafeEqual(givenBytes, expected)) {
    throw forbidden('signature does not match');
  }
  if (now.getTime() >= expires * 1000) throw forbidden('expired');
  return { key, downloadName, expiresAt: new Date(expires * 1000) };
}
