import { isColourName } from '../../knowledge/colours.ts';
import { findMaterials } from '../materials.ts';
import { agree, parseQuantities, type Quantity } from '../quantity.ts';
import { quote, type ListingOption, type SpecRow } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';
import { OPTION_SPEC_LABELS, TITLE_NAMED_OPTIONS } from '../spec-labels.ts';

const STOP_WORDS = new Set(['and', 'with', 'the', 'of', 'a', 'an', 'in', 'for']);

/** British and American spellings compare equal: "polarised" is "polarized". */
const SPELLINGS: readonly [RegExp, string][] = [
  [/(\p{L})is(e|ed|es|ing)\b/gu, '$1iz$2'],
  [/\bcolour/g, 'color'],
  [/\bgrey\b/g, 'gray'],
  [/\baluminium\b/g, 'aluminum'],
  [/\bflavour/g, 'flavor'],
];

function words(text: string): string[] {
  let lower = text.toLowerCase();
  for (const [pattern, replacement] of SPELLINGS) lower = lower.replace(pattern, replacement);
  return lower
    .replace(/[^\p{L}\p{N}.+]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** "Lavender Fields" and "Lavender" name the same thing; "Light" and "Medium-dark" do not. */
function sameText(a: string, b: string): boolean {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return false;
  const aInB = wa.every((w) => wb.has(w));
  const bInA = [...wb].every((w) => wa.includes(w));
  return aInB || bInA;
}

/** A row's value may list several: "Lavender, vetiver", "20 L / 26 L", "Espresso or filter". */
function parts(value: string): string[] {
  return value.split(/\s*(?:[,/;|]|\bor\b|&)\s*/i).filter((p) => p !== '');
}

const offers = (option: ListingOption, values: readonly string[]) =>
  `the ${option.name} option${values.length > 1 ? 's' : ''} offer${values.length > 1 ? '' : 's'} ${values.map((v) => quote(v)).join(', ')}`;

/**
 * Options that are also specs (Capacity, Scent, Roast…) must agree with their rows: a 20 L option
 * with "Capacity 28 L" contradicts itself. With several values, the row must not state one that
 * none of them is. And a title that names one value ("0.5 TOG", "Medium Roast") is contradicted by
 * an option offering another.
 */
export function checkOptionsAgainstSpecs(ctx: RuleContext): void {
  const { listing } = ctx;
  for (const option of listing.options) {
    const labels = new Set([option.key, ...(OPTION_SPEC_LABELS[option.key] ?? [])]);
    const rows = listing.specs.filter((r) => labels.has(r.key));
    const quantities = option.values.map((v) => parseQuantities(v)[0]);
    const measured = quantities.filter((q): q is Quantity => q !== undefined);
    if (measured.length > 0) {
      const measure = measured[0]?.measure;
      for (const row of rows) {
        const stated = distinct(parseQuantities(row.value).filter((q) => q.measure === measure));
        if (stated.length === 0) continue;
        ctx.applies('option-spec-mismatch');
        const fits =
          stated.length === 1
            ? measured.some((q) => agree(q, stated[0] as Quantity))
            : measured.every((q) => stated.some((s) => agree(q, s)));
        if (!fits) mismatch(ctx, option, row);
      }
    } else if (option.key !== 'size') {
      const kind = valueKind(option.values);
      // "Black Frame" in a Frame option is "Black": the option's own name adds nothing.
      const values = option.values.map((v) => withoutWord(v, option.key));
      for (const row of rows) {
        // "Finish: Polished" beside a Finish option of colours names another thing, not another value.
        if (kind && !valueKind([row.value])) continue;
        ctx.applies('option-spec-mismatch');
        const fits = parts(row.value).some((p) => values.some((v) => sameText(v, p)));
        if (!fits) mismatch(ctx, option, row);
      }
    }
    titleAgainstOption(ctx, option, quantities);
  }
}

function withoutWord(value: string, word: string): string {
  const kept = value.split(/\s+/).filter((w) => {
    const lower = w.toLowerCase();
    return lower !== word && lower !== `${word}s`;
  });
  return kept.length === 0 ? value : kept.join(' ');
}

/** `100 in (254 cm)` is one width written twice. */
function distinct(quantities: readonly Quantity[]): Quantity[] {
  const kept: Quantity[] = [];
  for (const q of quantities) if (!kept.some((k) => agree(k, q, 0.08))) kept.push(q);
  return kept;
}

/** Option values that are all colour names or all materials are compared only with their like. */
function valueKind(values: readonly string[]): 'colour' | 'material' | null {
  if (values.every((v) => isColourName(v) || isColourName(capitalizeWords(v)))) return 'colour';
  if (values.every((v) => findMaterials(v).length > 0)) return 'material';
  return null;
}

function capitalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}

function mismatch(ctx: RuleContext, option: ListingOption, row: SpecRow): void {
  ctx.error(
    'option-spec-mismatch',
    `${option.name}: ${offers(option, option.values)} but the ${row.label} row says ${quote(row.value)}`,
  );
}

function titleAgainstOption(
  ctx: RuleContext,
  option: ListingOption,
  quantities: readonly (Quantity | undefined)[],
): void {
  if (option.values.length < 2 && quantities.every((q) => q === undefined)) return;
  const title = ctx.listing.title;
  // "0.5 TOG Sleep Sack" sold in 1.0 TOG too.
  for (const named of parseQuantities(title)) {
    const others = option.values.filter((_, i) => {
      const q = quantities[i];
      return q !== undefined && q.measure === named.measure && !agree(q, named);
    });
    if (quantities.some((q) => q?.measure === named.measure)) ctx.applies('option-spec-mismatch');
    if (others.length > 0) {
      ctx.error(
        'option-spec-mismatch',
        `${option.name}: title says ${quote(named.text)} but ${offers(option, others)}`,
      );
    }
  }
  if (!TITLE_NAMED_OPTIONS.has(option.key) || option.values.length < 2) return;
  // "Medium Roast Blend" sold in Dark too.
  const lower = title.toLowerCase();
  const inTitle = option.values.filter((v) => containsPhrase(lower, v.toLowerCase()));
  if (inTitle.length === 0 || inTitle.length === option.values.length) return;
  ctx.applies('option-spec-mismatch');
  const others = option.values.filter(
    (v) => !inTitle.includes(v) && !inTitle.some((t) => sameText(t, v)),
  );
  if (others.length > 0) {
    ctx.error(
      'option-spec-mismatch',
      `${option.name}: title says ${quote(inTitle[0] ?? '')} but ${offers(option, others)}`,
    );
  }
}

function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.length < 2) return false;
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const boundary = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (boundary(before) && boundary(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}
