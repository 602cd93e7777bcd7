import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, snapshot } from './folder-snapshot.ts';
import { cli, tempDir } from './run-cli.ts';

const generate = (out: string, ...flags: string[]) =>
  cli(
    'generate',
    '--no-images',
    '--niche',
    'specialty coffee',
    '--products',
    '6',
    '--seed',
    '1',
    '--out',
    out,
    ...flags,
  );

interface Manifest {
  complete: boolean;
  generate: { niche: string; seed: string; products: number; formats: string[] };
  catalog: { path: string; products: number; variants: number; bytes: number; sha256: string };
  files: { path: string; bytes: number; sha256: string }[];
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'storecraft-manifest.json'), 'utf8')) as Manifest;

describe('generate replaces only what StoreCraft wrote', () => {
  it('refuses a project folder that happens to hold a brand.json, touching nothing', async () => {
    const project = tempDir();
    writeFileSync(path.join(project, 'brand.json'), '{"name": "my real brand"}\n');
    mkdirSync(path.join(project, 'src'));
    writeFileSync(path.join(project, 'src', 'index.ts'), 'export {};\n');
    mkdirSync(path.join(project, '.git'));
    writeFileSync(path.join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const before = snapshot(project);

    const { code, err } = await generate(project);
    expect(code).toBe(2);
    expect(err).toMatch(/is not empty and has no storecraft-manifest\.json/);
    expect(snapshot(project)).toEqual(before);
  });

  it('keeps files the user added to a previous output', async () => {
    const out = path.join(tempDir(), 'shop');
    expect((await generate(out)).code).toBe(0);
    writeFileSync(path.join(out, 'keep-me.txt'), 'mine');
    mkdirSync(path.join(out, 'shopify', 'theme'));
    writeFileSync(path.join(out, 'shopify', 'theme', 'layout.liquid'), '{{ content }}');

    const again = await generate(out, '--seed', '2');
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(path.join(out, 'keep-me.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(out, 'shopify', 'theme', 'layout.liquid'), 'utf8')).toBe(
      '{{ content }}',
    );
    expect(readManifest(out).generate.seed).toBe('2');
  });

  it('removes the files of formats it no longer writes, but not what the user put beside them', async () => {
    const out = path.join(tempDir(), 'shop');
    expect((await generate(out, '--formats', 'shopify,woocommerce,magento')).code).toBe(0);
    writeFileSync(path.join(out, 'magento', 'NOTES.md'), 'import on Monday');

    const again = await generate(out, '--formats', 'shopify');
    expect(again.code, again.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'brand.json',
      'catalog.jsonl',
      'categories.json',
      'logo.svg',
      'magento',
      'shopify',
      'storecraft-manifest.json',
    ]);
    expect(readdirSync(path.join(out, 'magento'))).toEqual(['NOTES.md']);
    expect(readManifest(out).files.map((f) => f.path)).toEqual([
      'brand.json',
      'catalog.jsonl',
      'categories.json',
      'logo.svg',
      'shopify/products.csv',
    ]);
  });

  it('keeps a file of its own that the user changed when the new run does not write it', async () => {
    const out = path.join(tempDir(), 'shop');
    expect((await generate(out, '--formats', 'shopify,woocommerce')).code).toBe(0);
    const edited = path.join(out, 'woocommerce', 'products.csv');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}# checked by Ana\n`);

    const again = await generate(out, '--formats', 'shopify');
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(edited, 'utf8')).toMatch(/# checked by Ana\n$/);
    expect(again.err).toContain('note: kept woocommerce/products.csv');
    expect(readManifest(out).files.map((f) => f.path)).not.toContain('woocommerce/products.csv');
  });

  it('refuses, touching nothing, when a file it would write was made by the user', async () => {
    const out = path.join(tempDir(), 'shop');
    expect((await generate(out)).code).toBe(0);
    mkdirSync(path.join(out, 'woocommerce'));
    writeFileSync(path.join(out, 'woocommerce', 'products.csv'), 'my own import file');
    const before = snapshot(out);

    const { code, err } = await generate(out, '--formats', 'shopify,woocommerce', '--seed', '9');
    expect(code).toBe(2);
    expect(err).toMatch(/already holds woocommerce\/products\.csv, which StoreCraft did not write/);
    expect(snapshot(out)).toEqual(before);
  });

  it('keeps the output folder itself, with its owner and mode', async () => {
    const out = path.join(tempDir(), 'shop');
    mkdirSync(out);
    chmodSync(out, 0o750);
    const { ino, uid, gid } = statSync(out);

    expect((await generate(out)).code).toBe(0);
    expect((await generate(out, '--seed', '2')).code).toBe(0);
    const after = statSync(out);
    expect(after.mode & 0o777).toBe(0o750);
    expect({ ino: after.ino, uid: after.uid, gid: after.gid }).toEqual({ ino, uid, gid });
  });
});

