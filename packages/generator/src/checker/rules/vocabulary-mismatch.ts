import { isKind } from '../product-kinds.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';
import { vocabularyRules } from '../vocabulary.ts';

/** A row that denies the words ("Sun protection: None") does not use them. */
const NOTHING = /^[^:]+: (?:none|no|n\/a|—|-|not rated)$/i;

/** Words of another kind of product: roasted tea, steeped coffee, a sun-hat brim on a pilot cap. */
export function checkVocabulary(ctx: RuleContext): void {
  const { listing } = ctx;
  let facts: string | undefined;
  let pieces: { text: string; where: string }[] | undefined;
  for (const rule of vocabularyRules) {
    if (!isKind(rule.on, listing.kind, listing.taxonomy)) continue;
    ctx.applies('vocabulary-mismatch');
    if (rule.allowedWith?.test(listing.name)) continue;
    let because = ` (that belongs to ${rule.belongsTo})`;
    if (rule.forbiddenWith) {
      facts ??=
        `${listing.name} · ${listing.specs.map((r) => `${r.key}: ${r.value}`).join(' · ')}`.toLowerCase();
      const fact = rule.forbiddenWith.exec(facts);
      if (!fact) continue;
      because = ` that is ${quote(fact[0])}`;
    }
    pieces ??= [
      { text: listing.title, where: 'the title' },
      ...listing.sentences.map((s) => ({ text: s, where: `the description: ${quote(s, 90)}` })),
      ...listing.specs.map((r) => ({
        text: `${r.label}: ${r.value}`,
        where: `the ${r.label} row: ${quote(r.value)}`,
      })),
      ...listing.options.map((o) => ({
        text: `${o.name}: ${o.values.join(', ')}`,
        where: `the ${o.name} option`,
      })),
    ];
    for (const piece of pieces) {
      const hit = rule.words.exec(piece.text);
      if (!hit || rule.unlessSentence?.test(piece.text) || NOTHING.test(piece.text)) continue;
      const what = listing.productType.toLowerCase();
      ctx.error(
        'vocabulary-mismatch',
        `vocabulary: ${quote(hit[0])} on ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}${because}, in ${piece.where}`,
      );
      break;
    }
  }
}
