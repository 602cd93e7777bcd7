import { memoize } from './memoize.ts';

/** Numbers with units as listings write them: `28 L`, `1.5 kg`, `16"`, `20–32 L`, `3.2 × 3.2 × 12.7 cm`. */

export type Measure = 'length' | 'volume' | 'mass' | 'tog' | 'power' | 'charge' | 'light';

export interface Quantity {
  /** In the measure's base unit (cm, ml, g; the unit itself for the others); a range has min < max. */
  min: number;
  max: number;
  measure: Measure;
  /** As written: `28 L`. */
  text: string;
}

const UNITS: readonly (readonly [pattern: string, measure: Measure, factor: number])[] = [
  ['fl\\.? ?oz', 'volume', 29.5735],
  ['ml', 'volume', 1],
  ['cl', 'volume', 10],
  ['litres?|liters?|l', 'volume', 1000],
  ['qt', 'volume', 946.35],
  ['gal(?:lons?)?', 'volume', 3785.41],
  ['mg', 'mass', 0.001],
  ['kg', 'mass', 1000],
  ['grams?|g', 'mass', 1],
  ['oz|ounces?', 'mass', 28.3495],
  ['lbs?|pounds?', 'mass', 453.592],
  ['mm', 'length', 0.1],
  ['cm', 'length', 1],
  ['m', 'length', 100],
  ['inch(?:es)?|in|"|″', 'length', 2.54],
  ['ft|feet|foot', 'length', 30.48],
  ['tog', 'tog', 1],
  ['mah', 'charge', 1],
  ['w', 'power', 1],
  ['lm', 'light', 1],
];

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
const UNIT_ALTERNATION = UNITS.map(([p]) => `(${p})`).join('|');
/**
 * `20 L`, `20–32 L`, `16"`. Inches written `in` count only where a size is meant (end of value,
 * before a size word), so "fits 2 in 1" and "sold in 3 colours" are not read as lengths.
 */
const QUANTITY = new RegExp(
  String.raw`(?<![\w.,])${NUMBER}(?:\s*(?:–|-|to)\s*${NUMBER})?\s*(?:${UNIT_ALTERNATION})(?![a-z0-9])`,
  'gi',
);
const IN_FOLLOWER =
  /^\s*(?:$|[).,;:/×x]|\(|(?:diameter|wide|long|tall|high|deep|width|length|height|depth|across|by)\b)/i;

function toNumber(text: string): number {
  // `1,500` is fifteen hundred; `1,5` is one and a half.
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
    ? Number(text.replace(/,/g, ''))
    : Number(text.replace(',', '.'));
}

/** Every quantity with a known unit in `text`, in order (do not mutate the result: it is shared). */
export const parseQuantities: (text: string) => readonly Quantity[] = memoize(readQuantities);

function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  if (!/\d/.test(text)) return found;
  for (const m of text.matchAll(QUANTITY)) {
    const unitIndex = m.slice(3).findIndex((g) => g !== undefined);
    const unit = UNITS[unitIndex];
    if (!unit) continue;
    const written = m[3 + unitIndex] ?? '';
    // `0-6M`, `18M`: baby sizes in months, not metres.
    if (written === 'M' && toNumber(m[1] ?? '') <= 48) continue;
    if (/^in$/i.test(written)) {
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (!IN_FOLLOWER.test(after)) continue;
    }
    const [, measure, factor] = unit;
    const a = toNumber(m[1] ?? '') * factor;
    const b = m[2] === undefined ? a : toNumber(m[2]) * factor;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    found.push({ min: Math.min(a, b), max: Math.max(a, b), measure, text: m[0].trim() });
  }
  return found;
}

/** The first quantity of `measure` in `text`, if any. */
export function firstQuantity(text: string, measure?: Measure): Quantity | undefined {
  return parseQuantities(text).find((q) => measure === undefined || q.measure === measure);
}

const LENGTH_UNIT = String.raw`(mm|cm|m|inch(?:es)?|in|"|″)`;
const DIMENSIONS = new RegExp(
  String.raw`(\d+(?:[.,]\d+)?)\s*${LENGTH_UNIT}?\s*[×xX]\s*(\d+(?:[.,]\d+)?)\s*${LENGTH_UNIT}?(?:\s*[×xX]\s*(\d+(?:[.,]\d+)?))?\s*${LENGTH_UNIT}?`,
);
const LENGTH_FACTORS: Readonly<Record<string, number>> = { mm: 0.1, cm: 1, m: 100 };

function lengthFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  const u = unit.toLowerCase();
  return LENGTH_FACTORS[u] ?? (/^(in|inch|inches|"|″)$/.test(u) ? 2.54 : undefined);
}

/** `81.9 × 81.4 cm` → [81.9, 81.4] in cm; null when the value is not a size with a unit. */
export function parseDimensions(text: string): number[] | null {
  const m = DIMENSIONS.exec(text);
  if (!m) return null;
  const last = lengthFactor(m[6] ?? m[4] ?? m[2]);
  const own = [lengthFactor(m[2]), lengthFactor(m[4]), last];
  const values = [m[1], m[3], m[5]]
    .map((v, i) => (v === undefined ? null : toNumber(v) * (own[i] ?? last ?? NaN)))
    .filter((v): v is number => v !== null);
  return values.every((v) => Number.isFinite(v)) ? values : null;
}

/** Within `tolerance` (a share of the larger) of each other. */
export function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether two quantities can be the same fact: same measure and overlapping within `tolerance`. */
export function agree(a: Quantity, b: Quantity, tolerance = 0.05): boolean {
  if (a.measure !== b.measure) return false;
  if (a.max >= b.min && b.max >= a.min) return true;
  return near(a.min, b.min, tolerance) || near(a.max, b.max, tolerance);
}

/** `2.4 kg`, `690 g` */
export function formatGrams(grams: number): string {
  return grams >= 1000 ? `${Math.round(grams / 100) / 10} kg` : `${Math.round(grams)} g`;
}

/** `81.9 × 81.4 cm` from centimetres. */
export function formatCm(cm: number): string {
  return `${Math.round(cm * 10) / 10} cm`;
}
