import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@storecraft/config';
import { productSchema } from '@storecraft/core';
import { createDatabase, rowsOf } from '@storecraft/db';
import { validateExport } from '@storecraft/exporters';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { snapshot } from './folder-snapshot.ts';
import { cli, home, tempDir } from './run-cli.ts';

describe('storecraft generate with images', () => {
  it('renders every planned image through the embedded queue and points the CSVs at them', async () => {
    const out = path.join(tempDir('storecraft-img-'), 'shop');
    const {
      code,
      out: stdout,
      err,
    } = await cli(
      'generate',
      '--niche',
      'sustainable yoga wear',
      '--products',
      '6',
      '--seed',
      'img',
      '--out',
      out,
      '--image-base-url',
      'https://cdn.example.com/shop/',
    );
    expect(code, err).toBe(0);
    const products = readFileSync(path.join(out, 'catalog.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => productSchema.parse(JSON.parse(line)));
    const planned = products.flatMap((p) => p.images.map((i) => `${p.handle}/${i.position}`));
    expect(stdout).toContain(`${planned.length} rendered`);
    // Every image is on disk where its `src` says, as a 1024 px WebP.
    for (const product of products) {
      for (const image of product.images) {
        expect(image.src).toBe(`images/${product.handle}/${image.position}.webp`);
        const meta = await sharp(path.join(out, image.src ?? '')).metadata();
        expect(meta).toMatchObject({ format: 'webp', width: 1024 });
      }
    }
    expect(readdirSync(path.join(out, 'images')).sort()).toEqual(
      [...new Set(products.map((p) => p.handle))].sort(),
    );
    expect(readFileSync(path.join(out, 'thumbnails.zip')).subarray(0, 2).toString()).toBe('PK');
    // The manifest lists every picture and the ZIP (written as they rendered, hashed on the way)
    // with the size and SHA-256 of what is on disk.
    const manifest = JSON.parse(
      readFileSync(path.join(out, 'storecraft-manifest.json'), 'utf8'),
    ) as { files: { path: string; bytes: number; sha256: string }[] };
    const onDisk = Object.entries(snapshot(out)).filter(
      ([name, hash]) => hash !== 'folder' && name !== 'storecraft-manifest.json',
    );
    expect(manifest.files).toEqual(
      onDisk
        .map(([name, hash]) => ({
          path: name.split(path.sep).join('/'),
          bytes: readFileSync(path.join(out, name)).length,
          sha256: hash,
        }))
        .sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    expect(manifest.files.filter((file) => file.path.startsWith('images/'))).toHaveLength(
      planned.length,
    );

    const csv = readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8');
    expect(csv).toContain(`https://cdn.example.com/shop/images/${products[0]?.handle}/1.webp`);
    const report = await validateExport('shopify', csv);
    expect(report.issues).toEqual([]);

    // The run cleaned up after itself: no brand or stored image left in the embedded state, not
    // even the folders the pictures were stored in.
    const stored = path.join(home, 'files', 'images');
    expect(existsSync(stored) ? readdirSync(stored) : []).toEqual([]);
    const config = loadConfig({ STORECRAFT_HOME: home });
    const handle = await createDatabase(config.database);
    try {
      expect(rowsOf(await handle.db.execute('select count(*)::int as n from brands'))).toEqual([
        { n: 0 },
      ]);
      expect(
        rowsOf(
          await handle.db.execute(
            `select count(*)::int as n from generation_jobs where status <> 'done'`,
          ),
        ),
      ).toEqual([{ n: 0 }]);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('says plainly that platforms need public URLs when no base URL is given', async () => {
    const out = path.join(tempDir('storecraft-img-'), 'shop');
    const { code, err } = await cli(
      'generate',
      '--niche',
      'candles',
      '--products',
      '2',
      '--seed',
      'c',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(err).toMatch(/public URLs/);
    expect(readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8')).toMatch(
      /,images\/[a-z0-9-]+\/1\.webp,/,
    );
  }, 120_000);

  it('refuses to start a worker without DATABASE_URL', async () => {
    const { code, err } = await cli('worker');
    expect(code).toBe(2);
    expect(err).toMatch(/needs DATABASE_URL/);
  });
});
