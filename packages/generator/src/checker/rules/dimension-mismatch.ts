import {
  firstQuantity,
  formatCm,
  near,
  parseDimensions,
  parseQuantities,
  type Quantity,
} from '../quantity.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';

type Axis = 'diameter' | 'width' | 'length' | 'height' | 'depth';

const AXIS_LABELS: Readonly<Record<string, Axis>> = {
  diameter: 'diameter',
  width: 'width',
  length: 'length',
  height: 'height',
  depth: 'depth',
};
const AXIS_WORDS: Readonly<Record<string, Axis>> = {
  diameter: 'diameter',
  across: 'diameter',
  wide: 'width',
  width: 'width',
  long: 'length',
  length: 'length',
  tall: 'height',
  high: 'height',
  height: 'height',
  deep: 'depth',
  depth: 'depth',
};
/** `24 in diameter`, `30 cm wide`, `50 in width`; `a diameter of 24 in`; `Ø 24 cm`. */
const AFTER =
  /(\d[\d.,]*\s*(?:mm|cm|m|in|inch(?:es)?|"|″|ft))\s+(?:in\s+)?(diameter|across|wide|width|long|length|tall|high|height|deep|depth)\b/gi;
const BEFORE =
  /\b(diameter|width|length|height|depth) of\s+(\d[\d.,]*\s*(?:mm|cm|m|in|inch(?:es)?|"|″|ft))(?![a-z])/gi;
const DIAMETER_SIGN = /[Øø⌀]\s*(\d[\d.,]*\s*(?:mm|cm|m|in|inch(?:es)?|"|″))/g;

/** The tolerance for two statements of one size. */
const TOLERANCE = 0.1;
/** Heavier than this per cm³ of its bounding box, nothing is (solid lead is 11.3 g/cm³). */
const MAX_DENSITY = 12;

interface Measurement {
  axis: Axis;
  quantity: Quantity;
  where: string;
}

/**
 * Stated sizes against the Dimensions row: a mirror "24 in diameter" that measures
 * "81.9 × 81.4 cm", a width row against the copy, two Dimensions rows, a capacity or a weight that
 * cannot fit the stated box.
 */
export function checkDimensions(ctx: RuleContext): void {
  const { listing } = ctx;
  const dimensionRows = listing.specs.filter((r) => r.key === 'dimensions');
  const distinct = [...new Set(dimensionRows.map((r) => r.value))];
  if (distinct.length > 1) {
    ctx.error(
      'dimension-mismatch',
      `dimensions: two Dimensions rows disagree: ${distinct.map((v) => quote(v)).join(' and ')}`,
    );
  }
  const boxes = distinct.map((value) => ({ value, dims: parseDimensions(value) }));
  const box = boxes.find((b) => b.dims !== null);

  const measurements: Measurement[] = [];
  for (const row of listing.specs) {
    const axis = AXIS_LABELS[row.key];
    const quantity = axis ? firstQuantity(row.value, 'length') : undefined;
    if (axis && quantity)
      measurements.push({ axis, quantity, where: `the ${row.label} row says ${quote(row.value)}` });
    else measurements.push(...phrases(row.value, `the ${row.label} row says ${quote(row.value)}`));
  }
  for (const sentence of listing.sentences) {
    if (/\d/.test(sentence))
      measurements.push(...phrases(sentence, `the description says ${quote(sentence, 80)}`));
  }
  measurements.push(...phrases(listing.title, `the title says ${quote(listing.title)}`));

  // The same size stated twice must agree.
  for (let i = 0; i < measurements.length; i++) {
    for (let j = i + 1; j < measurements.length; j++) {
      const a = measurements[i];
      const b = measurements[j];
      if (!a || !b || a.axis !== b.axis || a.where === b.where) continue;
      ctx.applies('dimension-mismatch');
      if (!overlapsWithin(a.quantity, b.quantity)) {
        ctx.error('dimension-mismatch', `dimensions: ${a.axis}: ${a.where} but ${b.where}`);
      }
    }
  }

  if (!box?.dims) return;
  const dims = box.dims;
  const where = `the Dimensions row says ${quote(box.value)}`;
  for (const m of measurements) {
    ctx.applies('dimension-mismatch');
    if (!dims.some((d) => fitsSize(m.quantity, d))) {
      ctx.error(
        'dimension-mismatch',
        `dimensions: ${m.where} (${formatCm(m.quantity.min)}) but ${where}`,
      );
    }
  }
  // A length option (curtain lengths, chain lengths): the box must be one of the sizes on offer.
  for (const option of listing.options) {
    if (!/^(?:length|width|diameter|height)$/.test(option.key)) continue;
    const lengths = option.values
      .map((v) => parseQuantities(v)[0])
      .filter((q): q is Quantity => q?.measure === 'length');
    if (lengths.length === 0) continue;
    ctx.applies('dimension-mismatch');
    if (!lengths.some((q) => dims.some((d) => fitsSize(q, d)))) {
      ctx.error(
        'dimension-mismatch',
        `dimensions: the ${option.name} option offers ${option.values.map((v) => quote(v)).join(', ')} but ${where}`,
      );
    }
  }
  if (dims.length < 3) return;
  const boxCm3 = dims.reduce((a, b) => a * b, 1);
  const capacity = smallestVolume(ctx);
  if (capacity) {
    ctx.applies('dimension-mismatch');
    if (capacity.quantity.min > boxCm3 * (1 + TOLERANCE)) {
      ctx.error(
        'dimension-mismatch',
        `dimensions: ${capacity.where} but that does not fit in ${quote(box.value)} (${litres(boxCm3)})`,
      );
    }
  }
  for (const row of listing.specs) {
    if (!/^(?:net )?weight$/.test(row.key)) continue;
    const mass = firstQuantity(row.value, 'mass');
    if (!mass) continue;
    ctx.applies('dimension-mismatch');
    if (mass.min > boxCm3 * MAX_DENSITY) {
      ctx.error(
        'dimension-mismatch',
        `dimensions: the ${row.label} row says ${quote(row.value)}, too heavy for ${quote(box.value)} (${Math.round(boxCm3)} cm³)`,
      );
    }
  }
}

/** Any axis word or sign: without one a text states no size. */
const ANY_AXIS = /diameter|across|wide|width|long|length|tall|high|height|deep|depth|[Øø⌀]/i;

function phrases(text: string, where: string): Measurement[] {
  const found: Measurement[] = [];
  if (!/\d/.test(text) || !ANY_AXIS.test(text)) return found;
  for (const m of text.matchAll(AFTER)) {
    const quantity = firstQuantity(`${m[1] ?? ''} `, 'length');
    const axis = AXIS_WORDS[(m[2] ?? '').toLowerCase()];
    if (quantity && axis) found.push({ axis, quantity, where });
  }
  for (const m of text.matchAll(BEFORE)) {
    const quantity = firstQuantity(m[2] ?? '', 'length');
    const axis = AXIS_WORDS[(m[1] ?? '').toLowerCase()];
    if (quantity && axis) found.push({ axis, quantity, where });
  }
  for (const m of text.matchAll(DIAMETER_SIGN)) {
    const quantity = firstQuantity(m[1] ?? '', 'length');
    if (quantity) found.push({ axis: 'diameter', quantity, where });
  }
  return found;
}

function fitsSize(q: Quantity, d: number): boolean {
  return (d >= q.min && d <= q.max) || near(q.min, d, TOLERANCE) || near(q.max, d, TOLERANCE);
}

function overlapsWithin(a: Quantity, b: Quantity): boolean {
  if (a.max >= b.min && b.max >= a.min) return true;
  return near(a.min, b.min, TOLERANCE) || near(a.max, b.max, TOLERANCE);
}

const CAPACITY_LABELS = new Set(['capacity', 'volume', 'net volume']);

/** The least the product is said to hold: a capacity row, or the smallest capacity on offer. */
function smallestVolume(ctx: RuleContext): { quantity: Quantity; where: string } | undefined {
  const found: { quantity: Quantity; where: string }[] = [];
  for (const row of ctx.listing.specs) {
    if (!CAPACITY_LABELS.has(row.key)) continue;
    const q = firstQuantity(row.value, 'volume');
    if (q) found.push({ quantity: q, where: `the ${row.label} row says ${quote(row.value)}` });
  }
  for (const option of ctx.listing.options) {
    if (!/^(?:capacity|size|volume)$/.test(option.key)) continue;
    for (const value of option.values) {
      const q = firstQuantity(value, 'volume');
      if (q) found.push({ quantity: q, where: `the ${option.name} option offers ${quote(value)}` });
    }
  }
  return found.sort((a, b) => a.quantity.min - b.quantity.min)[0];
}

function litres(cm3: number): string {
  return cm3 >= 1000 ? `${Math.round(cm3 / 100) / 10} L` : `${Math.round(cm3)} ml`;
}
