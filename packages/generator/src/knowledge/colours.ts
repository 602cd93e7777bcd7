/**
 * Named colours a product can come in, with the RGB the image renderer paints. Option values use
 * these names verbatim, so a "Forest Green" variant is drawn forest green.
 */
export const colourTable = {
  Black: '#1c1c1e',
  Charcoal: '#36454f',
  Graphite: '#4b4e53',
  Slate: '#5a6470',
  Grey: '#8e9094',
  'Heather Grey': '#a3a6aa',
  Silver: '#c0c3c7',
  White: '#f7f7f5',
  'Off White': '#f1ede4',
  Ivory: '#f4eedc',
  Cream: '#efe4c8',
  Oat: '#d9ccb0',
  Sand: '#cdb891',
  Beige: '#d6c3a5',
  Stone: '#b5ab9b',
  Taupe: '#8b7d6b',
  Khaki: '#b2a27a',
  Camel: '#c19a6b',
  Tan: '#c8a27c',
  Cognac: '#9a4a22',
  Brown: '#6b4226',
  Chocolate: '#4e2f1e',
  Espresso: '#3b2a20',
  Walnut: '#5d4330',
  Oak: '#b08a5a',
  Natural: '#d8c7a6',
  Red: '#c8102e',
  Crimson: '#a4161a',
  Burgundy: '#6d1a36',
  Wine: '#722f37',
  Rust: '#b7410e',
  Terracotta: '#c5623f',
  Coral: '#ff7f61',
  Peach: '#f6b99a',
  Blush: '#e8b4b0',
  Rose: '#d9748a',
  Pink: '#f19cbb',
  Fuchsia: '#c2187a',
  Orange: '#f28c28',
  Mustard: '#d4a017',
  Yellow: '#f4d03f',
  Lemon: '#f7e67a',
  Gold: '#c9a227',
  'Rose Gold': '#b76e79',
  Bronze: '#9c6b30',
  Copper: '#b87333',
  Olive: '#6b6b2a',
  Sage: '#9caf88',
  Mint: '#98d7c2',
  'Forest Green': '#228b22',
  Emerald: '#1f7a4d',
  'Bottle Green': '#1f4d3a',
  Teal: '#127a7a',
  Turquoise: '#30b8b0',
  Aqua: '#6fd0d8',
  'Sky Blue': '#87bfe6',
  'Powder Blue': '#b0cde6',
  Denim: '#3b5b85',
  Blue: '#2f5fd0',
  Cobalt: '#1f48a8',
  Navy: '#1f2a52',
  Indigo: '#3f3a8c',
  Lavender: '#b7a6d9',
  Lilac: '#c8a2c8',
  Plum: '#6e3160',
  Purple: '#6a3d9a',
  Clear: '#e8eef0',
  'Frosted Clear': '#dde6e9',
  Amber: '#b86b1b',
} as const satisfies Record<string, `#${string}`>;

export type ColourName = keyof typeof colourTable;

export function isColourName(value: string): value is ColourName {
  return Object.hasOwn(colourTable, value);
}

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
