import { AppError, type Image, type Product, type Variant } from '@storecraft/core';

const URL_SAFE_PATH = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/;

export type ImageUrlResolver = (src: string) => string;

/**
 * Image cells: `imageBaseUrl` + the image's relative path (each segment URL-encoded), or the relative
 * path itself when no base URL is given.
 */
export function createImageUrlResolver(imageBaseUrl: string | undefined): ImageUrlResolver {
  if (imageBaseUrl === undefined || imageBaseUrl === '') return (src) => src.replace(/^\.?\/+/, '');
  let base: URL;
  try {
    base = new URL(imageBaseUrl);
  } catch (cause) {
    throw new AppError('INVALID_INPUT', `imageBaseUrl "${imageBaseUrl}" is not a URL`, { cause });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new AppError(
      'INVALID_INPUT',
      `imageBaseUrl must be an http(s) URL, not ${base.protocol}`,
    );
  }
  const prefix = base.href.replace(/\/+$/, '');
  return (src) => {
    const path = src.replace(/^\.?\/+/, '');
    // Generated paths (`images/<handle>/<n>.webp`) need no escaping; anything else is encoded per segment.
    if (URL_SAFE_PATH.test(path)) return `${prefix}/${path}`;
    return `${prefix}/${path
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/')}`;
  };
}

/** The images that were rendered (have a file), in position order. */
export function renderedImages(product: Product): Image[] {
  return product.images
    .filter((image) => image.src !== null)
    .sort((a, b) => a.position - b.position);
}

/** The rendered image that shows this variant (its colour), if any. */
export function variantImage(product: Product, variant: Variant): Image | undefined {
  if (variant.imagePosition === null) return undefined;
  return product.images.find(
    (image) => image.position === variant.imagePosition && image.src !== null,
  );
}
