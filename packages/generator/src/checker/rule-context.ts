import { isKind, kinds, type Kind } from './product-kinds.ts';
import type { Listing } from './read-listing.ts';
import type { ConsistencyIssue, ConsistencyRuleId } from './types.ts';

/** One product under check: its listing, the issues found so far and the rules that applied. */
export class RuleContext {
  readonly issues: ConsistencyIssue[] = [];
  /** Rules that had something to check here (the base of a rule's rate in a report). */
  readonly applicable = new Set<ConsistencyRuleId>();
  private readonly kindCache = new Map<Kind, boolean>();
  private readonly seen = new Set<string>();

  readonly listing: Listing;

  constructor(listing: Listing) {
    this.listing = listing;
  }

  is(kind: Kind): boolean {
    let hit = this.kindCache.get(kind);
    if (hit === undefined) {
      hit = isKind(kinds[kind], this.listing.kind, this.listing.taxonomy);
      this.kindCache.set(kind, hit);
    }
    return hit;
  }

  applies(rule: ConsistencyRuleId): void {
    this.applicable.add(rule);
  }

  error(rule: ConsistencyRuleId, message: string): void {
    this.add({ rule, severity: 'error', message });
  }

  warn(rule: ConsistencyRuleId, message: string): void {
    this.add({ rule, severity: 'warning', message });
  }

  private add(issue: ConsistencyIssue): void {
    const key = `${issue.rule}\u0000${issue.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.applicable.add(issue.rule);
    this.issues.push(issue);
  }
}
