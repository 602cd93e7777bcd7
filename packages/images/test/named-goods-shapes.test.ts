import { generateProduct, planCatalog } from '@storecraft/generator';
import { chooseDrawing, shapeClasses } from '@storecraft/generator/images';
import type { DrawingName, ProductFacts, ShapeClass } from '@storecraft/generator/images';
import type { ImageFamily } from '@storecraft/generator/knowledge';
import { describe, expect, it } from 'vitest';

/**
 * "Images v2": products that were drawn as a neighbour (driftwood as a rock, a slipmat as a rug,
 * a phono preamp as a generic gadget, a pencil set as fountain pens) now get their own
 * silhouette, and the new words steal no product that already had the right picture.
 */

type Case = [label: string, family: ImageFamily, facts: ProductFacts, drawing: DrawingName];

/** Typical titles of the products the issue named, with the archetype family they come from. */
const namedGoods: Case[] = [
  ['a slipmat', 'plate', { productType: 'Slipmat', title: 'Wave Turntable Mat' }, 'slipmat'],
  ['a felt slipmat by title only', 'box', { title: 'Heavyweight Felt Slip Mat' }, 'slipmat'],
  ['a cork platter mat', 'box', { title: 'Cork Platter Mat, 3 mm' }, 'slipmat'],
  ['a desk mat', 'rug', { productType: 'Desk Mat', title: 'Topo Desk Mat' }, 'desk-mat'],
  [
    'a mouse pad from the taxonomy leaf',
    'box',
    {
      productType: 'Accessory',
      taxonomyPath: 'Electronics > Electronics Accessories > Computer Accessories > Mouse Pads',
    },
    'desk-mat',
  ],
  [
    'a phono cartridge',
    'box',
    { productType: 'Phono Cartridge', title: 'Moving Magnet Phono Cartridge' },
    'cartridge',
  ],
  ['a moving coil cartridge', 'box', { title: 'Low-Output Moving Coil Cartridge' }, 'cartridge'],
  ['a replacement stylus', 'box', { title: 'Elliptical Replacement Stylus' }, 'cartridge'],
  ['a phono preamp', 'box', { productType: 'Phono Preamp', title: 'Valve Phono Preamp' }, 'preamp'],
  ['a phono stage', 'box', { title: 'Compact MM/MC Phono Stage' }, 'preamp'],
  [
    'a utensil set named after a kettle',
    'box',
    { productType: 'Kitchen Utensil Set', title: 'Kettle Hill Cherry Wood Utensil Set' },
    'utensil-set',
  ],
  ['a utensil set by title only', 'box', { title: 'Stirwell Maple Utensil Set' }, 'utensil-set'],
  ['a silicone spatula set', 'box', { title: 'Silicone Spatula Trio' }, 'utensil-set'],
  [
    'drip bags called pour-over',
    'box',
    { productType: 'Drip Coffee Bags', title: 'Trailhead Pour-Over Drip Bags' },
    'drip-bag',
  ],
  ['drip bag coffee by title only', 'box', { title: 'Guatemala Drip Bag Coffee' }, 'drip-bag'],
  [
    'a wall calendar',
    'notebook',
    { productType: 'Wall Calendar', title: '2026 Cats of the Year Wall Calendar' },
    'calendar',
  ],
  ['a calendar by title only', 'notebook', { title: 'Botanical Calendar 2027' }, 'calendar'],
  [
    'a pencil set',
    'pen',
    { productType: 'Pencil Set', title: 'Recycled Newspaper Pencil Set' },
    'pencil',
  ],
  ['coloured pencils', 'pen', { title: 'Watercolour Pencils, Set of 24' }, 'pencil'],
  [
    'aquarium driftwood',
    'box',
    { productType: 'Aquarium Driftwood', title: 'Compact Redmoor Driftwood' },
    'driftwood',
  ],
  [
    'driftwood from the taxonomy leaf',
    'box',
    {
      productType: 'Hardscape',
      taxonomyPath:
        'Animals & Pet Supplies > Pet Supplies > Fish & Aquatic Supplies > Aquarium Decors > Driftwood',
    },
    'driftwood',
  ],
  ['spider wood', 'box', { title: 'Spider Wood Branch, Medium' }, 'driftwood'],
];

