import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../src/index.ts';
import { chunksOverTime } from './test-bodies.ts';

describe('memory storage', () => {
  it('counts puts per key, so tests can assert a file was stored exactly once', async () => {
    const storage = createMemoryStorage();
    expect(storage.putCount('images/b/p/1.webp')).toBe(0);
    await storage.put('images/b/p/1.webp', 'x');
    expect(storage.putCount('images/b/p/1.webp')).toBe(1);
    await storage.put('images/b/p/1.webp', 'y');
    expect(storage.putCount('images/b/p/1.webp')).toBe(2);
    expect(storage.putCount('images/b/p/2.webp')).toBe(0);
  });

  it('does not count a put whose body failed', async () => {
    const storage = createMemoryStorage();
    const failing = chunksOverTime([Buffer.from('x')], new Error('boom'));
    await expect(storage.put('a.txt', failing)).rejects.toThrow('boom');
    expect(storage.putCount('a.txt')).toBe(0);
    expect(storage.keys()).toEqual([]);
  });

  it('keeps its own copy of the bytes', async () => {
    const storage = createMemoryStorage();
    const bytes = Buffer.from('original');
    await storage.put('a.txt', bytes);
    bytes.write('mutated!');
    const opened = await storage.open('a.txt');
    expect(opened).toMatchObject({ size: 8, contentType: 'text/plain; charset=utf-8' });
    const chunks: Buffer[] = [];
    for await (const chunk of opened.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('original');
  });

  it('signs URLs with the same scheme as local storage', async () => {
    const storage = createMemoryStorage({ now: () => new Date('2025-01-01T00:00:00Z') });
    const url = await storage.signedUrl('exports/b/x.csv', { expiresInSeconds: 60 });
    expect(url).toMatch(
      /^http:\/\/storage\.test\/files\/exports\/b\/x\.csv\?expires=1735689660&signature=[\w-]{43}$/,
    );
    expect(storage.verifySignedUrl(url, new Date('2025-01-01T00:00:30Z')).key).toBe(
      'exports/b/x.csv',
    );
  });
});
