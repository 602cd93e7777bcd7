import { firstQuantity, formatGrams, parseQuantities } from '../quantity.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';

/** Packaging adds weight, so a variant ships heavier than it is; never this much lighter. */
const LIGHTER_BY = 0.95;
const HEAVIER_BY = 1.15;
const WEIGHT_LABELS = new Set(['weight', 'net weight', 'product weight', 'item weight']);

/**
 * Weights against the variants' shipping weights: a "1 kg" bag that ships at 690 g, a "Weight
 * 2.4 kg" row on a product whose heaviest variant ships at 800 g.
 */
export function checkWeights(ctx: RuleContext): void {
  const { listing } = ctx;
  const shipped = listing.variants.filter((v) => v.grams > 0);
  if (shipped.length === 0) return;
  listing.options.forEach((option, index) => {
    const light = new Map<string, number>();
    for (const variant of shipped) {
      const value = variant.optionValues[index];
      const mass = value === undefined ? undefined : firstQuantity(value, 'mass');
      if (!value || !mass) continue;
      ctx.applies('weight-mismatch');
      if (variant.grams < mass.min * LIGHTER_BY)
        light.set(value, Math.min(light.get(value) ?? Infinity, variant.grams));
    }
    for (const [value, grams] of light) {
      ctx.error(
        'weight-mismatch',
        `weight: the ${option.name} ${quote(value)} variant ships at ${formatGrams(grams)}, less than it holds`,
      );
    }
  });
  const heaviest = Math.max(...shipped.map((v) => v.grams));
  for (const row of listing.specs) {
    if (!WEIGHT_LABELS.has(row.key)) continue;
    const masses = parseQuantities(row.value).filter((q) => q.measure === 'mass');
    if (masses.length === 0) continue;
    ctx.applies('weight-mismatch');
    // A row listing each size's weight ("250 g / 1 kg") holds if its lightest ships.
    const least = Math.min(...masses.map((m) => m.min));
    if (least > heaviest * HEAVIER_BY) {
      ctx.error(
        'weight-mismatch',
        `weight: the ${row.label} row says ${quote(row.value)} but the heaviest variant ships at ${formatGrams(heaviest)}`,
      );
    }
  }
}
