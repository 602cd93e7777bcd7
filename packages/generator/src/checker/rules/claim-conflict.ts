import { claimRules, type ClaimSource } from '../claims.ts';
import { quote, type Listing } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';
import { MATERIAL_LABELS } from './material-mismatch.ts';

interface Piece {
  text: string;
  where: string;
  /** A sentence of the description (hedges and scopes apply to claims made there). */
  sentence?: boolean;
}

/** "latex-free options", "a vegan version is available": an offer, not a claim about this product. */
const HEDGED =
  /\b(?:options?|versions?|alternatives?|available|on request|upon request|pairs? with|range|collection)\b/i;

/** "vegan" beside beeswax, "dishwasher safe" beside "hand wash only": claims the listing undoes. */
/** Most listings make no claim: one test of the rules' hint words rules them out. */
const ANY_CLAIM = new RegExp([...new Set(claimRules.flatMap((r) => r.hints))].join('|'), 'i');

export function checkClaims(ctx: RuleContext): void {
  const { listing } = ctx;
  // Most listings make no claim at all: a few tests, no text built, rule them out.
  const mentioned = (pattern: RegExp) =>
    pattern.test(listing.prose) ||
    pattern.test(listing.name) ||
    listing.tags.some((t) => pattern.test(t)) ||
    listing.specs.some((r) => pattern.test(r.label) || pattern.test(r.value));
  if (!mentioned(ANY_CLAIM)) return;
  const cache = new Map<ClaimSource, Piece[]>();
  const piecesOf = (source: ClaimSource) => {
    let pieces = cache.get(source);
    if (!pieces) {
      pieces = sourcePieces(listing, source);
      cache.set(source, pieces);
    }
    return pieces;
  };
  for (const rule of claimRules) {
    if ((rule.only && !ctx.is(rule.only)) || (rule.notFor && ctx.is(rule.notFor))) continue;
    if (rule.unless?.test(listing.name) || !mentioned(rule.claim)) continue;
    // A hedged or narrowed sentence ("latex-free options", "the lids are dishwasher safe") is no claim.
    const claim = find(
      rule.claimIn.flatMap(piecesOf),
      rule.claim,
      (p) =>
        p.sentence === true && (HEDGED.test(p.text) || rule.claimScopedBy?.test(p.text) === true),
    );
    if (!claim) continue;
    ctx.applies('claim-conflict');
    const facts = rule.factIn
      .flatMap(piecesOf)
      .filter((f) => f.where !== claim.piece.where)
      .map((p) => (rule.notFacts ? { ...p, text: p.text.replace(rule.notFacts, ' ') } : p));
    const fact = find(facts, rule.contradiction);
    if (!fact) continue;
    ctx.error(
      'claim-conflict',
      `claim: ${quote(claim.match)} in ${claim.piece.where} but ${quote(fact.match)} in ${fact.piece.where}`,
    );
  }
}

function find(
  pieces: readonly Piece[],
  pattern: RegExp,
  skip?: (piece: Piece) => boolean,
): { piece: Piece; match: string } | null {
  for (const piece of pieces) {
    const m = pattern.exec(piece.text);
    if (m && !skip?.(piece)) return { piece, match: m[0] };
  }
  return null;
}

function sourcePieces(listing: Listing, source: ClaimSource): Piece[] {
  switch (source) {
    case 'title':
      return [{ text: `${listing.title} · ${listing.productType}`, where: 'the title' }];
    case 'tags':
      return listing.tags.length > 0 ? [{ text: listing.tags.join(' · '), where: 'the tags' }] : [];
    case 'description':
      return listing.sentences.map((s) => ({
        text: s,
        where: `the description (${quote(s, 70)})`,
        sentence: true,
      }));
    case 'specs':
      return listing.specs.map((r) => ({
        text: `${r.label}: ${r.value}`,
        where: `the ${r.label} row`,
      }));
    case 'materials':
      return listing.specs
        .filter((r) => MATERIAL_LABELS.has(r.key))
        .map((r) => ({ text: r.value, where: `the ${r.label} row` }));
    case 'options':
      return listing.options.map((o) => ({
        text: o.values.join(' · '),
        where: `the ${o.name} option`,
      }));
  }
}
