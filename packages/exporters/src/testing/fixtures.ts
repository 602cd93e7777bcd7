/**
 * Product factory for exporter tests and benchmarks: small, valid (`productSchema`) products that
 * cover the cases import files get wrong — 0–3 options, colour variants with their own image, sold-
 * out variants, sale prices, unrendered images, unicode, CSV metacharacters, formula-looking text and
 * HTML that must not survive.
 */
import {
  gtinCheckDigit,
  type Brand,
  type Category,
  type Image,
  type Product,
  type ProductOption,
  type Variant,
} from '@storecraft/core';

export function makeBarcode(n: number): string {
  const data = String(400_000_000_000 + n).padStart(12, '0');
  return `${data}${gtinCheckDigit(data)}`;
}

export function makeBrand(overrides: Partial<Brand> = {}): Brand {
  return {
    name: 'Kiln & Co',
    handle: 'kiln-and-co',
    tagline: 'Stoneware for slow mornings',
    mission: 'We make sturdy, honest tableware in small batches.',
    values: ['Craft', 'Durability', 'Warmth'],
    voice: 'earthy',
    palette: {
      primary: '#7a4b2a',
      secondary: '#d9c2a7',
      accent: '#3e6b5c',
      background: '#faf7f2',
      text: '#2b2118',
    },
    logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    typography: { heading: 'Fraunces', body: 'Inter' },
    niche: 'handmade ceramic mugs',
    verticals: ['home-kitchen'],
    seed: 'fixture',
    locale: 'en',
    currency: 'USD',
    ...overrides,
  };
}

export function makeCategories(): Category[] {
  const category = (
    handle: string,
    title: string,
    parentHandle: string | null,
    depth: number,
    position: number,
  ): Category => ({
    handle,
    title,
    parentHandle,
    depth,
    taxonomyPath: null,
    description: `${title} from the fixture catalog.`,
    position,
  });
  return [
    category('home', 'Home', null, 1, 0),
    category('kitchen', 'Kitchen', 'home', 2, 0),
    category('mugs', 'Mugs & Cups', 'kitchen', 3, 0),
    category('apparel', 'Apparel', null, 1, 1),
    category('tees', 'T-Shirts, Tops', 'apparel', 2, 0),
    category('prints', 'Art / Prints', null, 1, 2),
  ];
}

const COLOUR_NAMES = new Set(['colour', 'color']);

export interface ProductSpec {
  /** Makes the handle, SKUs and barcodes unique. */
  index: number;
  options?: ProductOption[];
  /** Extra (non-colour) images after the colour images; default 1. */
  extraImages?: number;
  /** Image positions (1-based) that were not rendered (`src: null`). */
  unrenderedPositions?: number[];
  /** Applied to every variant after it is made. */
  variant?: (variant: Variant, index: number) => Variant;
  overrides?: Partial<Product>;
}

function combinations(options: readonly ProductOption[]): string[][] {
  return options.reduce<string[][]>(
    (acc, option) => acc.flatMap((prefix) => option.values.map((value) => [...prefix, value])),
    [[]],
  );
}

/** A valid product; colour options get one image per colour that their variants point to. */
export function makeProduct(spec: ProductSpec): Product {
  const { index } = spec;
  const options = spec.options ?? [];
  const handle = spec.overrides?.handle ?? `fixture-product-${index}`;
  const colourIndex = options.findIndex((o) => COLOUR_NAMES.has(o.name.toLowerCase()));
  const colours = colourIndex >= 0 ? (options[colourIndex]?.values ?? []) : [];
  const unrendered = new Set(spec.unrenderedPositions ?? []);
  const images: Image[] = [];
  const addImage = (shot: string, colour: string | null, alt: string) => {
    const position = images.length + 1;
    images.push({
      position,
      alt,
      template: 'mug',
      shot,
      colour,
      src: unrendered.has(position) ? null : `images/${handle}/${position}.webp`,
    });
  };
  for (const colour of colours) addImage('front', colour, `${colour} mug, front`);
  for (let i = 0; i < (spec.extraImages ?? 1); i++)
    addImage('lifestyle', null, `Mug on a table ${i + 1}`);

  const variants: Variant[] = combinations(options).map((optionValues, k) => {
    const colour = colourIndex >= 0 ? optionValues[colourIndex] : undefined;
    const variant: Variant = {
      sku: `SC-${index}-${k + 1}`,
      barcode: makeBarcode(index * 1000 + k),
      optionValues,
      priceCents: 1999 + k * 100,
      compareAtPriceCents: null,
      costCents: 850,
      grams: 350 + k * 10,
      inventoryQuantity: 12 + k,
      inventoryPolicy: 'deny',
      requiresShipping: true,
      taxable: true,
      imagePosition: colour === undefined ? null : colours.indexOf(colour) + 1,
    };
    return spec.variant ? spec.variant(variant, k) : variant;
  });

  return {
    handle,
    title: `Stoneware Mug ${index}`,
    bodyHtml: `<p>A sturdy stoneware mug, number ${index}.</p><ul><li>350 ml</li><li>Dishwasher safe</li></ul>`,
    vendor: 'Kiln & Co',
    productType: 'Mug',
    taxonomyPath: 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs',
    categoryHandle: 'mugs',
    tags: ['stoneware', 'gift'],
    status: 'active',
    publishedOnline: true,
    seoTitle: `Stoneware Mug ${index}`,
    seoDescription: `Hand-glazed stoneware mug ${index}, 350 ml.`,
    options,
    variants,
    images,
    ...spec.overrides,
  };
}

