import { newId, type Brand, type Category, type Product } from '@storecraft/core';
import {
  insertBrand,
  insertCategories,
  insertProducts,
  insertWorkspace,
  withWorkspace,
} from '@storecraft/db';
import type { Database } from '@storecraft/db';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function makeBrand(overrides: Partial<Brand> = {}): Brand {
  const u = unique();
  return {
    name: `Test Brand ${u}`,
    handle: `test-brand-${u}`,
    tagline: 'Made for tests',
    mission: 'To make tests tell the truth.',
    values: ['Honesty', 'Speed', 'Clarity'],
    voice: 'minimal',
    palette: {
      primary: '#123456',
      secondary: '#654321',
      accent: '#ff8800',
      background: '#ffffff',
      text: '#111111',
    },
    logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    typography: { heading: 'Inter', body: 'Inter' },
    niche: 'test goods',
    verticals: ['kitchenware'],
    seed: 'test',
    locale: 'en',
    currency: 'USD',
    ...overrides,
  };
}

export function makeCategories(): Category[] {
  return [
    {
      handle: 'kitchen',
      title: 'Kitchen',
      parentHandle: null,
      depth: 1,
      taxonomyPath: null,
      description: '',
      position: 0,
    },
    {
      handle: 'drinkware',
      title: 'Drinkware',
      parentHandle: 'kitchen',
      depth: 2,
      taxonomyPath: null,
      description: '',
      position: 0,
    },
    {
      handle: 'mugs',
      title: 'Mugs',
      parentHandle: 'drinkware',
      depth: 3,
      taxonomyPath: 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs',
      description: '',
      position: 0,
    },
  ];
}

export function makeProduct(i: number, variantCount = 4): Product {
  const colours = ['Navy', 'Sage', 'Cream', 'Rust', 'Black', 'White'];
  return {
    handle: `stoneware-mug-${i}`,
    title: `Stoneware Mug ${i}`,
    bodyHtml: `<p>A sturdy mug, number ${i}.</p>`,
    vendor: 'Test Brand',
    productType: 'Mug',
    taxonomyPath: 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs',
    categoryHandle: 'mugs',
    tags: ['mug', 'stoneware'],
    status: 'active',
    publishedOnline: true,
    seoTitle: `Stoneware Mug ${i}`,
    seoDescription: 'A sturdy mug.',
    options: [{ name: 'Color', values: colours.slice(0, variantCount) }],
    variants: colours.slice(0, variantCount).map((colour, v) => ({
      sku: `MUG-${i}-${v}`,
      barcode: '0000000000000',
      optionValues: [colour],
      priceCents: 2400 + v * 100,
      compareAtPriceCents: v === 0 ? 2900 : null,
      costCents: 900,
      grams: 420,
      inventoryQuantity: v * 3,
      inventoryPolicy: 'deny',
      requiresShipping: true,
      taxable: true,
      imagePosition: v + 1,
    })),
    images: colours.slice(0, variantCount).map((colour, v) => ({
      position: v + 1,
      alt: `${colour} stoneware mug`,
      template: 'mug',
      shot: 'front',
      colour,
      src: null,
    })),
  };
}

/** A workspace with one brand, its category tree and `products` products. */
export async function seedWorkspace(db: Database, products = 1) {
  const workspaceId = newId('workspace');
  const brandId = newId('brand');
  return withWorkspace(db, workspaceId, async (tx) => {
    await insertWorkspace(tx, {
      id: workspaceId,
      name: `Workspace ${workspaceId}`,
      slug: `ws-${unique()}`,
    });
    await insertBrand(tx, { id: brandId, workspaceId, brand: makeBrand() });
    const categoryIds = await insertCategories(tx, {
      workspaceId,
      brandId,
      categories: makeCategories(),
    });
    const productIds = await insertProducts(tx, {
      workspaceId,
      brandId,
      categoryIds,
      products: Array.from({ length: products }, (_, i) => makeProduct(i)),
      firstPosition: 0,
    });
    return { workspaceId, brandId, categoryIds, productIds };
  });
}
