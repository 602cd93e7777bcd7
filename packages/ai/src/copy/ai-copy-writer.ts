import {
  assembleProduct,
  checkProduct,
  planProduct,
  proceduralCopy,
  type CatalogPlan,
  type ConsistencyIssue,
  type ContentProvider,
  type ProductCopy,
  type ProductPlan,
} from '@storecraft/generator';
import { AppError } from '@storecraft/core';
import { ReplayedFailure, cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { CircuitBreaker, ConcurrencyLimit } from '../http/circuit-breaker.ts';
import { ProviderError } from '../http/provider-error.ts';
import type { OpenAiClient } from '../openai/openai-client.ts';
import type { UsageLedger } from '../usage/usage-ledger.ts';
import {
  COPY_PROMPT_VERSION,
  buildCopyMessages,
  copyAnswerSchema,
  copyFactsOf,
  copyJsonSchema,
  type CopyAnswer,
  type CopyFacts,
} from './copy-prompt.ts';
import { renderCopy } from './render-copy.ts';

/** One OpenAI-compatible server in the text chain (OpenAI, then a local server, say). */
export interface TextProvider {
  name: string;
  model: string;
  client: OpenAiClient;
  /** Calls in flight at once; default 4. */
  concurrency?: number;
}

/** Why a product's copy is procedural. */
export const fallbackReasons = [
  /** The answer contradicted the facts twice (the consistency checker said so). */
  'checker',
  /** The answer was not the JSON asked for, twice. */
  'schema',
  /** Every provider in the chain failed after its retries. */
  'provider',
  /** `AI_MAX_COST_USD` was reached. */
  'budget',
  /** The copy was flagged by moderation. */
  'moderation',
] as const;
export type FallbackReason = (typeof fallbackReasons)[number];

export interface CopyOutcome {
  index: number;
  title: string;
  source: 'ai' | 'procedural';
  /** The provider whose copy was kept (AI copy only). */
  provider?: string;
  /** Answers requested for this product across providers. */
  attempts: number;
  reason?: FallbackReason;
  /** What went wrong, in a sentence (the checker's message, the provider's error). */
  detail?: string;
}

export interface CopyReport {
  aiProducts: number;
  fallbacks: number;
  byReason: Partial<Record<FallbackReason, number>>;
  /** The first few fallbacks, for the summary. */
  examples: CopyOutcome[];
}

export interface AiCopyWriterOptions {
  chain: readonly TextProvider[];
  cache: ContentCache;
  ledger: UsageLedger;
  /** Flags generated copy (OpenAI's moderation endpoint), when set. */
  moderate?: (texts: readonly string[]) => Promise<boolean>;
  breaker?: { threshold?: number; cooldownMs?: number; now?: () => number };
}

/** Answers per product and provider before falling back (the first plus one with feedback). */
const ATTEMPTS = 2;

/**
 * Product copy from a chain of OpenAI-compatible servers, never trusted: every answer is
 * schema-checked, rendered over the engine's spec table and run through the consistency checker;
 * an answer that fails is asked again once with the checker's objections, and a product that
 * still fails (or whose providers are down, or over budget) gets procedural copy, recorded.
 */
export class AiCopyWriter {
  private readonly options: AiCopyWriterOptions;
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly limits = new Map<string, ConcurrencyLimit>();
  private readonly outcomes: CopyOutcome[] = [];

  constructor(options: AiCopyWriterOptions) {
    this.options = options;
    for (const provider of options.chain) {
      this.breakers.set(provider.name, new CircuitBreaker(options.breaker));
      this.limits.set(provider.name, new ConcurrencyLimit(provider.concurrency ?? 4));
    }
  }

  /** Copy for one planned product, and how it was obtained. */
  async writeCopy(productPlan: ProductPlan): Promise<{ copy: ProductCopy; outcome: CopyOutcome }> {
    const input = productPlan.copyInput;
    const facts = copyFactsOf(input);
    const base = { index: productPlan.index, title: input.title };
    let attempts = 0;
    let baseline: ReadonlySet<string> | undefined;
    let failure: { reason: FallbackReason; detail: string } | undefined;

    for (const provider of this.options.chain) {
      const breaker = this.breakers.get(provider.name) ?? new CircuitBreaker();
      const limit = this.limits.get(provider.name) ?? new ConcurrencyLimit(1);
      let feedback: string[] = [];
      let gateFailures = 0;
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        if (this.options.ledger.isOverBudget) {
          failure = { reason: 'budget', detail: 'AI_MAX_COST_USD reached' };
          return this.fallback(productPlan, base, attempts, failure);
        }
        if (!breaker.allows()) {
          failure = {
            reason: 'provider',
            detail: `${provider.name}: circuit open after repeated failures`,
          };
          break;
        }
        const messages = buildCopyMessages(facts, feedback);
        const params = { seed: input.seed };
        const key = cacheKey({
          provider: provider.name,
          model: provider.model,
          promptVersion: COPY_PROMPT_VERSION,
          messages,
          schema: copyJsonSchema,
          params,
        });
        attempts++;
        let content: string;
        try {
          const answer = await limit.run(() =>
            this.options.cache.through(key, async () => {
              const result = await provider.client.chatJson({
                model: provider.model,
                messages,
                jsonSchema: copyJsonSchema,
                seed: input.seed,
              });
              return { content: result.content, usage: result.usage };
            }),
          );
          breaker.succeeded();
          this.options.ledger.addText(provider.model, answer.usage, answer.cached);
          content = answer.content;
        } catch (error) {
          if (error instanceof ProviderError) {
            breaker.failed();
            failure = {
              reason: error.kind === 'moderation-blocked' ? 'moderation' : 'provider',
              detail: `${provider.name}: ${error.kind} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}: ${error.message}`,
            };
            break;
          }
          if (error instanceof ReplayedFailure) {
            failure = { reason: 'provider', detail: `${provider.name}: ${error.message}` };
            break;
          }
          throw error;
        }

        const answer = readAnswer(content);
        if (!answer.ok) {
          gateFailures++;
          failure = { reason: 'schema', detail: answer.problem };
          feedback = [`Answer with JSON matching the schema exactly (${answer.problem}).`];
          continue;
        }
        const copy = renderCopy(answer.value, facts);
        const issues = newErrors(
          productPlan,
          copy,
          (baseline ??= engineErrors(productPlan, facts)),
        );
        if (issues.length > 0) {
          gateFailures++;
          failure = { reason: 'checker', detail: issues.map((i) => i.message).join('; ') };
          feedback = issues.map((i) => i.message);
          continue;
        }
        if (this.options.moderate) {
          let flagged: boolean;
          try {
            flagged = await this.options.moderate(proseOf(answer.value));
          } catch (error) {
            if (!(error instanceof ProviderError || error instanceof ReplayedFailure)) throw error;
            // Unmoderated AI copy is not published: fail closed, to the engine's own words.
            failure = { reason: 'moderation', detail: `moderation unavailable: ${error.message}` };
            return this.fallback(productPlan, base, attempts, failure);
          }
          if (flagged) {
            failure = { reason: 'moderation', detail: 'generated copy was flagged by moderation' };
            return this.fallback(productPlan, base, attempts, failure);
          }
        }
        const outcome: CopyOutcome = { ...base, source: 'ai', provider: provider.name, attempts };
        this.outcomes.push(outcome);
        return { copy, outcome };
      }
      // Two answers that failed the gate: the next provider would be asked the same; stop here.
      if (gateFailures >= ATTEMPTS) break;
    }
    return this.fallback(
      productPlan,
      base,
      attempts,
      failure ?? { reason: 'provider', detail: 'no text provider configured' },
    );
  }

  /** A `ContentProvider` for `generateProductsWith(plan, …)`: it needs the plan to check copy. */
  contentProvider(plan: CatalogPlan): ContentProvider {
    return {
      name: this.options.chain.map((p) => `${p.name}:${p.model}`).join(' → ') || 'procedural',
      productCopy: async (input) => {
        const index = input.position?.index;
        if (index === undefined) {
          throw new AppError('INTERNAL', 'AI copy needs the product position to check its copy');
        }
        return (await this.writeCopy(planProduct(plan, index))).copy;
      },
    };
  }

  report(): CopyReport {
    const fallbacks = this.outcomes.filter((o) => o.source === 'procedural');
    const byReason: Partial<Record<FallbackReason, number>> = {};
    for (const o of fallbacks) if (o.reason) byReason[o.reason] = (byReason[o.reason] ?? 0) + 1;
    return {
      aiProducts: this.outcomes.length - fallbacks.length,
      fallbacks: fallbacks.length,
      byReason,
      examples: [...fallbacks].sort((a, b) => a.index - b.index).slice(0, 5),
    };
  }

  private fallback(
    productPlan: ProductPlan,
    base: { index: number; title: string },
    attempts: number,
    failure: { reason: FallbackReason; detail: string },
  ): { copy: ProductCopy; outcome: CopyOutcome } {
    const outcome: CopyOutcome = { ...base, source: 'procedural', attempts, ...failure };
    this.outcomes.push(outcome);
    return { copy: proceduralCopy(productPlan.copyInput), outcome };
  }
}

