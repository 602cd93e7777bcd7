import type { Product } from '@storecraft/core';
import { inspectProduct } from './check-product.ts';
import {
  consistencyRules,
  ruleDescriptions,
  type CatalogCheckReport,
  type ConsistencyIssue,
  type ConsistencyRuleId,
  type RuleSummary,
} from './types.ts';

export interface CatalogCheckerOptions {
  /** Examples kept per rule in the report; default 5. */
  examplesPerRule?: number;
}

/**
 * Checks products one at a time (a stream of any length in constant memory) and sums them up:
 * `add` returns the product's issues, `report` the counts per rule with examples.
 */
export class CatalogChecker {
  private readonly examplesPerRule: number;
  private products = 0;
  private productsWithErrors = 0;
  private productsWithWarnings = 0;
  private readonly summaries: Map<ConsistencyRuleId, RuleSummary>;

  constructor(options: CatalogCheckerOptions = {}) {
    this.examplesPerRule = options.examplesPerRule ?? 5;
    this.summaries = new Map(
      consistencyRules.map((rule) => [
        rule,
        {
          rule,
          description: ruleDescriptions[rule],
          products: 0,
          applicable: 0,
          errors: 0,
          warnings: 0,
          examples: [],
        },
      ]),
    );
  }

  add(product: Product): ConsistencyIssue[] {
    const { issues, applicable } = inspectProduct(product);
    this.products++;
    for (const rule of applicable) this.summary(rule).applicable++;
    const affected = new Set<ConsistencyRuleId>();
    for (const issue of issues) {
      const summary = this.summary(issue.rule);
      if (issue.severity === 'error') summary.errors++;
      else summary.warnings++;
      affected.add(issue.rule);
      if (summary.examples.length < this.examplesPerRule) {
        summary.examples.push({
          handle: product.handle,
          severity: issue.severity,
          message: issue.message,
        });
      }
    }
    for (const rule of affected) this.summary(rule).products++;
    if (issues.some((i) => i.severity === 'error')) this.productsWithErrors++;
    else if (issues.length > 0) this.productsWithWarnings++;
    return issues;
  }

  report(): CatalogCheckReport {
    const rules = consistencyRules.map((rule) => {
      const s = this.summary(rule);
      return { ...s, examples: [...s.examples] };
    });
    return {
      ok: this.productsWithErrors === 0,
      products: this.products,
      productsWithErrors: this.productsWithErrors,
      productsWithWarnings: this.productsWithWarnings,
      errors: rules.reduce((n, r) => n + r.errors, 0),
      warnings: rules.reduce((n, r) => n + r.warnings, 0),
      rules,
    };
  }

  private summary(rule: ConsistencyRuleId): RuleSummary {
    const summary = this.summaries.get(rule);
    if (!summary) throw new Error(`Unknown consistency rule ${rule}`);
    return summary;
  }
}

/** Checks a whole catalog: counts per rule, the share of products each rule applied to, examples. */
export function checkCatalog(
  products: Iterable<Product>,
  options?: CatalogCheckerOptions,
): CatalogCheckReport {
  const checker = new CatalogChecker(options);
  for (const product of products) checker.add(product);
  return checker.report();
}
