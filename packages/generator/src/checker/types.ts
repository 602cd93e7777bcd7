/** The consistency rules, in the order reports list them. */
export const consistencyRules = [
  'duplicate-spec-label',
  'material-mismatch',
  'option-spec-mismatch',
  'quantity-mismatch',
  'unit-mismatch',
  'dimension-mismatch',
  'weight-mismatch',
  'vocabulary-mismatch',
  'claim-conflict',
  'grammar',
] as const;
export type ConsistencyRuleId = (typeof consistencyRules)[number];

/** What each rule holds, in a reader's words (reports print it next to the counts). */
export const ruleDescriptions: Readonly<Record<ConsistencyRuleId, string>> = {
  'duplicate-spec-label': 'a spec label appears twice',
  'material-mismatch': 'a material named in the title, type or copy is not the one the specs state',
  'option-spec-mismatch': 'an option offers values its spec row or the title contradict',
  'quantity-mismatch': 'the title or copy states a capacity, volume or weight the specs contradict',
  'unit-mismatch': 'a unit that does not fit the product or the label (ml for a balm)',
  'dimension-mismatch': 'a stated size disagrees with the Dimensions row',
  'weight-mismatch': 'a stated weight disagrees with the weight the variants ship at',
  'vocabulary-mismatch': 'words of another kind of product (roasted tea, a sun-hat brim on a cap)',
  'claim-conflict': 'a claim the listing itself contradicts (vegan and leather)',
  grammar: 'slot-filling grammar slips (doubled words, a/an, "along with reaches")',
};

export type IssueSeverity = 'error' | 'warning';

export interface ConsistencyIssue {
  rule: ConsistencyRuleId;
  /** Errors are contradictions a reader catches; warnings are doubtful but possible. */
  severity: IssueSeverity;
  /** Names both sides: `material: title says "Nylon" but Material row says "Full-grain leather"`. */
  message: string;
}

export interface IssueExample {
  handle: string;
  severity: IssueSeverity;
  message: string;
}

export interface RuleSummary {
  rule: ConsistencyRuleId;
  description: string;
  /** Products with at least one issue of this rule. */
  products: number;
  /**
   * Products the rule had something to check in (for material-mismatch: products whose title or
   * type names a material), the base of `products / applicable`.
   */
  applicable: number;
  errors: number;
  warnings: number;
  /** The first few issues, in catalog order. */
  examples: IssueExample[];
}

export interface CatalogCheckReport {
  /** True when no product has an error (warnings allowed). */
  ok: boolean;
  products: number;
  productsWithErrors: number;
  productsWithWarnings: number;
  errors: number;
  warnings: number;
  /** One entry per rule, in `consistencyRules` order, including rules with no issues. */
  rules: RuleSummary[];
}
