import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { AppError } from '@storecraft/core';
import type { CsvFormat, ShopifyHeaderSet } from '@storecraft/exporters';
import type { Product } from '@storecraft/core';
import {
  generateProduct,
  generateProducts,
  planCatalog,
  type CatalogPlan,
} from '@storecraft/generator';
import type { Platform } from './platform.ts';
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
}

export interface GenerateHooks {
  onProgress?: (done: number, total: number) => void;
  onImageProgress?: (done: number, total: number) => void;
  /** Opens the database, storage, queue and renderer (only called when images are rendered). */
  openPlatform?: () => Promise<Platform>;
}

/** Marks a folder as ours, so a re-run may replace it. */
const MARKER = 'brand.json';

/**
 * Plans the catalog and writes `brand.json`, `categories.json`, `logo.svg` and `catalog.jsonl`
 * (one product per line) into a temporary sibling folder, then swaps it into place: a failed or
 * interrupted run leaves the previous output as it was.
 */
export async function generateCatalogFiles(
  options: GenerateOptions,
  hooks: GenerateHooks = {},
): Promise<GenerateSummary> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir);
  await assertReplaceable(outDir);
  let plan = planCatalog({ niche: options.niche, size: options.products, seed: options.seed });

  const staging = `${outDir}.tmp-${process.pid}-${Date.now().toString(36)}`;
  await mkdir(staging, { recursive: true });
  const removeStaging = () => rm(staging, { recursive: true, force: true });
  const onSignal = () => {
    void removeStaging().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let ready: Map<string, string> | undefined;
    let imagesFailed = 0;
    if (options.images) {
      if (!hooks.openPlatform)
        throw new AppError('INTERNAL', 'Rendering images needs the platform');
      const platform = await hooks.openPlatform();
      try {
        // Loaded only when images are wanted: the queue, storage and renderer are heavy to import.
        const { renderCatalogImages } = await import('./render-catalog-images.ts');
        const rendered = await renderCatalogImages(
          platform,
          { niche: options.niche, size: options.products, seed: options.seed },
          staging,
          hooks.onImageProgress ? { onRender: hooks.onImageProgress } : {},
        );
        plan = rendered.plan;
        ready = rendered.ready;
        imagesFailed = rendered.failed;
      } finally {
        await platform.close();
      }
    }
    const productAt = (i: number) => withImageSources(generateProduct(plan, i), ready);
    await writeFile(path.join(staging, 'brand.json'), `${JSON.stringify(plan.brand, null, 2)}\n`);
    await writeFile(
      path.join(staging, 'categories.json'),
      `${JSON.stringify(plan.categories, null, 2)}\n`,
    );
    await writeFile(path.join(staging, 'logo.svg'), plan.brand.logoSvg);

    let variants = 0;
    let images = 0;
    let minPrice = Number.POSITIVE_INFINITY;
    let maxPrice = 0;
    const stream = createWriteStream(path.join(staging, 'catalog.jsonl'));
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
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
        if (!stream.write(buffer)) await Promise.race([once(stream, 'drain'), failed]);
        buffer = '';
      }
      if (i % progressEvery === 0 || i === plan.size - 1) hooks.onProgress?.(i + 1, plan.size);
    }
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);

    // Each format regenerates the products from the plan: deterministic, and no catalog in memory.
    const exportFiles = await writeExports(staging, options.formats ?? ['shopify'], {
      brand: plan.brand,
      categories: plan.categories,
      products: () => (ready ? productsWithImages(plan, ready) : generateProducts(plan)),
      ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
      ...(options.shopifyHeaders ? { shopifyHeaders: options.shopifyHeaders } : {}),
    });

    await swapInto(staging, outDir);
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
      outDir,
      files: [
        'brand.json',
        'categories.json',
        'logo.svg',
        'catalog.jsonl',
        ...(ready ? ['images/', 'thumbnails.zip'] : []),
        ...exportFiles,
      ],
    };
  } catch (error) {
    await removeStaging();
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
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

function* productsWithImages(plan: CatalogPlan, ready: Map<string, string>): Generator<Product> {
  for (const product of generateProducts(plan)) yield withImageSources(product, ready);
}

/** Refuses to replace a folder that holds something other than a previous StoreCraft output. */
async function assertReplaceable(outDir: string): Promise<void> {
  if (!existsSync(outDir)) return;
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch {
    throw new AppError('INVALID_INPUT', `--out ${outDir} exists and is not a folder`);
  }
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new AppError(
      'INVALID_INPUT',
      `--out ${outDir} is not empty and does not look like StoreCraft output (no ${MARKER}); choose another folder or empty it`,
      { fieldErrors: [{ path: 'out', message: 'folder is not empty' }] },
    );
  }
}

async function swapInto(staging: string, outDir: string): Promise<void> {
  if (existsSync(outDir)) {
    const old = `${outDir}.old-${process.pid}-${Date.now().toString(36)}`;
    await rename(outDir, old);
    await rename(staging, outDir);
    await rm(old, { recursive: true, force: true });
  } else {
    await mkdir(path.dirname(outDir), { recursive: true });
    await rename(staging, outDir);
  }
}
