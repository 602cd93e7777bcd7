import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';

/** A spec label twice: a reader cannot tell which value holds, and even the same value reads as a slip. */
export function checkDuplicateLabels(ctx: RuleContext): void {
  const specs = ctx.listing.specs;
  if (specs.length === 0) return;
  ctx.applies('duplicate-spec-label');
  const byKey = new Map<string, string[]>();
  for (const row of specs) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.value]);
  for (const row of specs) {
    const values = byKey.get(row.key);
    if (!values || values.length < 2) continue;
    byKey.delete(row.key);
    const distinct = [...new Set(values)];
    ctx.error(
      'duplicate-spec-label',
      distinct.length > 1
        ? `spec: the ${row.label} row appears ${values.length} times with different values: ${distinct.map((v) => quote(v)).join(' and ')}`
        : `spec: the ${row.label} row appears ${values.length} times`,
    );
  }
}
