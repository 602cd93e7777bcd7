import type { Product } from '@storecraft/core';
import { readListing } from './read-listing.ts';
import { RuleContext } from './rule-context.ts';
import { checkClaims } from './rules/claim-conflict.ts';
import { checkDimensions } from './rules/dimension-mismatch.ts';
import { checkDuplicateLabels } from './rules/duplicate-spec-label.ts';
import { checkGrammar } from './rules/grammar.ts';
import { checkMaterials } from './rules/material-mismatch.ts';
import { checkOptionsAgainstSpecs } from './rules/option-spec-mismatch.ts';
import { checkQuantities } from './rules/quantity-mismatch.ts';
import { checkUnits } from './rules/unit-mismatch.ts';
import { checkVocabulary } from './rules/vocabulary-mismatch.ts';
import { checkWeights } from './rules/weight-mismatch.ts';
import type { ConsistencyIssue, ConsistencyRuleId } from './types.ts';

const rules: readonly ((ctx: RuleContext) => void)[] = [
  checkDuplicateLabels,
  checkMaterials,
  checkOptionsAgainstSpecs,
  checkQuantities,
  checkUnits,
  checkDimensions,
  checkWeights,
  checkVocabulary,
  checkClaims,
  checkGrammar,
];

export interface ProductInspection {
  issues: ConsistencyIssue[];
  /** The rules that had something to check in this product. */
  applicable: ReadonlySet<ConsistencyRuleId>;
}

/** The issues of one product and which rules applied to it (for a catalog's rates). */
export function inspectProduct(product: Product): ProductInspection {
  const ctx = new RuleContext(readListing(product));
  for (const rule of rules) rule(ctx);
  return { issues: ctx.issues, applicable: ctx.applicable };
}

/**
 * Every contradiction inside one listing: a fact in the title, type, options or copy that its spec
 * table (or another part of it) contradicts, a label twice, units that do not fit, sizes that do
 * not agree, words of another kind of product, slot-filling grammar. Pure and fast.
 */
export function checkProduct(product: Product): ConsistencyIssue[] {
  return inspectProduct(product).issues;
}