describe('the output manifest', () => {
  it('lists every file written with its size and SHA-256, the inputs and the catalog counts', async () => {
    const out = path.join(tempDir(), 'shop');
    const { code, out: stdout } = await generate(out, '--formats', 'shopify,magento', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { variants: number };
    const manifest = readManifest(out);

    expect(manifest.complete).toBe(true);
    expect(manifest.generate).toMatchObject({
      niche: 'specialty coffee',
      seed: '1',
      products: 6,
      formats: ['shopify', 'magento'],
    });
    const catalog = readFileSync(path.join(out, 'catalog.jsonl'));
    expect(manifest.catalog).toEqual({
      path: 'catalog.jsonl',
      products: 6,
      variants: summary.variants,
      bytes: catalog.length,
      sha256: sha256(catalog),
    });
    // The files listed are exactly the files in the folder, and their hashes are right.
    const onDisk = Object.keys(snapshot(out))
      .filter((name) => !name.endsWith('/') && name !== 'storecraft-manifest.json')
      .sort();
    expect(manifest.files.map((f) => f.path)).toEqual(onDisk);
    for (const file of manifest.files) {
      const content = readFileSync(path.join(out, file.path));
      expect({ bytes: file.bytes, sha256: file.sha256 }, file.path).toEqual({
        bytes: content.length,
        sha256: sha256(content),
      });
    }
  });

  it('is byte for byte the same for the same seed', async () => {
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    await generate(a, '--formats', 'shopify,woocommerce');
    await generate(b, '--formats', 'shopify,woocommerce');
    expect(snapshot(b)).toEqual(snapshot(a));
  });
});

describe('export adds its files beside the user’s', () => {
  it('keeps what the target folder already held and records the files it wrote', async () => {
    const source = path.join(tempDir(), 'catalog');
    expect((await generate(source)).code).toBe(0);
    const target = tempDir();
    mkdirSync(path.join(target, 'shopify', 'theme'), { recursive: true });
    writeFileSync(path.join(target, 'shopify', 'theme', 'layout.liquid'), '{{ content }}');
    writeFileSync(path.join(target, 'NOTES.md'), '# launch plan');

    for (const run of [1, 2]) {
      const exported = await cli('export', '--from', source, '--out', target);
      expect(exported.code, `run ${run}: ${exported.err}`).toBe(0);
    }
    expect(readFileSync(path.join(target, 'NOTES.md'), 'utf8')).toBe('# launch plan');
    expect(readFileSync(path.join(target, 'shopify', 'theme', 'layout.liquid'), 'utf8')).toBe(
      '{{ content }}',
    );
    expect(readFileSync(path.join(target, 'shopify', 'products.csv'))).toEqual(
      readFileSync(path.join(source, 'shopify', 'products.csv')),
    );
    expect(readManifest(target).files.map((f) => f.path)).toEqual(['shopify/products.csv']);
  });

  it('refuses to overwrite an import file it did not write, touching nothing', async () => {
    const source = path.join(tempDir(), 'catalog');
    expect((await generate(source)).code).toBe(0);
    const target = tempDir();
    mkdirSync(path.join(target, 'shopify'));
    writeFileSync(path.join(target, 'shopify', 'products.csv'), 'hand-tuned import');
    const before = snapshot(target);

    const { code, err } = await cli('export', '--from', source, '--out', target);
    expect(code).toBe(2);
    expect(err).toMatch(/already holds shopify\/products\.csv/);
    expect(snapshot(target)).toEqual(before);
  });

  it('records a format exported into the catalog folder, so the next generate replaces it', async () => {
    const out = path.join(tempDir(), 'shop');
    expect((await generate(out)).code).toBe(0);
    expect((await cli('export', '--from', out, '--format', 'woocommerce')).code).toBe(0);
    const manifest = readManifest(out);
    expect(manifest.files.map((f) => f.path)).toContain('woocommerce/products.csv');
    expect(manifest.catalog.products).toBe(6);

    expect((await generate(out, '--seed', '2')).code).toBe(0);
    expect(readdirSync(out)).not.toContain('woocommerce');
  });
});
