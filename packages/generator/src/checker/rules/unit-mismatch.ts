import { parseQuantities, type Measure, type Quantity } from '../quantity.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';
import { measureOfLabel, NET_QUANTITY_LABELS } from '../spec-labels.ts';

const NET_OPTIONS = new Set(['size', 'weight', 'volume', 'net weight', 'capacity', 'pack']);

interface NetStatement {
  quantity: Quantity;
  where: string;
}

/**
 * Units that do not fit: a balm, a bar or a solid perfume is sold by weight (ml is wrong), a liquid
 * by volume (g is doubtful), a "Net weight" is a mass and a "Diameter" a length.
 */
export function checkUnits(ctx: RuleContext): void {
  const { listing } = ctx;
  const net: NetStatement[] = [];
  for (const row of listing.specs) {
    const quantities = parseQuantities(row.value).filter((q) => isNetMeasure(q.measure));
    const expected = measureOfLabel(row.key);
    if (expected !== null && quantities.length > 0) {
      ctx.applies('unit-mismatch');
      const fitting = quantities.some((q) => q.measure === expected);
      const wrong = quantities.find((q) => q.measure !== expected);
      if (!fitting && wrong) {
        ctx.error(
          'unit-mismatch',
          `unit: ${row.label} is ${article(expected)} ${expected}, but the ${row.label} row says ${quote(row.value)}`,
        );
        continue;
      }
    }
    if (NET_QUANTITY_LABELS.has(row.key) || /\bsize\b/.test(row.key)) {
      for (const quantity of quantities)
        net.push({ quantity, where: `the ${row.label} row says ${quote(row.value)}` });
    }
  }
  for (const option of listing.options) {
    if (!NET_OPTIONS.has(option.key)) continue;
    for (const value of option.values)
      for (const quantity of parseQuantities(value).slice(0, 1))
        net.push({ quantity, where: `the ${option.name} option offers ${quote(value)}` });
  }
  for (const quantity of parseQuantities(listing.title))
    net.push({ quantity, where: `the title says ${quote(quantity.text)}` });

  const what = listing.productType.toLowerCase();
  if (ctx.is('soldByWeight')) {
    if (net.length > 0) ctx.applies('unit-mismatch');
    const volume = net.find((n) => n.quantity.measure === 'volume');
    if (volume)
      ctx.error(
        'unit-mismatch',
        `unit: ${article(what)} ${what} is sold by weight, but ${volume.where}`,
      );
  } else if (ctx.is('usuallyByWeight')) {
    if (net.length > 0) ctx.applies('unit-mismatch');
    const volume = net.find((n) => n.quantity.measure === 'volume');
    if (volume)
      ctx.warn(
        'unit-mismatch',
        `unit: ${article(what)} ${what} is usually sold by weight, but ${volume.where}`,
      );
  } else if (ctx.is('liquid')) {
    if (net.length > 0) ctx.applies('unit-mismatch');
    const mass = net.find((n) => n.quantity.measure === 'mass');
    if (mass && !net.some((n) => n.quantity.measure === 'volume'))
      ctx.warn(
        'unit-mismatch',
        `unit: ${article(what)} ${what} is a liquid sold by volume, but ${mass.where}`,
      );
  }
}

function isNetMeasure(measure: Measure): boolean {
  return measure === 'mass' || measure === 'volume' || measure === 'length';
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
