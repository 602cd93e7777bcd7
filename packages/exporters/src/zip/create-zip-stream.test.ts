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
