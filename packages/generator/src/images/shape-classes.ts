import type { ImageFamily } from '../knowledge/types.ts';
import type { FamilyDefinition } from './drawing.ts';
import { accessoryFamilies } from './families/accessories.ts';
import { apparelFamilies } from './families/apparel.ts';
import { beautyFamilies } from './families/beauty.ts';
import { deskTechDrawings } from './families/desk-tech.ts';
import { electronicsFamilies } from './families/electronics.ts';
import { footwearFamilies } from './families/footwear.ts';
import { homeFamilies } from './families/home.ts';
import { kitchenFamilies } from './families/kitchen.ts';
import { namedGoodsDrawings } from './families/named-goods.ts';
import { outdoorFamilies } from './families/outdoor.ts';
import { packagingFamilies } from './families/packaging.ts';
import { petToyFamilies } from './families/pets-toys.ts';
import { stationeryFamilies } from './families/stationery.ts';
import { tankAndKitchenDrawings } from './families/tank-and-kitchen.ts';

/** The drawings archetypes name (`Archetype.image`): every `ImageFamily` has one. */
export const families = {
  ...apparelFamilies,
  ...footwearFamilies,
  ...accessoryFamilies,
  ...beautyFamilies,
  ...packagingFamilies,
  ...kitchenFamilies,
  ...homeFamilies,
  ...petToyFamilies,
  ...outdoorFamilies,
  ...stationeryFamilies,
  ...electronicsFamilies,
} satisfies Record<ImageFamily, FamilyDefinition>;

/** Every drawing: the archetype families plus those only the product's facts select. */
export const drawings = {
  ...families,
  ...deskTechDrawings,
  ...tankAndKitchenDrawings,
  ...namedGoodsDrawings,
} satisfies Record<string, FamilyDefinition>;
export type DrawingName = keyof typeof drawings;
export const drawingNames = Object.keys(drawings) as DrawingName[];

/**
 * The drawings by shape class: what a product *is* decides its outline (a bottle, a pouch, a
 * garment of a given cut, cookware of a given form), the product's colour and finish the rest.
 */
export const shapeClasses = {
  bottle: [
    'bottle',
    'wine-bottle',
    'serum-bottle',
    'pump-bottle',
    'perfume-bottle',
    'capsule-bottle',
  ],
  jar: ['jar', 'supplement-jar', 'candle'],
  tube: ['tube', 'lipstick'],
  box: ['box', 'tea-tin', 'compact', 'soap-bar'],
  pouch: ['pouch', 'coffee-bag', 'pencil-case', 'drip-bag'],
  bag: ['tote', 'backpack', 'wallet'],
  'garment: top': ['tee', 'hoodie', 'jacket'],
  'garment: dress': ['dress'],
  'garment: legwear': ['trousers', 'shorts', 'leggings', 'sock'],
  'garment: headwear': ['cap', 'beanie', 'scarf'],
  shoe: ['sneaker', 'boot', 'sandal'],
  'flat textile': [
    'wrist-rest',
    'blanket',
    'towel',
    'rug',
    'yoga-mat',
    'curtain',
    'cushion',
    'desk-mat',
  ],
  // Flat and round: not a plate (no rim), not a rug (no fringe).
  disc: ['slipmat'],
  'cookware: pan': ['pan', 'tray'],
  'cookware: pot': ['pot', 'teapot'],
  'cookware: brewer': ['french-press', 'dripper'],
  'kitchen tool': ['knife', 'board', 'utensil-set'],
  'mug and cup': ['mug', 'glass'],
  'bowl and plate': ['bowl', 'plate', 'pet-bowl'],
  lamp: ['lamp', 'bike-light', 'light-bar'],
  frame: ['print-frame', 'card', 'record'],
  'furniture: seat': ['chair', 'pet-bed'],
  'furniture: surface': ['table', 'shelf'],
  vessel: ['vase', 'plant-pot', 'aquarium'],
  device: [
    'device',
    'heater',
    'speaker',
    'headphones',
    'charger',
    'cable',
    'phone-case',
    'turntable',
    'aquarium-filter',
  ],
  // Hi-fi parts people recognise by their hardware (RCA jacks, a stylus), not by a display.
  'audio component': ['preamp', 'cartridge'],
  keyboard: ['keyboard', 'keycaps', 'key-switch'],
  'jewellery: ring': ['ring'],
  'jewellery: chain': ['necklace', 'bracelet', 'earrings', 'watch'],
  eyewear: ['sunglasses'],
  paper: ['book', 'notebook', 'pen', 'tape-roll', 'calendar'],
  'writing instrument': ['pencil'],
  toy: ['toy', 'plush', 'blocks', 'collar'],
  'sport and outdoor': ['dumbbell', 'tent', 'sleeping-bag', 'bike-helmet'],
  'natural form': ['rock', 'driftwood'],
} satisfies Record<string, readonly DrawingName[]>;
export type ShapeClass = keyof typeof shapeClasses;

