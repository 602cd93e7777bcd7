import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFakeProviderServer, type FakeProviderServer } from '@storecraft/ai/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { cliWith } from './spawn-cli.ts';

/** A full run renders through the embedded database and queue: slow on a busy machine. */
const RUN_TIMEOUT_MS = 240_000;

let server: FakeProviderServer;
const aiEnv = (extra: Record<string, string> = {}) => ({
  STORECRAFT_HOME: tempDir(),
  AI_PROVIDER: 'openai',
  OPENAI_API_KEY: 'sk-fake',
  OPENAI_BASE_URL: `${server.url}/v1`,
  ...extra,
});
const replicateEnv = (model = 'acme/flux:abc12345') => ({
  REPLICATE_API_TOKEN: 'r8-fake',
  REPLICATE_BASE_URL: `${server.url}/v1`,
  REPLICATE_IMAGE_MODEL: model,
});
const generate = (env: Record<string, string>, out: string, ...extra: string[]) =>
  cliWith(
    env,
    'generate',
    '--niche',
    'specialty coffee',
    '--products',
    '3',
    '--seed',
    'pictures',
    '--out',
    out,
    ...extra,
  );

interface CatalogLine {
  handle: string;
  images: { position: number; src: string | null }[];
}
const catalog = (out: string): CatalogLine[] =>
  readFileSync(path.join(out, 'catalog.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CatalogLine);

/** The entries of a ZIP whose files are stored, not deflated (as `createZipStream` writes them). */
function storedZipEntries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < entries; i++) {
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files.set(name, zip.subarray(data, data + size));
    at += 46 + skip;
  }
  return files;
}

/** The fake provider paints one flat colour; a drawn picture has shapes and shading. */
async function isFlat(file: Buffer): Promise<boolean> {
  const { channels } = await sharp(file).stats();
  return channels.every((c) => c.stdev < 2);
}

describe('generate with AI pictures (fake provider server)', () => {
  beforeAll(async () => {
    server = await createFakeProviderServer();
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });

  it(
    'draws the showcase products with the provider, normalised to WebP + thumbnail like drawn ones',
    async () => {
      const out = path.join(tempDir(), 'out');
      const run = await generate(aiEnv(), out, '--ai-products', '2');
      expect(run.code, run.err).toBe(0);
      const products = catalog(out);
      const showcase = products.slice(0, 2).flatMap((p) => p.images);
      const all = products.flatMap((p) => p.images);
      expect(server.requests('images')).toHaveLength(showcase.length);
      expect(run.out).toMatch(
        new RegExp(
          `AI pictures\\s+${showcase.length} of ${showcase.length} by openai:gpt-image-1-mini`,
        ),
      );
      expect(run.out).toMatch(/AI picture fallbacks\s+none/);
      expect(run.out).toContain(`${all.length} rendered`);
      expect(run.out).toMatch(new RegExp(`AI tokens.*, ${showcase.length} pictures`));
      expect(run.out).toMatch(/AI cost\s+\$0\.\d{4} estimated/);

      const thumbnails = storedZipEntries(readFileSync(path.join(out, 'thumbnails.zip')));
      for (const [i, product] of products.entries()) {
        for (const image of product.images) {
          const file = readFileSync(path.join(out, image.src ?? '?'));
          expect(await sharp(file).metadata()).toMatchObject({
            format: 'webp',
            width: 1024,
            height: 1024,
          });
          const thumb = thumbnails.get(`thumbnails/${product.handle}/${image.position}.webp`);
          expect(thumb && (await sharp(thumb).metadata())).toMatchObject({
            format: 'webp',
            width: 256,
            height: 256,
          });
          // The first two products carry the provider's (flat) picture; the third is drawn.
          expect(await isFlat(file)).toBe(i < 2);
        }
      }
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'falls back to drawing when the provider fails, exits 0 and says how many fell back',
    async () => {
      server.inject({ kind: 'quota', route: 'images', times: 1_000 });
      const out = path.join(tempDir(), 'out');
      const run = await generate(aiEnv(), out, '--ai-products', '1');
      expect(run.code, run.err).toBe(0);
      const products = catalog(out);
      const asked = products[0]?.images.length ?? 0;
      const all = products.flatMap((p) => p.images);
      expect(run.out).toMatch(new RegExp(`AI pictures\\s+0 of ${asked} by openai`));
      expect(run.out).toMatch(
        new RegExp(`AI picture fallbacks\\s+${asked} procedural \\(provider ${asked}\\)`),
      );
      expect(run.err).toContain('note: procedural picture');
      expect(run.out).toContain(`${all.length} rendered`);
      for (const image of all) {
        const file = readFileSync(path.join(out, image.src ?? '?'));
        expect(await sharp(file).metadata()).toMatchObject({ format: 'webp', width: 1024 });
        expect(await isFlat(file)).toBe(false);
      }
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'goes on to Replicate when OpenAI fails, before drawing',
    async () => {
      server.inject({ kind: 'quota', route: 'images', times: 1_000 });
      const out = path.join(tempDir(), 'out');
      const run = await generate(aiEnv(replicateEnv()), out, '--ai-products', '1');
      expect(run.code, run.err).toBe(0);
      const asked = catalog(out)[0]?.images.length ?? 0;
      expect(server.requests('predictions')).toHaveLength(asked);
      expect(run.out).toMatch(new RegExp(`AI pictures\\s+${asked} of ${asked} by`));
      expect(run.out).toMatch(/AI picture fallbacks\s+none/);
      expect(run.out).toContain('not priced: acme/flux:abc12345');
    },
    RUN_TIMEOUT_MS,
  );

  it('--dry-run prices the pictures too, Replicate included, and calls nothing', async () => {
    const model =
      'black-forest-labs/flux-schnell:c846a69991daf4c0e5d016514849d14ee5b2e6846ce6b9d6f21369e564cfe51e';
    const out = path.join(tempDir(), 'out');
    const run = await generate(
      { ...aiEnv(replicateEnv(model)), AI_PROVIDER: 'replicate' },
      out,
      '--dry-run',
    );
    expect(run.code, run.err).toBe(0);
    const pictures =
      /AI pictures\s+(\d+) for 3 products with replicate:black-forest-labs\/flux-schnell:\w+: \$(\d+\.\d{4})/.exec(
        run.out,
      );
    expect(pictures, run.out).not.toBeNull();
    expect(Number(pictures?.[2])).toBeCloseTo(Number(pictures?.[1]) * 0.003, 4);
    const openai = await generate(aiEnv(), out, '--dry-run');
    expect(openai.out).toMatch(
      /AI pictures\s+\d+ for 3 products with openai:gpt-image-1-mini: \$0\.\d{4}/,
    );
    expect(server.log).toHaveLength(0);
  });
});
