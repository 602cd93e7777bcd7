import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, parseInput } from '@storecraft/core';
import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };

/**
 * Every folder StoreCraft writes holds this file. It lists the files StoreCraft wrote there, so a
 * later run replaces or removes only those and never a file it did not write; for `generate` it
 * also records the inputs and what `catalog.jsonl` must contain, so `export` can refuse a catalog
 * that was cut short or changed.
 */
export const MANIFEST_FILE = 'storecraft-manifest.json';

/** A path the manifest may name: relative, `/`-separated, inside the folder. */
function isInsideFolder(file: string): boolean {
  return (
    !file.startsWith('/') &&
    !file.includes('\\') &&
    file.split('/').every((part) => part !== '' && part !== '.' && part !== '..') &&
    file !== MANIFEST_FILE
  );
}

const fileSchema = z.object({
  path: z.string().refine(isInsideFolder, 'must be a relative path inside the folder'),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
});

const manifestSchema = z.object({
  manifest: z.literal('storecraft-output', 'is not a StoreCraft output manifest'),
  version: z.literal(1, 'was written by another version of StoreCraft'),
  tool: z.string(),
  /** False while a run moves files into place: the folder is then a mix of two outputs. */
  complete: z.boolean(),
  /** The inputs of the `generate` run that wrote the catalog. */
  generate: z
    .object({
      niche: z.string(),
      seed: z.string(),
      products: z.number().int(),
      formats: z.array(z.string()),
      images: z.boolean(),
      imageBaseUrl: z.string().optional(),
      shopifyHeaders: z.string().optional(),
    })
    .optional(),
  /** What `catalog.jsonl` holds, checked by `export`. */
  catalog: fileSchema
    .extend({ products: z.number().int().nonnegative(), variants: z.number().int().nonnegative() })
    .optional(),
  /** Every file StoreCraft wrote into the folder (the manifest itself excepted), sorted by path. */
  files: z.array(fileSchema),
});

export type OutputManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof fileSchema>;
export type GenerateRecord = NonNullable<OutputManifest['generate']>;
export type CatalogRecord = NonNullable<OutputManifest['catalog']>;

/** Reads `dir`'s manifest: null when there is none, an INVALID_INPUT error when it is unreadable. */
export async function readManifest(dir: string): Promise<OutputManifest | null> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      `${file} is not valid JSON, so StoreCraft cannot tell which files it wrote; fix or remove it`,
    );
  }
  return parseInput(manifestSchema, json, file);
}

/** A manifest with no catalog, for a folder that so far holds nothing of ours. */
export function emptyManifest(): OutputManifest {
  return {
    manifest: 'storecraft-output',
    version: 1,
    tool: `storecraft ${packageJson.version}`,
    complete: true,
    files: [],
  };
}

/**
 * Replaces `dir`'s manifest in one step: written in `staging` (same file system), then renamed
 * over the old one, so a reader sees the old manifest or the new one, never half of one.
 */
export async function publishManifest(
  dir: string,
  staging: string,
  manifest: OutputManifest,
): Promise<void> {
  // Fixed key order and sorted files: the same run writes the same bytes.
  const ordered: OutputManifest = {
    manifest: 'storecraft-output',
    version: 1,
    tool: `storecraft ${packageJson.version}`,
    complete: manifest.complete,
    ...(manifest.generate ? { generate: manifest.generate } : {}),
    ...(manifest.catalog ? { catalog: manifest.catalog } : {}),
    files: [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  const draft = path.join(staging, MANIFEST_FILE);
  await writeFile(draft, `${JSON.stringify(ordered, null, 2)}\n`);
  await rename(draft, path.join(dir, MANIFEST_FILE));
}

/** Size and SHA-256 of a file, streamed. */
export async function describeFile(file: string, name: string): Promise<ManifestFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { path: name, bytes, sha256: hash.digest('hex') };
}

/** Size and SHA-256 of content held in memory. */
export function describeContent(name: string, content: string): ManifestFile {
  return {
    path: name,
    bytes: Buffer.byteLength(content),
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
