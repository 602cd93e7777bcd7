import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { AppError } from '@storecraft/core';
import type { CsvFormat, ShopifyHeaderSet } from '@storecraft/exporters';
import type { Brand, Product } from '@storecraft/core';
import type { AiPictureSummary, AiRunSummary } from '@storecraft/ai';
import type { ReadyPicture } from '@storecraft/services';
import {
  assembleProduct,
  generateProduct,
  planCatalog,
  planProduct,
  type CatalogPlan,
  type ProductCopy,
} from '@storecraft/generator';
import { openOutputDir } from './open-output-dir.ts';
import {
  describeContent,
  describeFile,
  MANIFEST_FILE,
  type ManifestFile,
} from './output-manifest.ts';
import type { Platform } from './platform.ts';
import { withFsErrors } from './with-fs-errors.ts';
import { endPhase } from './run-phases.ts';
import { writeExports } from './write-exports.ts';

export interface GenerateOptions {
  niche: string;
  products: number;
  seed: string;
  outDir: string;
  formats?: readonly CsvFormat[];
  imageBaseUrl?: string;
  shopifyHeaders?: ShopifyHeaderSet;
  /** Render product images through the job queue (needs `openPlatform`). */
  images?: boolean;
}

export interface GenerateSummary {
  brand: string;
  voice: string;
  niche: string;
  verticals: string[];
  note: string | null;
  seed: string;
  products: number;
  variants: number;
  categories: number;
  images: number;
  /** Images rendered and written (0 with --no-images). */
  imagesRendered: number;
  imagesFailed: number;
  minPriceCents: number;
  maxPriceCents: number;
  milliseconds: number;
  outDir: string;
  files: string[];
  /** Files of the previous output that someone changed, so this run left them in place. */
  kept: string[];
  /** The AI provider's work (products, fallbacks and why, tokens, cost), when one is configured. */
  ai?: AiRunSummary;
  /**
   * The AI pictures (how many, from which provider, fallbacks and why), when rendered with a
   * provider configured. Its `usage` is the run's, shared with `ai`.
   */
  aiPictures?: AiPictureSummary;
}

export interface GenerateHooks {
  onProgress?: (done: number, total: number) => void;
  onImageProgress?: (done: number, total: number) => void;
  /**
   * Opens the database, storage, queue and renderer (only called when images are rendered);
   * `onImageReady` receives each picture as its job is done.
   */
  openPlatform?: (options: {
    onImageReady: (picture: ReadyPicture) => Promise<void>;
  }) => Promise<Platform>;
  /** Copy from the configured AI provider for (the first N of) the catalog's products. */
  writeCopy?: (plan: CatalogPlan) => Promise<{
    copies: ReadonlyMap<number, ProductCopy>;
    /** The brand with AI tagline, mission and values. */
    brand: Brand;
    summary: AiRunSummary;
  }>;
  /** The AI pictures `openPlatform`'s image job draws; read once the images are rendered. */
  aiPictures?: { summary(): AiPictureSummary };
}

/** Written by every run, so an existing file with one of these names must be ours to replace. */
const CATALOG_FILES = ['brand.json', 'categories.json', 'logo.svg', 'catalog.jsonl'];

/**
 * Plans the catalog and writes `brand.json`, `categories.json`, `logo.svg`, `catalog.jsonl` (one
 * product per line), the import files and the manifest. Everything is written into a staging
 * folder inside the output folder and moved into place at the end: a failed or interrupted run
 * leaves the previous output as it was, and only files the previous run's manifest lists are
 * replaced or removed; anything else in the folder stays.
 */
export function generateCatalogFiles(
  options: GenerateOptions,
  hooks: GenerateHooks = {},
): Promise<GenerateSummary> {
  return withFsErrors(() => writeCatalogFiles(options, hooks));
}

