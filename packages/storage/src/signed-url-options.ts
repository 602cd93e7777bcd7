import { AppError } from '@storecraft/core';
import type { SignedUrlOptions } from './file-storage.ts';

/** S3 refuses presigned URLs that live longer than 7 days; every adapter keeps the same bound. */
export const MAX_SIGNED_URL_SECONDS = 7 * 24 * 60 * 60;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Throws `INVALID_INPUT` for a lifetime outside 1 s – 7 days or an unusable download name. */
export function assertValidSignedUrlOptions({
  expiresInSeconds,
  downloadName,
}: SignedUrlOptions): void {
  if (
    !Number.isInteger(expiresInSeconds) ||
    expiresInSeconds < 1 ||
    expiresInSeconds > MAX_SIGNED_URL_SECONDS
  ) {
    throw new AppError(
      'INVALID_INPUT',
      `expiresInSeconds must be a whole number from 1 to ${MAX_SIGNED_URL_SECONDS}, got ${expiresInSeconds}`,
    );
  }
  if (
    downloadName !== undefined &&
    (downloadName.trim() === '' ||
      CONTROL_CHARACTERS.test(downloadName) ||
      /[/\\]/.test(downloadName) ||
      downloadName.length > 255)
  ) {
    throw new AppError(
      'INVALID_INPUT',
      `downloadName must be a plain file name, got ${JSON.stringify(downloadName)}`,
    );
  }
}

/**
 * `Content-Disposition: attachment` naming the file, with an ASCII fallback for old clients and
 * the exact UTF-8 name in `filename*` (RFC 6266).
 */
export function attachmentDisposition(downloadName: string): string {
  const fallback = downloadName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(downloadName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
