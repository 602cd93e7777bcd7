import { planCatalog, generateProduct } from '@storecraft/generator';
import {
  chooseDrawing,
  deltaE76,
  drawingNames,
  parseHex,
  productRegion,
  renderProductSvg,
  rgbToLab,
  shapeClasses,
} from '@storecraft/generator/images';
import type { DrawingName, ProductFacts, ProductImageSpec } from '@storecraft/generator/images';
import { allArchetypes, colourTable, imageFamilies } from '@storecraft/generator/knowledge';
import type { ImageFamily } from '@storecraft/generator/knowledge';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

/**
 * What a shopper notices: a "Slim Pen Case" must not be drawn as a coffee pouch, an "Enameled
 * Dutch Oven" not as a frying pan; every drawing, whichever way it is chosen, shows the product's
 * colour; and every archetype, curated or derived from the taxonomy, gets a picture.
 */
const palette = {
  primary: '#2f4f3e',
  secondary: '#c9a27c',
  accent: '#d1603d',
  background: '#f4efe6',
  text: '#1f2a24',
};

/** The products the issue named, and the kinds the open-world niches sell, with their picture. */
const namedProducts: [ImageFamily, ProductFacts, DrawingName][] = [
  ['pouch', { productType: 'Pencil Case', title: 'Slim Pen Case' }, 'pencil-case'],
  ['pan', { productType: 'Dutch Oven', title: 'Enameled Dutch Oven' }, 'pot'],
  ['cushion', { productType: 'Curtain', title: 'Cotton Gauze Curtain Panel' }, 'curtain'],
  [
    'box',
    { productType: 'Mechanical Keyboard', title: 'Gridline 65% Mechanical Keyboard' },
    'keyboard',
  ],
  ['box', { productType: 'Keyboard Switches', title: 'Tactile Switches, Pebble' }, 'key-switch'],
  ['blocks', { productType: 'Keycap Set', title: 'MT3-Profile Keycaps: Matcha' }, 'keycaps'],
  ['cushion', { productType: 'Wrist Rest', title: 'Steady Wrist Rest' }, 'wrist-rest'],
  ['print-frame', { productType: 'LP Record', title: 'Essential House LP' }, 'record'],
  ['box', { productType: 'Turntable', title: 'Spindle Pro Turntable' }, 'turntable'],
  ['glass', { productType: 'Aquarium', title: 'Mangrove Nano Aquarium' }, 'aquarium'],
  ['glass', { productType: 'Aquarium Heater', title: 'Steady Aquarium Heater' }, 'heater'],
  ['lamp', { productType: 'Aquarium Lighting', title: 'Clip-On LED Aquarium Light' }, 'light-bar'],
  [
    'box',
    { productType: 'Internal Aquarium Filter', title: 'Mangrove Internal Aquarium Filter' },
    'aquarium-filter',
  ],
  ['box', { productType: 'Aquarium Cave', title: 'Amazon Nano Aquarium Cave' }, 'rock'],
  ['mug', { productType: 'Teapot', title: 'Glass Teapot' }, 'teapot'],
  [
    'glass',
    { productType: 'French Press', title: 'Satin Stainless Steel French Press' },
    'french-press',
  ],
  ['bowl', { productType: 'Pour-Over Dripper', title: 'Ceramic Pour-Over Dripper' }, 'dripper'],
  ['pan', { productType: 'Baking Sheet', title: 'Heavy-Duty Aluminum Baking Sheet' }, 'tray'],
  ['table', { productType: 'Cutting Board', title: 'Carver Oak Cutting Board' }, 'board'],
  ['box', { productType: 'Washi Tape', title: 'Earth Tone Stripe Tape' }, 'tape-roll'],
  [
    'print-frame',
    { productType: 'Greeting Card', title: 'Watercolour Balloon Greeting Card' },
    'card',
  ],
  [
    'box',
    { productType: 'Analog Temperature Controller', title: 'Clearwater Controller' },
    'device',
  ],
  ['plate', { productType: 'Slipmat', title: 'Wave Turntable Mat' }, 'slipmat'],
  ['rug', { productType: 'Desk Mat', title: 'Topo Desk Mat' }, 'desk-mat'],
  ['box', { productType: 'Phono Cartridge', title: 'Moving Magnet Phono Cartridge' }, 'cartridge'],
  ['box', { productType: 'Phono Preamp', title: 'Valve Phono Preamp' }, 'preamp'],
  [
    'box',
    { productType: 'Kitchen Utensil Set', title: 'Kettle Hill Cherry Wood Utensil Set' },
    'utensil-set',
  ],
  ['box', { productType: 'Drip Coffee Bags', title: 'Trailhead Pour-Over Drip Bags' }, 'drip-bag'],
  [
    'notebook',
    { productType: 'Wall Calendar', title: '2026 Cats of the Year Wall Calendar' },
    'calendar',
  ],
  ['pen', { productType: 'Pencil Set', title: 'Recycled Newspaper Pencil Set' }, 'pencil'],
  ['box', { productType: 'Aquarium Driftwood', title: 'Compact Redmoor Driftwood' }, 'driftwood'],
  // Only the taxonomy path names it: the archetype's word is generic.
  [
    'box',
    {
      productType: 'Cookware',
      taxonomyPath:
        'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Dutch Ovens',
    },
    'pot',
  ],
];

