import { textCost } from './model-prices.ts';

/** Token counts and the estimated cost of a catalog's AI work, as the CLI summary shows them. */
export interface AiUsage {
  calls: number;
  cachedAnswers: number;
  promptTokens: number;
  completionTokens: number;
  images: number;
  /** Estimated from list prices; cached answers cost nothing. */
  estimatedCostUsd: number;
  /** Models used that have no list price (local servers): their cost is not in the estimate. */
  unpricedModels: string[];
  maxCostUsd: number | undefined;
  budgetReached: boolean;
}

export class UsageLedger {
  private readonly usage: AiUsage;
  private readonly spentElsewhereUsd: number;

  /**
   * `spentUsd`: what the same catalog spent before this ledger (a build's copy and the pictures
   * other workers drew), counted against `maxCostUsd` but not in this ledger's totals.
   */
  constructor(maxCostUsd?: number, options: { spentUsd?: number } = {}) {
    this.spentElsewhereUsd = options.spentUsd ?? 0;
    this.usage = {
      calls: 0,
      cachedAnswers: 0,
      promptTokens: 0,
      completionTokens: 0,
      images: 0,
      estimatedCostUsd: 0,
      unpricedModels: [],
      maxCostUsd,
      budgetReached: false,
    };
  }

  /** True once the estimate reaches `AI_MAX_COST_USD`: no more AI calls, the rest is procedural. */
  get isOverBudget(): boolean {
    const { maxCostUsd, estimatedCostUsd } = this.usage;
    const over =
      maxCostUsd !== undefined && this.spentElsewhereUsd + estimatedCostUsd >= maxCostUsd;
    if (over) this.usage.budgetReached = true;
    return over;
  }

  addText(
    model: string,
    usage: { promptTokens: number; completionTokens: number },
    cached: boolean,
  ): void {
    if (cached) {
      this.usage.cachedAnswers++;
      return;
    }
    this.usage.calls++;
    this.usage.promptTokens += usage.promptTokens;
    this.usage.completionTokens += usage.completionTokens;
    const cost = textCost(model, usage);
    if (cost === undefined) {
      if (!this.usage.unpricedModels.includes(model)) this.usage.unpricedModels.push(model);
    } else {
      this.usage.estimatedCostUsd += cost;
    }
  }

  addImage(costUsd: number | undefined, model: string): void {
    this.usage.calls++;
    this.usage.images++;
    if (costUsd === undefined) {
      if (!this.usage.unpricedModels.includes(model)) this.usage.unpricedModels.push(model);
    } else {
      this.usage.estimatedCostUsd += costUsd;
    }
  }

  snapshot(): AiUsage {
    return { ...this.usage, unpricedModels: [...this.usage.unpricedModels] };
  }
}