/** Neighbours that share a word with the new rules and must keep the picture they had. */
const keepTheirs: Case[] = [
  [
    'a pencil case',
    'pouch',
    { productType: 'Pencil Case', title: 'Roll-Up Felt Pencil Case' },
    'pencil-case',
  ],
  [
    'a brow pencil (make-up)',
    'pen',
    { productType: 'Brow Pencil', title: 'Arch Rival Brow Pencil' },
    'pen',
  ],
  ['a kohl pencil (make-up)', 'pen', { title: 'Smoky Kohl Pencil' }, 'pen'],
  [
    'a fountain pen',
    'pen',
    { productType: 'Fountain Pen', title: 'Signet Titanium Fountain Pen' },
    'pen',
  ],
  [
    'a planner',
    'notebook',
    { productType: 'Planner', title: 'Milestone Academic Planner' },
    'notebook',
  ],
  [
    'a dripper',
    'bowl',
    { productType: 'Pour-Over Dripper', title: 'Cone Ceramic Coffee Dripper' },
    'dripper',
  ],
  [
    'a bag of beans',
    'coffee-bag',
    { productType: 'Whole Bean Coffee', title: 'Mexico Chiapas Black Honey' },
    'coffee-bag',
  ],
  ['a kettle', 'mug', { productType: 'Kettle', title: 'Gooseneck Pour-Over Kettle' }, 'teapot'],
  ['a bath mat', 'rug', { productType: 'Bath Mat', title: 'Cove Plush Bath Mat' }, 'rug'],
  [
    'a wrist rest',
    'cushion',
    { productType: 'Wrist Rest', title: 'Calm Full-Size Wrist Rest' },
    'wrist-rest',
  ],
  [
    'a turntable',
    'speaker',
    { productType: 'Turntable', title: 'Tonearm Direct-Drive Turntable' },
    'turntable',
  ],
  [
    'a record care kit',
    'box',
    { productType: 'Record Cleaning Kit', title: 'Everyday Record Care Kit' },
    'box',
  ],
  [
    'an amplifier',
    'box',
    { productType: 'Integrated Amplifier', title: 'Class A Amplifier' },
    'device',
  ],
  [
    'an aquarium filter cartridge',
    'box',
    { productType: 'Filter Cartridge', title: 'Carbon Filter Cartridge' },
    'device',
  ],
  [
    'an aquarium cave',
    'box',
    { productType: 'Aquarium Cave', title: 'Amazon Nano Aquarium Cave' },
    'rock',
  ],
  [
    'a candle scented of driftwood',
    'candle',
    { productType: 'Travel Candle', title: 'Sea Salt & Driftwood Tin Candle' },
    'candle',
  ],
  [
    'sheets in the colour Driftwood',
    'blanket',
    { productType: 'Sheet Set', title: 'Driftwood Tencel Lyocell Sheet Set' },
    'blanket',
  ],
  [
    'a keyboard',
    'box',
    { productType: 'Mechanical Keyboard', title: 'Monolith Full-Size Mechanical Keyboard' },
    'keyboard',
  ],
  [
    'a keyboard cable',
    'cable',
    { productType: 'Coiled Keyboard Cable', title: 'Helix Aviator Coiled Cable' },
    'cable',
  ],
  [
    'a knife',
    'knife',
    { productType: "Chef's Knife", title: "Kestrel Hand-Sharpened Chef's Knife" },
    'knife',
  ],
];

describe('Images v2: named goods get their own silhouette', () => {
  it.each(namedGoods)('draws %s as itself', (_label, family, facts, drawing) => {
    expect(chooseDrawing(family, facts)).toBe(drawing);
  });

  it.each(keepTheirs)('keeps %s as it was', (_label, family, facts, drawing) => {
    expect(chooseDrawing(family, facts)).toBe(drawing);
  });

  it('files the new drawings under the shape class of their outline', () => {
    const classOf = (drawing: DrawingName): ShapeClass | undefined =>
      (Object.keys(shapeClasses) as ShapeClass[]).find((name) =>
        (shapeClasses[name] as readonly DrawingName[]).includes(drawing),
      );
    expect(classOf('slipmat')).toBe('disc');
    expect(classOf('desk-mat')).toBe('flat textile');
    expect(classOf('cartridge')).toBe('audio component');
    expect(classOf('preamp')).toBe('audio component');
    expect(classOf('utensil-set')).toBe('kitchen tool');
    expect(classOf('drip-bag')).toBe('pouch');
    expect(classOf('calendar')).toBe('paper');
    expect(classOf('pencil')).toBe('writing instrument');
    expect(classOf('driftwood')).toBe('natural form');
  });

  it('draws the affected products of real catalogs as themselves', () => {
    const drawn = new Map<string, DrawingName>();
    for (const niche of [
      'vinyl records',
      'specialty coffee',
      'stationery',
      'aquarium supplies',
      'kitchen cookware',
      'desk setup',
    ]) {
      const plan = planCatalog({ niche, size: 60, seed: 'contact-sheet' });
      for (let i = 0; i < plan.size; i++) {
        const product = generateProduct(plan, i);
        const image = product.images[0];
        if (!image) continue;
        drawn.set(
          product.productType,
          chooseDrawing(image.template as ImageFamily, {
            productType: product.productType,
            title: product.title,
            taxonomyPath: product.taxonomyPath,
          }),
        );
      }
    }
    expect(Object.fromEntries(drawn)).toMatchObject({
      Slipmat: 'slipmat',
      'Desk Mat': 'desk-mat',
      'Phono Cartridge': 'cartridge',
      'Phono Preamp': 'preamp',
      'Kitchen Utensil Set': 'utensil-set',
      'Drip Coffee Bags': 'drip-bag',
      'Wall Calendar': 'calendar',
      'Pencil Set': 'pencil',
      'Aquarium Driftwood': 'driftwood',
      // Neighbours keep theirs.
      Turntable: 'turntable',
      'Pencil Case': 'pencil-case',
      'Fountain Pen': 'pen',
      Planner: 'notebook',
      'Pour-Over Dripper': 'dripper',
      'Wrist Rest': 'wrist-rest',
    });
  });
});
