import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { createZipStream } from './create-zip-stream.ts';

/** Reads the central directory of a ZIP (enough to list names and sizes). */
function listZip(zip: Buffer): { name: string; size: number }[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: { name: string; size: number }[] = [];
  for (let i = 0; i < count; i++) {
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

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