/**
 * Contradictions the listing has without any prose (the engine's own, say a tag against a
 * material): not the model's doing, so they neither fail its answer nor go back as feedback.
 */
function engineErrors(productPlan: ProductPlan, facts: CopyFacts): ReadonlySet<string> {
  const bare = renderCopy(
    {
      opening: productPlan.copyInput.title,
      paragraphs: [],
      highlights: [],
      seoDescription: productPlan.copyInput.title,
    },
    facts,
  );
  return new Set(errorsOf(productPlan, bare).map((i) => i.message));
}

function newErrors(
  productPlan: ProductPlan,
  copy: ProductCopy,
  baseline: ReadonlySet<string>,
): ConsistencyIssue[] {
  return errorsOf(productPlan, copy).filter((i) => !baseline.has(i.message));
}

function errorsOf(productPlan: ProductPlan, copy: ProductCopy): ConsistencyIssue[] {
  return checkProduct(assembleProduct(productPlan, copy)).filter((i) => i.severity === 'error');
}

function readAnswer(
  content: string,
): { ok: true; value: CopyAnswer } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: 'the answer is not JSON' };
  }
  const parsed = copyAnswerSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    problem: `${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'}`,
  };
}

function proseOf(answer: CopyAnswer): string[] {
  return [answer.opening, ...answer.paragraphs, ...answer.highlights, answer.seoDescription];
}
