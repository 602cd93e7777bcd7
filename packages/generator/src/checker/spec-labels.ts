import type { Measure } from './quantity.ts';

/**
 * Which spec rows state the same fact as an option or a title quantity, as data. Keys and labels
 * are lower case.
 */
export const OPTION_SPEC_LABELS: Readonly<Record<string, readonly string[]>> = {
  capacity: ['capacity', 'volume', 'net volume', 'size'],
  size: [
    'size',
    'capacity',
    'volume',
    'net volume',
    'net weight',
    'net wt',
    'contents',
    'net contents',
  ],
  volume: ['volume', 'net volume', 'capacity', 'size'],
  weight: ['weight', 'net weight'],
  'net weight': ['net weight', 'weight'],
  length: ['length'],
  width: ['width'],
  height: ['height'],
  diameter: ['diameter'],
  depth: ['depth'],
  thickness: ['thickness'],
  inseam: ['inseam'],
  'case size': ['case diameter', 'case size'],
  'lug width': ['lug width'],
  tog: ['tog rating', 'tog'],
  wattage: ['max output', 'power', 'total output', 'max power', 'output', 'wattage'],
  output: ['max output', 'output', 'brightness'],
  scent: ['scent', 'fragrance', 'scent profile'],
  flavour: ['flavour', 'flavor'],
  flavor: ['flavour', 'flavor'],
  roast: ['roast', 'roast level'],
  grind: ['grind'],
  heat: ['heat', 'heat level'],
  firmness: ['firmness'],
  finish: ['finish'],
  material: ['material'],
  metal: ['metal'],
  stone: ['stone'],
  colour: ['colour', 'color'],
  color: ['colour', 'color'],
  format: ['format'],
  pieces: ['pieces'],
  count: ['count'],
  pack: ['pack', 'quantity'],
  strength: ['strength'],
  nib: ['nib'],
  lens: ['lens'],
  shade: ['shade'],
};

/** Options a title may name one value of ("Medium Roast", "Fig Leaf" scent, "Small Hoops"). */
export const TITLE_NAMED_OPTIONS = new Set([
  'roast',
  'grind',
  'scent',
  'flavour',
  'flavor',
  'heat',
  'strength',
  'size',
  'capacity',
  'tog',
  'firmness',
  'resistance',
  'metal',
  'stone',
  'finish',
  'lens',
  'count',
  'weight',
]);

/** Rows that state a product's net contents, capacity or rating, by measure (for title quantities). */
export const LABELS_BY_MEASURE: Readonly<Record<Measure, readonly string[]>> = {
  volume: ['capacity', 'volume', 'net volume', 'size', 'contents', 'net contents'],
  mass: ['net weight', 'net wt', 'size', 'contents', 'net contents'],
  length: ['length', 'width', 'height', 'diameter', 'depth', 'inseam', 'size'],
  tog: ['tog rating', 'tog'],
  power: ['max output', 'output', 'power', 'total output', 'wattage', 'max power'],
  charge: ['capacity', 'battery', 'battery capacity'],
  light: ['output', 'max output', 'brightness'],
};

/** Rows that state what the product holds or weighs net: where a unit must fit the product. */
export const NET_QUANTITY_LABELS = new Set([
  'size',
  'net weight',
  'net wt',
  'net volume',
  'volume',
  'contents',
  'net contents',
  'balm size',
  'pack size',
]);

/** The measure a label asks for: "Net weight" is a mass, "Diameter" a length. */
export function measureOfLabel(key: string): Measure | null {
  if (
    /\b(?:fabric|paper|denim|rope|frame|bag|pack|lens|fill)\s+weight\b|\bweight (?:capacity|limit|tolerance|range)\b/.test(
      key,
    )
  )
    return null;
  if (/\b(?:net )?(?:weight|wt)\b/.test(key)) return 'mass';
  if (/^(?:net )?volume$/.test(key)) return 'volume';
  if (
    /^(?:length|width|height|depth|diameter|thickness|dimensions|inseam|circumference|(?:strap|handle) drop|(?:case|base|pot|blade|band|chain|strap) (?:length|width|diameter|thickness)|dimensions \(.*\))$/.test(
      key,
    )
  )
    return 'length';
  return null;
}
