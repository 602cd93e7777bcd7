import { AppError } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import {
  assertValidKey,
  assertValidPrefix,
  exportKey,
  exportKeyStem,
  imageKey,
  thumbnailKey,
} from './storage-keys.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('key scheme', () => {
  it('builds image, thumbnail and export keys', () => {
    expect(imageKey('brand_1', 'prod_2', 3, 'webp')).toBe('images/brand_1/prod_2/3.webp');
    expect(thumbnailKey('brand_1', 'prod_2', 3, 'webp')).toBe('images/brand_1/prod_2/3-thumb.webp');
    expect(exportKey('brand_1', new Date('2025-01-02T03:04:05.678Z'), 'zip')).toBe(
      'exports/brand_1/20250102T030405Z.zip',
    );
  });

  it("names an export job's files apart from another export of the same second", () => {
    const at = new Date('2025-01-02T03:04:05.678Z');
    expect(exportKeyStem('brand_1', at, 'exp_a')).toBe('exports/brand_1/20250102T030405Z-exp_a');
    expect(exportKeyStem('brand_1', at, 'exp_b')).not.toBe(exportKeyStem('brand_1', at, 'exp_a'));
    expect(codeOf(() => exportKeyStem('brand_1', at, '../x'))).toBe('INVALID_INPUT');
  });

  it('formats the export timestamp in UTC whatever the offset it was written with', () => {
    expect(exportKey('brand_1', new Date('2025-12-31T23:30:00-02:00'), 'csv')).toBe(
      'exports/brand_1/20260101T013000Z.csv',
    );
  });

  it('refuses parts that would break the scheme', () => {
    expect(codeOf(() => imageKey('brand/1', 'prod_2', 1, 'webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => imageKey('..', 'prod_2', 1, 'webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => imageKey('brand_1', '', 1, 'webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => imageKey('brand_1', 'prod_2', -1, 'webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => thumbnailKey('brand_1', 'prod_2', 1.5, 'webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => imageKey('brand_1', 'prod_2', 1, '.webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => exportKey('brand_1', new Date('nope'), 'csv'))).toBe('INVALID_INPUT');
  });
});

describe('key validation', () => {
  it('accepts relative paths, unicode included', () => {
    for (const key of ['a', 'images/b/p/1.webp', 'exports/marque_été/产品 1.csv', 'a/.hidden']) {
      expect(codeOf(() => assertValidKey(key))).toBeUndefined();
    }
  });

  it('names the problem', () => {
    expect(() => assertValidKey('images/../x')).toThrow(/must not contain \. or \.\. segments/);
    expect(() => assertValidKey('/x')).toThrow(/relative/);
    expect(() => assertValidKey('a\\b')).toThrow(/backslash/);
    expect(() => assertValidKey('a\0b')).toThrow(/NUL/);
    expect(() => assertValidKey('a\nb')).toThrow(/control characters/);
    expect(() => assertValidKey('é'.repeat(513))).toThrow(/1024 bytes/);
  });

  it('allows the empty prefix, a trailing slash and a partial segment in prefixes only', () => {
    for (const prefix of ['', 'images/', 'images/bra']) {
      expect(codeOf(() => assertValidPrefix(prefix))).toBeUndefined();
    }
    expect(codeOf(() => assertValidKey('images/'))).toBe('INVALID_INPUT');
    for (const prefix of ['/images', '../', 'images//', 'a/./b']) {
      expect(codeOf(() => assertValidPrefix(prefix))).toBe('INVALID_INPUT');
    }
  });
});
