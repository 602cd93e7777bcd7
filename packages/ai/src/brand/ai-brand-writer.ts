import type { Brand } from '@storecraft/core';
import { ReplayedFailure, cacheKey, type ContentCache } from '../cache/content-cache.ts';
import type { TextProvider } from '../copy/ai-copy-writer.ts';
import { ProviderError } from '../http/provider-error.ts';
import type { UsageLedger } from '../usage/usage-ledger.ts';
import {
  BRAND_PROMPT_VERSION,
  brandAnswerSchema,
  brandJsonSchema,
  buildBrandMessages,
  unbackedClaims,
  type BrandFacts,
} from './brand-prompt.ts';

export interface BrandOutcome {
  source: 'ai' | 'procedural';
  provider?: string;
  reason?: 'schema' | 'checker' | 'provider' | 'moderation' | 'budget';
  detail?: string;
}

/**
 * The brand's tagline, mission and values from the text chain, checked like product copy: schema,
 * no unbacked claims (figures, history, certifications), moderation; asked again once with the
 * objections, else the engine's own text stays. The name, voice, palette and logo never change.
 */
export async function writeBrandText(
  brand: Brand,
  sells: readonly string[],
  options: {
    chain: readonly TextProvider[];
    cache: ContentCache;
    ledger: UsageLedger;
    moderate?: (texts: readonly string[]) => Promise<boolean>;
  },
): Promise<{ brand: Brand; outcome: BrandOutcome }> {
  const facts: BrandFacts = {
    name: brand.name,
    voice: brand.voice,
    niche: brand.niche,
    sells: [...sells],
  };
  let failure: Required<Pick<BrandOutcome, 'reason' | 'detail'>> = {
    reason: 'provider',
    detail: 'no text provider configured',
  };
  const keep = () => ({ brand, outcome: { source: 'procedural' as const, ...failure } });
  for (const provider of options.chain) {
    let feedback: string[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      if (options.ledger.isOverBudget) {
        failure = { reason: 'budget', detail: 'AI_MAX_COST_USD reached' };
        return keep();
      }
      const messages = buildBrandMessages(facts, feedback);
      const key = cacheKey({
        provider: provider.name,
        model: provider.model,
        promptVersion: BRAND_PROMPT_VERSION,
        messages,
        schema: brandJsonSchema,
        params: { seed: brand.seed },
      });
      let content: string;
      try {
        const answer = await options.cache.through(key, async () => {
          const result = await provider.client.chatJson({
            model: provider.model,
            messages,
            jsonSchema: brandJsonSchema,
          });
          return { content: result.content, usage: result.usage };
        });
        options.ledger.addText(provider.model, answer.usage, answer.cached);
        content = answer.content;
      } catch (error) {
        if (!(error instanceof ProviderError || error instanceof ReplayedFailure)) throw error;
        failure = { reason: 'provider', detail: `${provider.name}: ${error.message}` };
        break;
      }
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        json = undefined;
      }
      const parsed = brandAnswerSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        failure = {
          reason: 'schema',
          detail: `${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'}`,
        };
        feedback = [`Answer with JSON matching the schema exactly (${failure.detail}).`];
        continue;
      }
      const claims = unbackedClaims(parsed.data);
      if (claims.length > 0) {
        failure = { reason: 'checker', detail: claims.join('; ') };
        feedback = claims;
        continue;
      }
      const { tagline, mission, values } = parsed.data;
      if (options.moderate) {
        let flagged: boolean;
        try {
          flagged = await options.moderate([tagline, mission, ...values]);
        } catch (error) {
          if (!(error instanceof ProviderError || error instanceof ReplayedFailure)) throw error;
          flagged = true;
        }
        if (flagged) {
          failure = {
            reason: 'moderation',
            detail: 'brand text was flagged (or moderation was unavailable)',
          };
          return keep();
        }
      }
      return {
        brand: { ...brand, tagline, mission, values },
        outcome: { source: 'ai', provider: provider.name },
      };
    }
    if (failure.reason !== 'provider') break;
  }
  return keep();
}
