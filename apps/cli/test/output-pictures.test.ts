import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMemoryStorage } from '@storecraft/storage';
import { describe, expect, it } from 'vitest';
import { OutputPictures } from '../src/render-catalog-images.ts';
import { sha256 } from './folder-snapshot.ts';
import { tempDir } from './run-cli.ts';

const picture = (handle: string, position: number, bytes: Buffer) => ({
  productId: `prod_${handle}`,
  handle,
  position,
  image: bytes,
  thumbnail: Buffer.from('thumb'),
  format: 'webp' as const,
});

describe('OutputPictures', () => {
  it('writes each picture into the output folder as it arrives and describes it for the manifest', async () => {
    const dir = tempDir('storecraft-pictures-');
    const pictures = new OutputPictures(dir);
    const bytes = [Buffer.from('first picture'), Buffer.from('second'), Buffer.from('other')];
    await Promise.all([
      pictures.write(picture('mug', 1, bytes[0] as Buffer)),
      pictures.write(picture('mug', 2, bytes[1] as Buffer)),
      pictures.write(picture('pot', 1, bytes[2] as Buffer)),
    ]);
    const written = await pictures.settled();
    expect([...written.values()].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: 'images/mug/1.webp', bytes: 13, sha256: sha256(bytes[0] as Buffer) },
      { path: 'images/mug/2.webp', bytes: 6, sha256: sha256(bytes[1] as Buffer) },
      { path: 'images/pot/1.webp', bytes: 5, sha256: sha256(bytes[2] as Buffer) },
    ]);
    expect(readFileSync(path.join(dir, 'images/mug/2.webp'), 'utf8')).toBe('second');
  });

  it('loses nothing when a write fails: the picture is left to be copied from storage', async () => {
    const dir = tempDir('storecraft-pictures-');
    // A file where the product's folder should be: writing the picture fails.
    mkdirSync(path.join(dir, 'images'));
    writeFileSync(path.join(dir, 'images', 'mug'), 'in the way');
    const pictures = new OutputPictures(dir);
    await expect(pictures.write(picture('mug', 1, Buffer.from('pixels')))).resolves.toBeUndefined();
    expect((await pictures.settled()).size).toBe(0);

    rmSync(path.join(dir, 'images', 'mug'));
    const storage = createMemoryStorage();
    await storage.put('images/brand_1/prod_mug/1.webp', Buffer.from('stored pixels'));
    await pictures.copy(storage, 'images/brand_1/prod_mug/1.webp', 'images/mug/1.webp');
    expect(readFileSync(path.join(dir, 'images/mug/1.webp'), 'utf8')).toBe('stored pixels');
    expect((await pictures.settled()).get('images/mug/1.webp')).toEqual({
      path: 'images/mug/1.webp',
      bytes: 13,
      sha256: sha256('stored pixels'),
    });
  });
});
