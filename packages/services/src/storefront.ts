import type { BrandVoice, Palette, ProductOption } from '@storecraft/core';
import {
  findBrand,
  listCardExtras,
  listCategories,
  listCollectionCovers,
  type CardImageRecord,
  type ProductSummary,
  type TenantTx,
} from '@storecraft/db';
import { sanitizeDescription } from '@storecraft/exporters';
import { imageKey, thumbnailKey, type FileStorage } from '@storecraft/storage';
import { brandNotFound } from './brands.ts';
import { getProduct, listCatalogProducts } from './catalogs.ts';

/**
 * The storefront preview of a generated catalog: pages of the brand's shop as its customers would
 * see them, with signed image URLs. Read-only; everything runs in the caller's tenant transaction.
 */

/**
 * Image URLs are signed to expire at the end of the window after the current one, so every page
 * load within a window gets byte-identical URLs (the browser's cache keeps working) and a URL
 * lives one to two windows.
 */
export const IMAGE_URL_WINDOW_SECONDS = 60 * 60;

export interface StorefrontDeps {
  storage: Pick<FileStorage, 'signedUrl'>;
  /** The clock the storage signs with; the system clock by default. */
  now?: () => Date;
}

/** Seconds from `now` until the end of the next URL window. */
export function stableExpiresInSeconds(
  now: Date,
  windowSeconds = IMAGE_URL_WINDOW_SECONDS,
): number {
  const seconds = Math.floor(now.getTime() / 1000);
  return (Math.floor(seconds / windowSeconds) + 2) * windowSeconds - seconds;
}

export interface StorefrontImage {
  position: number;
  alt: string;
  /** The full picture (1024 px); null until the image job has rendered it. */
  url: string | null;
  /** The 256 px thumbnail where there is one, else the full picture; null until rendered. */
  thumbnailUrl: string | null;
  width: number | null;
  height: number | null;
}

export interface StorefrontBrand {
  id: string;
  name: string;
  tagline: string;
  mission: string;
  values: string[];
  voice: BrandVoice;
  palette: Palette;
  typography: { heading: string; body: string };
  /** SVG markup made by BrandForge; render it as an image, never inline. */
  logoSvg: string;
  currency: string;
  locale: string;
}

export interface StorefrontCategory {
  id: string;
  handle: string;
  title: string;
  description: string;
  parentId: string | null;
  depth: number;
}

/** What every storefront page needs for its header and footer. */
export interface StorefrontShell {
  brand: StorefrontBrand;
  /** The whole collection tree, parents before children, in catalog order. */
  categories: StorefrontCategory[];
}

export interface StorefrontCard {
  id: string;
  handle: string;
  title: string;
  productType: string;
  priceCents: number;
  maxPriceCents: number;
  /** The cheapest variant's compare-at price when it is on sale. */
  compareAtPriceCents: number | null;
  available: boolean;
  image: StorefrontImage | null;
}

export interface StorefrontCollectionTile {
  category: StorefrontCategory;
  productCount: number;
  image: StorefrontImage | null;
}

export interface StorefrontHome extends StorefrontShell {
  collections: StorefrontCollectionTile[];
  featured: StorefrontCard[];
}

export interface StorefrontProductList extends StorefrontShell {
  /** The collection shown, or null for every product. */
  category: StorefrontCategory | null;
  items: StorefrontCard[];
  nextCursor: string | null;
}

export interface StorefrontVariant {
  id: string;
  sku: string;
  optionValues: string[];
  priceCents: number;
  compareAtPriceCents: number | null;
  inventoryQuantity: number;
  /** Position of the image that shows this variant (its colour), if any. */
  imagePosition: number | null;
}

export interface StorefrontProduct {
  id: string;
  handle: string;
  title: string;
  vendor: string;
  productType: string;
  tags: string[];
  /** The product description, filtered through the export allowlist (no script can survive). */
  descriptionHtml: string;
  seoDescription: string;
  options: ProductOption[];
  variants: StorefrontVariant[];
  images: StorefrontImage[];
}

