/** Summary rows about AI shared by `generate` and `generate --api-url`: tokens, cost, fallbacks. */

export interface UsageFigures {
  promptTokens: number;
  completionTokens: number;
  calls: number;
  cachedAnswers: number;
  images: number;
  estimatedCostUsd: number;
  unpricedModels: readonly string[];
  budgetReached: boolean;
}

/** "AI tokens" and "AI cost" rows; the budget is named when the run had one. */
export function usageRows(u: UsageFigures, maxCostUsd: number | undefined): [string, string][] {
  const budget =
    maxCostUsd === undefined
      ? ''
      : ` of $${maxCostUsd} budget${u.budgetReached ? ' (reached)' : ''}`;
  const unpriced =
    u.unpricedModels.length > 0 ? `, not priced: ${u.unpricedModels.join(', ')}` : '';
  const pictures = u.images > 0 ? `, ${u.images} pictures` : '';
  return [
    [
      'AI tokens',
      `${u.promptTokens.toLocaleString('en-US')} in, ${u.completionTokens.toLocaleString('en-US')} out, ${u.calls} calls, ${u.cachedAnswers} cached answers${pictures}`,
    ],
    ['AI cost', `$${u.estimatedCostUsd.toFixed(4)} estimated${budget}${unpriced}`],
  ];
}

/** "none", or "3 procedural (moderation 2, provider 1)". */
export function fallbacksText(
  count: number,
  byReason: Readonly<Record<string, number | undefined>>,
): string {
  if (count === 0) return 'none';
  const reasons = Object.entries(byReason)
    .map(([reason, n]) => `${reason} ${n ?? 0}`)
    .join(', ');
  return `${count} procedural (${reasons})`;
}
