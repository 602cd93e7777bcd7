import { AppError } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { filesPathFor, signFileUrl, verifySignedFileUrl } from './file-url-signature.ts';

const secret = 'signature-test-secret';
const now = new Date('2025-06-01T12:00:00Z');

function sign(key: string, publicUrl = 'https://shop.example') {
  return signFileUrl({ secret, publicUrl, key, now, options: { expiresInSeconds: 60 } });
}

function verify(url: string, at = now, filesPath = '/files/') {
  return verifySignedFileUrl({ secret, filesPath, url, now: at });
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('signed file URLs', () => {
  it('round-trip absolute URLs and request paths', () => {
    const url = sign('images/b/p/1 é.webp');
    expect(url).toContain('/files/images/b/p/1%20%C3%A9.webp?expires=1748779260&signature=');
    expect(verify(url).key).toBe('images/b/p/1 é.webp');
    expect(verify(url.slice('https://shop.example'.length)).key).toBe('images/b/p/1 é.webp');
  });

  it('are valid until, and not at, the expiry second', () => {
    const url = sign('a.csv');
    expect(verify(url, new Date('2025-06-01T12:00:59.999Z')).key).toBe('a.csv');
    expect(codeOf(() => verify(url, new Date('2025-06-01T12:01:00Z')))).toBe('FORBIDDEN');
  });

  it('live under the public URL path when the app is mounted below the root', () => {
    expect(filesPathFor('https://shop.example/app/')).toBe('/app/files/');
    const url = sign('a.csv', 'https://shop.example/app/');
    expect(url.startsWith('https://shop.example/app/files/a.csv?')).toBe(true);
    expect(verify(url, now, '/app/files/').key).toBe('a.csv');
  });

  it('refuse smuggled path segments and foreign routes', () => {
    const url = new URL(sign('a.csv'));
    const smuggled = `/files/x%2F..%2F..%2Fetc%2Fpasswd${url.search}`;
    expect(codeOf(() => verify(smuggled))).toBe('FORBIDDEN');
    expect(codeOf(() => verify(`/other/a.csv${url.search}`))).toBe('NOT_FOUND');
    expect(codeOf(() => verify('/files/a.csv?expires=abc&signature=x'))).toBe('FORBIDDEN');
  });
});