/** What the picture is chosen from: the product's own words and where it sits in the taxonomy. */
export interface ProductFacts {
  productType?: string | undefined;
  title?: string | undefined;
  /** Shopify taxonomy path, `A > B > C`. */
  taxonomyPath?: string | undefined;
}

/**
 * Noun rules, most specific first: the first whose pattern names the product wins. They only
 * ever pick a drawing that shows that thing; anything else keeps its archetype's family.
 */
const nounRules: readonly (readonly [RegExp, DrawingName])[] = [
  [/wrist rest/, 'wrist-rest'],
  [/desk ?mat|mouse ?pad|mousemat/, 'desk-mat'],
  [/slip ?mat|turntable mat|platter mat/, 'slipmat'],
  [/(keyboard|usb|coiled|aviator) cable/, 'cable'],
  [/key ?caps?\b|keycap/, 'keycaps'],
  [/(keyboard|key|tactile|linear|clicky) switch/, 'key-switch'],
  [/keyboard/, 'keyboard'],
  [/record clean|cleaning kit|clean(ing)? solution/, 'box'],
  [/pre-?amp|phono stage/, 'preamp'],
  [/amplifier|\bdac\b/, 'device'],
  [/phono cartridge|(turntable|tonearm) cartridge|moving (magnet|coil)|\bstylus\b/, 'cartridge'],
  [/turntable|record player/, 'turntable'],
  [/\blps?\b|vinyl record|\brecords?\b|\bvinyl\b|\balbum\b/, 'record'],
  [
    /(aquarium|canister|sponge|undergravel|hang-on-back|internal|external) filter/,
    'aquarium-filter',
  ],
  // Driftwood is also a colour name ("Sea Salt & Driftwood Candle"): only the wood itself.
  [
    /aquarium driftwood|^driftwood$|driftwood (piece|branch|log|root|stump)|aquascaping wood|spider ?wood|manzanita|mopani/,
    'driftwood',
  ],
  [
    /(aquarium|fish) (rock|stone|cave|ornament|decor)|\b(rock|cave|ornament)s?\b|bubbling decoration/,
    'rock',
  ],
  [/aquarium (soil|substrate|gravel)|fish food|betta food/, 'pouch'],
  [/heater/, 'heater'],
  [/aquarium light|aquarium lighting|\bled (bar|light)|plant light/, 'light-bar'],
  [/^(nano |planted |rimless )?aquariums?$|fish tank|aquarium (kit|set)/, 'aquarium'],
  [
    /temperature controller|thermostat|controller|thermometer|\btimer\b|tester|meter\b|cartridge/,
    'device',
  ],
  [/dutch oven|stock ?pot|casserole|cocotte|braiser|soup pot|\bpot\b(?! plant)/, 'pot'],
  [/utensil|spatula|ladle|cutlery set|flatware/, 'utensil-set'],
  [/teapot|tea pot|kettle/, 'teapot'],
  [/french press|cafeti[eè]re/, 'french-press'],
  [/drip[- ](coffee )?bags?|coffee drip bags?/, 'drip-bag'],
  [/dripper|pour[- ]over/, 'dripper'],
  [/baking sheet|sheet pan|baking tray|roasting (pan|tin)|\btray\b/, 'tray'],
  [/cutting board|chopping board|serving board|charcuterie/, 'board'],
  [/pencil case|pen case|pencil pouch|pen pouch|zip pouch/, 'pencil-case'],
  // Not make-up (a brow or kohl pencil is a slim cosmetic stick) and not a pencil's accessories.
  [/(?<!(brow|eye|kohl|lip|liner) )\bpencils?\b(?! (sharpener|cup|holder|skirt|pot))/, 'pencil'],
  [/(?<!advent )calendar/, 'calendar'],
  [/washi|\btape\b/, 'tape-roll'],
  [/greeting card|note card|postcard|\bcards?\b/, 'card'],
  [/curtain|drape|valance/, 'curtain'],
  [/\bframe\b|poster|art print/, 'print-frame'],
];

function ruleFor(text: string): DrawingName | undefined {
  const lower = text.toLowerCase();
  return nounRules.find(([pattern]) => pattern.test(lower))?.[1];
}

/**
 * The drawing for a product: the product type, then the taxonomy path's leaf category
 * (taxonomy archetypes often only have the path), then the title name the thing; without a match
 * the archetype's own family stands. Pure and cheap: called for every image.
 */
export function chooseDrawing(family: ImageFamily, facts: ProductFacts | undefined): DrawingName {
  if (!facts) return family;
  // Only the leaf: a parent such as "Aquarium Decors" spans plants, rocks and backgrounds.
  const path = facts.taxonomyPath?.split(' > ').slice(-1) ?? [];
  // The title comes last: it carries names ("Kettle Hill Utensil Set") as well as nouns.
  for (const text of [facts.productType, ...path, facts.title]) {
    const drawing = text ? ruleFor(text) : undefined;
    if (drawing) return drawing;
  }
  return family;
}
