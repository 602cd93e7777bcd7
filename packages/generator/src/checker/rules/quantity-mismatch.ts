import { agree, parseQuantities, type Quantity } from '../quantity.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';
import { LABELS_BY_MEASURE } from '../spec-labels.ts';

/** "holds 28 L", "a capacity of 500 ml": what the copy says the product holds. */
const HOLDS =
  /\b(?:holds|holding|capacity of|fits up to|carries up to)\s+((?:\d[\d.,]*)\s*(?:ml|l|litres?|liters?|fl\.? ?oz|qt))\b/gi;

/**
 * A quantity the title or copy states (a "20 L" backpack, "holds 500 ml") that the spec rows for
 * that quantity contradict ("Capacity 28 L").
 */
export function checkQuantities(ctx: RuleContext): void {
  const { listing } = ctx;
  const stated: { quantity: Quantity; where: string }[] = parseQuantities(listing.title).map(
    (quantity) => ({ quantity, where: `title says ${quote(quantity.text)}` }),
  );
  for (const sentence of listing.sentences) {
    if (!/\b(?:holds|holding|capacity|fits up to|carries up to)\b/i.test(sentence)) continue;
    for (const m of sentence.matchAll(HOLDS)) {
      for (const quantity of parseQuantities(m[1] ?? ''))
        stated.push({ quantity, where: `the description says ${quote(m[0])}` });
    }
  }
  for (const { quantity, where } of stated) {
    const labels = new Set(LABELS_BY_MEASURE[quantity.measure]);
    for (const row of listing.specs) {
      if (!labels.has(row.key)) continue;
      const values = parseQuantities(row.value).filter((q) => q.measure === quantity.measure);
      if (values.length === 0) continue;
      ctx.applies('quantity-mismatch');
      if (!values.some((v) => agree(v, quantity))) {
        ctx.error(
          'quantity-mismatch',
          `${row.label}: ${where} but the ${row.label} row says ${quote(row.value)}`,
        );
      }
    }
  }
}