async function writeCatalogFiles(
  options: GenerateOptions,
  hooks: GenerateHooks,
): Promise<GenerateSummary> {
  const started = performance.now();
  const output = await openOutputDir(options.outDir, {
    wholeOutput: true,
    willWrite: CATALOG_FILES,
  });
  const { staging } = output;
  let closing: Promise<void> | undefined;
  try {
    let plan = planCatalog({ niche: options.niche, size: options.products, seed: options.seed });
    let ready: Map<string, string> | undefined;
    let imagesFailed = 0;
    let imageFiles: ManifestFile[] = [];
    if (options.images) {
      if (!hooks.openPlatform)
        throw new AppError('INTERNAL', 'Rendering images needs the platform');
      // Loaded only when images are wanted: the queue, storage and renderer are heavy to import.
      const { OutputPictures, renderCatalogImages } = await import('./render-catalog-images.ts');
      const pictures = new OutputPictures(staging);
      const platform = await hooks.openPlatform({ onImageReady: pictures.write });
      endPhase('platform opened');
      try {
        const rendered = await renderCatalogImages(
          platform,
          { niche: options.niche, size: options.products, seed: options.seed },
          staging,
          pictures,
          hooks.onImageProgress ? { onRender: hooks.onImageProgress } : {},
        );
        plan = rendered.plan;
        ready = rendered.ready;
        imagesFailed = rendered.failed;
        imageFiles = rendered.files;
      } catch (error) {
        await platform.close();
        throw error;
      }
      // Removing what the run stored (rows, stored pictures) goes on while the files are written.
      closing = platform.close().then(() => endPhase('platform closed'));
    }
    // AI copy is written once, up front: every format below re-reads the same words.
    const ai = hooks.writeCopy ? await hooks.writeCopy(plan) : undefined;
    const copyPlan = plan;
    const productAt = (i: number) => {
      const copy = ai?.copies.get(i);
      const product = copy
        ? assembleProduct(planProduct(copyPlan, i), copy)
        : generateProduct(copyPlan, i);
      return withImageSources(product, ready);
    };
    const written: ManifestFile[] = [];
    const writeText = async (name: string, content: string) => {
      await writeFile(path.join(staging, name), content);
      written.push(describeContent(name, content));
    };
    await writeText('brand.json', `${JSON.stringify(ai?.brand ?? plan.brand, null, 2)}\n`);
    await writeText('categories.json', `${JSON.stringify(plan.categories, null, 2)}\n`);
    await writeText('logo.svg', plan.brand.logoSvg);

    let variants = 0;
    let images = 0;
    let minPrice = Number.POSITIVE_INFINITY;
    let maxPrice = 0;
    const stream = createWriteStream(path.join(staging, 'catalog.jsonl'));
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    // Hashed on the way out, for the manifest `export` checks the file against.
    const hash = createHash('sha256');
    let bytes = 0;
    const progressEvery = Math.max(1, Math.floor(plan.size / 200));
    let buffer = '';
    for (let i = 0; i < plan.size; i++) {
      const product = productAt(i);
      variants += product.variants.length;
      images += product.images.length;
      for (const v of product.variants) {
        if (v.priceCents < minPrice) minPrice = v.priceCents;
        if (v.priceCents > maxPrice) maxPrice = v.priceCents;
      }
      buffer += `${JSON.stringify(product)}\n`;
      // Write in ~256 KB pieces and respect back-pressure, so memory stays flat at any size.
      if (buffer.length > 262_144 || i === plan.size - 1) {
        // Encoded once, then hashed and written as the same bytes.
        const piece = Buffer.from(buffer);
        hash.update(piece);
        bytes += piece.length;
        if (!stream.write(piece)) await Promise.race([once(stream, 'drain'), failed]);
        buffer = '';
      }
      if (i % progressEvery === 0 || i === plan.size - 1) hooks.onProgress?.(i + 1, plan.size);
    }
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
    const catalog = { path: 'catalog.jsonl', bytes, sha256: hash.digest('hex') };
    written.push(catalog);
    endPhase('catalog written');

    // Each format regenerates the products from the plan: deterministic, and no catalog in memory.
    const formats = options.formats ?? ['shopify'];
    const exportFiles = await writeExports(staging, formats, {
      brand: ai?.brand ?? plan.brand,
      categories: plan.categories,
      products: () => allProducts(plan.size, productAt),
      ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
      ...(options.shopifyHeaders ? { shopifyHeaders: options.shopifyHeaders } : {}),
    });
    written.push(...exportFiles);
    endPhase('exports written');
    written.push(...imageFiles);
    // Whatever else landed in staging is ours too.
    written.push(...(await describeOtherFiles(staging, new Set(written.map((f) => f.path)))));

    const { kept } = await output.commit(written, {
      replaces: () => true,
      generate: {
        niche: options.niche,
        seed: options.seed,
        products: options.products,
        formats: [...formats],
        images: options.images ?? false,
        ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
        ...(options.shopifyHeaders ? { shopifyHeaders: options.shopifyHeaders } : {}),
      },
      catalog: { ...catalog, products: plan.size, variants },
    });
    endPhase('output committed');
    return {
      brand: plan.brand.name,
      voice: plan.brand.voice,
      niche: options.niche,
      verticals: plan.niche.verticals.map((v) => v.name),
      note: plan.niche.note,
      seed: options.seed,
      products: plan.size,
      variants,
      categories: plan.categories.length,
      images,
      imagesRendered: ready?.size ?? 0,
      imagesFailed,
      minPriceCents: minPrice,
      maxPriceCents: maxPrice,
      milliseconds: Math.round(performance.now() - started),
      outDir: output.dir,
      files: [
        ...CATALOG_FILES,
        ...(ready ? ['images/', 'thumbnails.zip'] : []),
        ...exportFiles.map((f) => f.path),
        MANIFEST_FILE,
      ],
      kept,
      ...(ai ? { ai: ai.summary } : {}),
      ...(ready && hooks.aiPictures ? { aiPictures: hooks.aiPictures.summary() } : {}),
    };
  } finally {
    await closing;
    await output.dispose();
  }
}

/** Points each rendered image at its file in the output folder; unrendered ones stay null. */
function withImageSources(product: Product, ready: Map<string, string> | undefined): Product {
  if (!ready) return product;
  return {
    ...product,
    images: product.images.map((image) => ({
      ...image,
      src: ready.get(`${product.handle}/${image.position}`) ?? null,
    })),
  };
}

function* allProducts(size: number, productAt: (i: number) => Product): Generator<Product> {
  for (let i = 0; i < size; i++) yield productAt(i);
}

/** Describes every file under `dir` not in `known`, with paths relative to `dir`. */
async function describeOtherFiles(
  dir: string,
  known: ReadonlySet<string>,
): Promise<ManifestFile[]> {
  const found: ManifestFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(name);
      else if (!known.has(name)) found.push(await describeFile(path.join(dir, name), name));
    }
  };
  await walk('');
  return found;
}
