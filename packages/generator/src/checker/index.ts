export { checkProduct, inspectProduct, type ProductInspection } from './check-product.ts';
export { checkCatalog, CatalogChecker, type CatalogCheckerOptions } from './check-catalog.ts';
export {
  consistencyRules,
  ruleDescriptions,
  type CatalogCheckReport,
  type ConsistencyIssue,
  type ConsistencyRuleId,
  type IssueExample,
  type IssueSeverity,
  type RuleSummary,
} from './types.ts';