export interface StorefrontProductPage extends StorefrontShell {
  product: StorefrontProduct;
  /** From the top-level collection down to the product's own category. */
  breadcrumbs: StorefrontCategory[];
  /** Other products of the same collection. */
  related: StorefrontCard[];
}

export const FEATURED_PRODUCTS = 8;
export const RELATED_PRODUCTS = 4;

/** The home page: collections with a picture each, and the first products of the catalog. */
export async function getStorefrontHome(
  tx: TenantTx,
  deps: StorefrontDeps,
  params: { brandId: string },
): Promise<StorefrontHome> {
  const shell = await loadShell(tx, params.brandId);
  const covers = await listCollectionCovers(tx, params.brandId);
  const page = await listCatalogProducts(tx, {
    brandId: params.brandId,
    limit: FEATURED_PRODUCTS,
  });
  const featured = await toCards(tx, deps, params.brandId, page.items);
  const byId = new Map(shell.categories.map((c) => [c.id, c]));
  const collections: StorefrontCollectionTile[] = [];
  for (const cover of covers) {
    const category = byId.get(cover.categoryId);
    if (!category) continue;
    collections.push({
      category,
      productCount: cover.productCount,
      image: cover.image ? await toImage(deps, params.brandId, cover.image) : null,
    });
  }
  return { ...shell, collections, featured };
}

/** A collection page (or every product), searched by title, a page at a time. */
export async function listStorefrontProducts(
  tx: TenantTx,
  deps: StorefrontDeps,
  params: { brandId: string; categoryId?: string; search?: string; cursor?: string; limit: number },
): Promise<StorefrontProductList> {
  const shell = await loadShell(tx, params.brandId);
  // Checks the category belongs to the brand (NOT_FOUND otherwise) and decodes the cursor.
  const page = await listCatalogProducts(tx, params);
  const category =
    params.categoryId === undefined
      ? null
      : (shell.categories.find((c) => c.id === params.categoryId) ?? null);
  return {
    ...shell,
    category,
    items: await toCards(tx, deps, params.brandId, page.items),
    nextCursor: page.nextCursor,
  };
}

/** A product page: gallery, variants, description, and a few products like it. */
export async function getStorefrontProduct(
  tx: TenantTx,
  deps: StorefrontDeps,
  params: { brandId: string; productId: string },
): Promise<StorefrontProductPage> {
  const shell = await loadShell(tx, params.brandId);
  const detail = await getProduct(tx, params);
  const images: StorefrontImage[] = [];
  for (const image of detail.images) {
    images.push(await toImage(deps, params.brandId, { ...image, productId: detail.id }));
  }
  const breadcrumbs = ancestry(shell.categories, detail.categoryId);
  const collectionId = breadcrumbs[0]?.id ?? detail.categoryId;
  // One more than needed, so the product itself can be left out.
  const others = await listCatalogProducts(tx, {
    brandId: params.brandId,
    categoryId: collectionId,
    limit: RELATED_PRODUCTS + 1,
  });
  const related = await toCards(
    tx,
    deps,
    params.brandId,
    others.items.filter((p) => p.id !== detail.id).slice(0, RELATED_PRODUCTS),
  );
  return {
    ...shell,
    breadcrumbs,
    related,
    product: {
      id: detail.id,
      handle: detail.handle,
      title: detail.title,
      vendor: detail.vendor,
      productType: detail.productType,
      tags: detail.tags,
      descriptionHtml: sanitizeDescription(detail.bodyHtml),
      seoDescription: detail.seoDescription,
      options: detail.options,
      variants: detail.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        optionValues: v.optionValues,
        priceCents: v.priceCents,
        compareAtPriceCents: v.compareAtPriceCents,
        inventoryQuantity: v.inventoryQuantity,
        imagePosition: v.imagePosition,
      })),
      images,
    },
  };
}