const SIZE: ProductOption = { name: 'Size', values: ['S', 'M', 'L'] };
const COLOUR: ProductOption = { name: 'Colour', values: ['Red', 'Blue'] };
const MATERIAL: ProductOption = { name: 'Material', values: ['Cotton', 'Linen'] };

/** Hostile text used by the security tests. */
export const HOSTILE = {
  scriptTitle: '<script>alert("title")</script> Mug',
  scriptBody:
    '<p onclick="steal()">Lovely mug<img src="x" onerror="alert(1)"><script>alert(2)</script>' +
    '<a href="javascript:alert(3)">bad link</a> <a href="https://example.com/care">care guide</a></p>' +
    '<iframe src="https://evil.example"></iframe><h2 style="color:red">Details</h2>',
  formulaTitle: '=HYPERLINK("http://evil.example","click")',
  formulaVendor: '@SUM(1+1)',
  formulaTag: '+cmd|calc',
  formulaSeo: '-2+3',
  tabCell: '\tTabbed',
} as const;

/** One of each tricky case; every product passes `productSchema`. */
export function fixtureCatalog(): Product[] {
  return [
    makeProduct({ index: 1, extraImages: 2 }),
    makeProduct({
      index: 2,
      options: [SIZE],
      variant: (v, k) =>
        k === 1
          ? { ...v, inventoryQuantity: 0 }
          : k === 2
            ? { ...v, inventoryQuantity: 0, inventoryPolicy: 'continue' }
            : v,
    }),
    makeProduct({
      index: 3,
      options: [COLOUR, { name: 'Size', values: ['S', 'M'] }],
      variant: (v) => ({ ...v, compareAtPriceCents: v.priceCents + 1000 }),
    }),
    makeProduct({
      index: 4,
      options: [COLOUR, { name: 'Size', values: ['S', 'M'] }, MATERIAL],
      extraImages: 3,
    }),
    makeProduct({ index: 5, options: [COLOUR], unrenderedPositions: [2, 3], extraImages: 2 }),
    makeProduct({
      index: 6,
      options: [{ name: 'Größe', values: ['Klein', 'Groß'] }],
      overrides: {
        title: 'Café Crème Tasse — 咖啡杯 ☕',
        tags: ['café', '咖啡'],
        bodyHtml: '<p>Für Kaffee &amp; Tee — 咖啡</p>',
      },
    }),
    makeProduct({
      index: 7,
      options: [{ name: 'Finish', values: ['Matte, dark', 'Gloss "bright"'] }],
      overrides: {
        title: 'Mug, "Large" edition',
        bodyHtml:
          '<p>Line one,\nline two with "quotes", and a comma.</p>\r\n<p>Second paragraph</p>',
        tags: ['big, bold', 'quote"tag'],
        seoDescription: 'Big mug, "large" edition\nnow with newlines',
      },
    }),
    makeProduct({
      index: 8,
      options: [SIZE],
      overrides: {
        title: HOSTILE.formulaTitle,
        vendor: HOSTILE.formulaVendor,
        tags: [HOSTILE.formulaTag, 'safe'],
        seoDescription: HOSTILE.formulaSeo,
        seoTitle: HOSTILE.tabCell,
      },
    }),
    makeProduct({
      index: 9,
      overrides: {
        title: HOSTILE.scriptTitle,
        vendor: '<script>alert("brand")</script> Kiln',
        bodyHtml: HOSTILE.scriptBody,
        seoDescription: '<b onmouseover="x()">Bold</b> claims',
      },
    }),
    makeProduct({
      index: 10,
      options: [{ name: 'Format', values: ['PDF', 'EPUB'] }],
      extraImages: 0,
      variant: (v) => ({ ...v, requiresShipping: false, taxable: false, grams: 0 }),
      overrides: {
        status: 'draft',
        publishedOnline: false,
        title: 'Glaze Recipes eBook',
        categoryHandle: 'prints',
      },
    }),
    makeProduct({
      index: 11,
      options: [{ name: 'Size', values: ['S', 'M'] }],
      overrides: { status: 'archived', categoryHandle: 'tees', title: 'Potter T-Shirt' },
    }),
  ];
}

/** A lazy stream of `count` products with 2 colours × 2 sizes (4 variants, 3 images) each. */
export function* syntheticProducts(count: number): Generator<Product> {
  const options: ProductOption[] = [
    { name: 'Colour', values: ['Red', 'Blue'] },
    { name: 'Size', values: ['S', 'M'] },
  ];
  for (let i = 0; i < count; i++) {
    yield makeProduct({
      index: 100_000 + i,
      options,
      overrides: {
        bodyHtml:
          `<p>Stoneware mug number ${i}, thrown by hand and glazed in small batches. Holds 350 ml ` +
          `of coffee, tea or cocoa.</p><ul><li>Dishwasher safe</li><li>Microwave safe</li>` +
          `<li>Lead-free glaze, batch ${i % 97}</li></ul>`,
      },
    });
  }
}
