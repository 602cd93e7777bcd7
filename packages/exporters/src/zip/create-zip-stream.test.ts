import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { listZip } from '../testing/zip-test-helpers.ts';
import { createZipStream } from './create-zip-stream.ts';

describe('createZipStream', () => {
  it('writes every entry, opening each one only when it is reached', async () => {
    const opened: string[] = [];
    const entries = Array.from({ length: 50 }, (_, i) => ({
      name: `thumbnails/p-${i}/1.webp`,
      open: () => {
        opened.push(String(i));
        return Promise.resolve(
          i % 2 ? Buffer.alloc(100 + i, i) : Readable.from([Buffer.alloc(100 + i, i)]),
        );
      },
    }));
    const zip = await buffer(createZipStream(entries));
    expect(listZip(zip)).toEqual(entries.map((e, i) => ({ name: e.name, size: 100 + i })));
    expect(opened).toHaveLength(50);
  });

  it('opens up to openAhead entries early, and still writes them in the listed order', async () => {
    const opened: number[] = [];
    let openedWhenFirstRead = -1;
    const entries = Array.from({ length: 20 }, (_, i) => ({
      name: `thumbnails/p-${i}/1.webp`,
      open: async () => {
        opened.push(i);
        // Later entries are ready sooner: the archive must not take them in that order.
        await new Promise((resolve) => setTimeout(resolve, 20 - i));
        if (i === 0) openedWhenFirstRead = opened.length;
        return Buffer.alloc(10 + i, i);
      },
    }));
    const zip = await buffer(createZipStream(entries, { openAhead: 4 }));
    expect(listZip(zip)).toEqual(entries.map((e, i) => ({ name: e.name, size: 10 + i })));
    expect(openedWhenFirstRead).toBe(5);
    expect(opened.toSorted((a, b) => a - b)).toEqual(entries.map((_, i) => i));
  });

  it('gives the same bytes for the same entries', async () => {
    const make = () =>
      createZipStream([{ name: 'a.txt', open: () => Promise.resolve(Buffer.from('hello')) }]);
    expect(await buffer(make())).toEqual(await buffer(make()));
  });

  it('fails the stream when an entry cannot be opened', async () => {
    const zip = createZipStream([{ name: 'x', open: () => Promise.reject(new Error('gone')) }]);
    await expect(buffer(zip)).rejects.toThrow('gone');
  });
});