async function loadShell(tx: TenantTx, brandId: string): Promise<StorefrontShell> {
  const brand = await findBrand(tx, brandId);
  if (!brand) throw brandNotFound(brandId);
  const rows = await listCategories(tx, brandId);
  const idOf = new Map(rows.map((c) => [c.handle, c.id]));
  return {
    brand: {
      id: brand.id,
      name: brand.name,
      tagline: brand.tagline,
      mission: brand.mission,
      values: brand.values,
      voice: brand.voice,
      palette: brand.palette,
      typography: brand.typography,
      logoSvg: brand.logoSvg,
      currency: brand.currency,
      locale: brand.locale,
    },
    categories: rows.map((c) => ({
      id: c.id,
      handle: c.handle,
      title: c.title,
      description: c.description,
      parentId: c.parentHandle === null ? null : (idOf.get(c.parentHandle) ?? null),
      depth: c.depth,
    })),
  };
}

/** The category and its parents, top-level first. */
function ancestry(categories: StorefrontCategory[], categoryId: string): StorefrontCategory[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const chain: StorefrontCategory[] = [];
  // The tree is at most 3 levels deep; the bound also guards against a cycle.
  for (let id: string | null = categoryId; id !== null && chain.length < 3;) {
    const category = byId.get(id);
    if (!category) break;
    chain.unshift(category);
    id = category.parentId;
  }
  return chain;
}

async function toCards(
  tx: TenantTx,
  deps: StorefrontDeps,
  brandId: string,
  summaries: ProductSummary[],
): Promise<StorefrontCard[]> {
  const extras = await listCardExtras(
    tx,
    summaries.map((p) => p.id),
  );
  const cards: StorefrontCard[] = [];
  for (const p of summaries) {
    const extra = extras.get(p.id);
    cards.push({
      id: p.id,
      handle: p.handle,
      title: p.title,
      productType: p.productType,
      priceCents: p.minPriceCents,
      maxPriceCents: p.maxPriceCents,
      compareAtPriceCents: extra?.compareAtPriceCents ?? null,
      available: extra?.available ?? false,
      image: extra?.image ? await toImage(deps, brandId, extra.image) : null,
    });
  }
  return cards;
}

const ABSOLUTE_URL = /^https?:\/\//i;
const EXTENSION = /\.([A-Za-z0-9]{1,16})$/;

/** An image row as the storefront shows it: signed URLs once it is rendered. */
async function toImage(
  deps: StorefrontDeps,
  brandId: string,
  image: CardImageRecord,
): Promise<StorefrontImage> {
  const base = {
    position: image.position,
    alt: image.alt,
    width: image.width,
    height: image.height,
  };
  const key = image.storageKey;
  if (image.status !== 'ready' || key === null) return { ...base, url: null, thumbnailUrl: null };
  // A source given at generation time that is already a public URL.
  if (ABSOLUTE_URL.test(key)) return { ...base, url: key, thumbnailUrl: key };
  const url = await sign(deps, key);
  const thumbnail = thumbnailKeyOf(brandId, image, key);
  return { ...base, url, thumbnailUrl: thumbnail === null ? url : await sign(deps, thumbnail) };
}

/**
 * The image job stores a thumbnail beside every picture it renders under the fixed key
 * `images/{brand}/{product}/{n}.{ext}`; a picture stored anywhere else has none.
 */
function thumbnailKeyOf(brandId: string, image: CardImageRecord, key: string): string | null {
  const ext = EXTENSION.exec(key)?.[1];
  if (ext === undefined) return null;
  if (key !== imageKey(brandId, image.productId, image.position, ext)) return null;
  return thumbnailKey(brandId, image.productId, image.position, ext);
}

function sign(deps: StorefrontDeps, key: string): Promise<string> {
  // Read the clock per URL, right before the storage reads its own, so both agree on the second.
  const now = (deps.now ?? (() => new Date()))();
  return deps.storage.signedUrl(key, { expiresInSeconds: stableExpiresInSeconds(now) });
}
