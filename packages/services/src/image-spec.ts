import type { Brand, Image, Product } from '@storecraft/core';
import { hashString } from '@storecraft/generator';
import type { ProductImageSpec } from '@storecraft/generator/images';
import { colourTable, isColourName, type ImageFamily } from '@storecraft/generator/knowledge';

/** Everything an image job needs to draw one picture: no database read in the hot path. */
export interface ImageJobPayload {
  productId: string;
  handle: string;
  position: number;
  spec: ProductImageSpec;
  /**
   * Present on a platform build's showcase pictures: what to ask the AI provider for (opaque
   * here; the provider checks it), so any worker can draw it without the build's plan.
   */
  ai?: { brief: Record<string, unknown> };
}

/** The colour a product image is painted in: the named option value, or the brand's primary. */
export function imageColour(image: Image, brand: Brand): string {
  return image.colour && isColourName(image.colour)
    ? colourTable[image.colour]
    : brand.palette.primary;
}

export function imageSpec(brand: Brand, product: Product, image: Image): ProductImageSpec {
  return {
    family: image.template as ImageFamily,
    colour: imageColour(image, brand),
    palette: brand.palette,
    brandName: brand.name,
    shot: image.shot,
    seed: hashString(`${brand.seed}:image:${product.handle}:${image.position}`),
    // The title names the material when it matters ("Enameled Dutch Oven", "Oak Cutting Board").
    finish: product.title,
    // What the product is, so the picture shows that thing (see `chooseDrawing`).
    facts: {
      productType: product.productType,
      title: product.title,
      taxonomyPath: product.taxonomyPath,
    },
  };
}

/** Where the CLI writes an image inside its output folder (and the path CSVs reference). */
export function imageOutputPath(handle: string, position: number, ext = 'webp'): string {
  return `images/${handle}/${position}.${ext}`;
}