function spec(drawing: DrawingName, colour: string, shot = 'front'): ProductImageSpec {
  const named = namedProducts.find(([, , picked]) => picked === drawing);
  const family = (imageFamilies as readonly string[]).includes(drawing)
    ? (drawing as ImageFamily)
    : (named?.[0] ?? 'box');
  const facts = named && family !== drawing ? { facts: named[1] } : {};
  return { family, colour, palette, brandName: 'Juniper & Oak', shot, seed: 7, ...facts };
}

async function regionMean(s: ProductImageSpec): Promise<[number, number, number]> {
  const size = 256;
  const { data, info } = await sharp(Buffer.from(renderProductSvg(s)))
    .resize(size)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const region = productRegion(s);
  const k = size / 1024;
  const [x0, y0] = [Math.ceil(region.x * k), Math.ceil(region.y * k)];
  const x1 = Math.floor((region.x + region.width) * k);
  const y1 = Math.floor((region.y + region.height) * k);
  const sum = [0, 0, 0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * info.width + x) * info.channels;
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (data[i + c] ?? 0);
    }
  }
  const n = Math.max(1, (x1 - x0) * (y1 - y0));
  return [(sum[0] ?? 0) / n, (sum[1] ?? 0) / n, (sum[2] ?? 0) / n];
}

describe('shape classes', () => {
  it.each(namedProducts)('draws a %s archetype named %j as a %s', (family, facts, drawing) => {
    expect(chooseDrawing(family, facts)).toBe(drawing);
  });

  it('keeps the archetype family when the facts name nothing it draws better', () => {
    expect(chooseDrawing('mug', { productType: 'Mug', title: 'Heavy Pour Enamel Cup' })).toBe(
      'mug',
    );
    expect(chooseDrawing('hoodie', undefined)).toBe('hoodie');
  });

  it('files every drawing under a shape class', () => {
    const classed = new Set<string>(Object.values(shapeClasses).flat());
    expect(drawingNames.filter((name) => !classed.has(name))).toEqual([]);
  });

  it.each(drawingNames.filter((name) => !(imageFamilies as readonly string[]).includes(name)))(
    'paints the %s in the product colour, in every shot',
    async (drawing) => {
      expect(chooseDrawing(spec(drawing, '#000000').family, spec(drawing, '#000000').facts)).toBe(
        drawing,
      );
      for (const [name, shot] of [
        ['Red', 'front'],
        ['Navy', 'angle'],
        ['Forest Green', 'detail'],
        ['Cream', 'lifestyle'],
        ['Navy', 'flat'],
      ] as const) {
        const hex = colourTable[name];
        const mean = await regionMean(spec(drawing, hex, shot));
        const distance = deltaE76(rgbToLab(mean), rgbToLab(parseHex(hex)));
        expect(
          distance,
          `${drawing} ${shot} in ${name}: ${mean.map(Math.round).join(',')}`,
        ).toBeLessThan(30);
      }
    },
  );

  it('draws one product of every curated archetype', () => {
    for (const archetype of allArchetypes()) {
      const svg = renderProductSvg({
        family: archetype.image,
        colour: '#1f2a52',
        palette,
        brandName: 'Mossly',
        shot: 'front',
        seed: 1,
        facts: { productType: archetype.productType, taxonomyPath: archetype.taxonomyPath },
      });
      expect(svg, archetype.id).toMatch(/^<svg/);
    }
  });

  it('draws taxonomy-derived products of niches outside the curated ranges as what they are', () => {
    const drawn = new Map<string, DrawingName>();
    for (const niche of ['mechanical keyboards', 'aquarium supplies', 'vinyl records']) {
      const plan = planCatalog({ niche, size: 30, seed: 'shapes' });
      for (let i = 0; i < plan.size; i++) {
        const product = generateProduct(plan, i);
        const image = product.images[0];
        if (!image) continue;
        const facts = {
          productType: product.productType,
          title: product.title,
          taxonomyPath: product.taxonomyPath,
        };
        drawn.set(product.productType, chooseDrawing(image.template as ImageFamily, facts));
        expect(
          renderProductSvg({
            family: image.template as ImageFamily,
            colour: '#c8102e',
            palette,
            brandName: 'Mossly',
            shot: 'front',
            seed: i,
            facts,
          }),
        ).toMatch(/^<svg/);
      }
    }
    // The kinds these niches are about are drawn as themselves, not as a generic box.
    expect(drawn.get('Mechanical Keyboard')).toBe('keyboard');
    expect(drawn.get('Keycap Set')).toBe('keycaps');
    expect([...drawn.values()]).toContain('record');
    expect(drawn.get('Turntable')).toBe('turntable');
    expect([...drawn.values()]).toContain('aquarium');
  });
});
