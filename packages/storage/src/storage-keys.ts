import { AppError } from '@storecraft/core';

/** S3's limit on a key, in UTF-8 bytes; applied everywhere so a key valid locally is valid on S3. */
const MAX_KEY_BYTES = 1024;

// C0 controls and DEL: NUL breaks file systems, and none of them survive S3's XML listings.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Why `key` is not a valid storage key, or undefined when it is. */
function keyProblem(key: string, { isPrefix }: { isPrefix: boolean }): string | undefined {
  if (key === '') return isPrefix ? undefined : 'must not be empty';
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) {
    return `must be at most ${MAX_KEY_BYTES} bytes`;
  }
  if (CONTROL_CHARACTERS.test(key)) return 'must not contain control characters such as NUL';
  if (key.includes('\\')) return 'must use / as separator, not a backslash';
  if (key.startsWith('/')) return 'must be relative (no leading /)';
  // A prefix may end with `/` (`images/brand_1/`) or stop mid-segment (`images/bra`).
  const segments = key.split('/');
  if (isPrefix) segments.pop();
  for (const segment of segments) {
    if (segment === '') return 'must not contain empty segments (// or a trailing /)';
    if (segment === '.' || segment === '..') return 'must not contain . or .. segments';
  }
  return undefined;
}

/** Throws `INVALID_INPUT` unless `key` is a relative, normalized path without `..`. */
export function assertValidKey(key: string): void {
  const problem = keyProblem(key, { isPrefix: false });
  if (problem !== undefined) {
    throw new AppError('INVALID_INPUT', `Invalid storage key ${JSON.stringify(key)}: ${problem}`, {
      fieldErrors: [{ path: 'key', message: problem }],
    });
  }
}

/** Like `assertValidKey`, but allows the empty prefix, a trailing `/` and a partial last segment. */
export function assertValidPrefix(prefix: string): void {
  const problem = keyProblem(prefix, { isPrefix: true });
  if (problem !== undefined) {
    throw new AppError(
      'INVALID_INPUT',
      `Invalid storage prefix ${JSON.stringify(prefix)}: ${problem}`,
      { fieldErrors: [{ path: 'prefix', message: problem }] },
    );
  }
}

function segment(name: string, value: string): string {
  if (value === '' || value.includes('/') || keyProblem(value, { isPrefix: false })) {
    throw new AppError(
      'INVALID_INPUT',
      `${name} must be a single path segment, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function extension(ext: string): string {
  if (!/^[A-Za-z0-9]{1,16}$/.test(ext)) {
    throw new AppError(
      'INVALID_INPUT',
      `ext must be letters and digits without a dot, got ${JSON.stringify(ext)}`,
    );
  }
  return ext;
}

function imageNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new AppError('INVALID_INPUT', `image number must be a whole number ≥ 0, got ${n}`);
  }
  return n;
}

/** `images/{brandId}/{productId}/{n}.{ext}` */
export function imageKey(brandId: string, productId: string, n: number, ext: string): string {
  return `images/${segment('brandId', brandId)}/${segment('productId', productId)}/${imageNumber(n)}.${extension(ext)}`;
}

/** `images/{brandId}/{productId}/{n}-thumb.{ext}` */
export function thumbnailKey(brandId: string, productId: string, n: number, ext: string): string {
  return `images/${segment('brandId', brandId)}/${segment('productId', productId)}/${imageNumber(n)}-thumb.${extension(ext)}`;
}

/** `exports/{brandId}/{yyyymmddThhmmssZ}.{ext}`, the timestamp in UTC. */
export function exportKey(brandId: string, timestamp: Date, ext: string): string {
  return `exports/${segment('brandId', brandId)}/${exportStamp(timestamp)}.${extension(ext)}`;
}

/**
 * `exports/{brandId}/{yyyymmddThhmmssZ}-{exportId}`: the stem an export's files are named from
 * (`{stem}.csv`, `{stem}-{name}.{ext}`). The export's id keeps two exports started in the same
 * second (Shopify, then WooCommerce) from overwriting each other.
 */
export function exportKeyStem(brandId: string, timestamp: Date, exportId: string): string {
  return `exports/${segment('brandId', brandId)}/${exportStamp(timestamp)}-${segment('exportId', exportId)}`;
}

function exportStamp(timestamp: Date): string {
  if (Number.isNaN(timestamp.getTime())) {
    throw new AppError('INVALID_INPUT', 'export timestamp is not a valid date');
  }
  // 2025-01-02T03:04:05.678Z → 20250102T030405Z
  return timestamp
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
