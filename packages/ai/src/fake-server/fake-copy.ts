import type { BrandAnswer, BrandFacts } from '../brand/brand-prompt.ts';
import type { CopyAnswer, CopyFacts } from '../copy/copy-prompt.ts';

/**
 * Copy a careful model would write: it names the product and the brand and reuses the given
 * features word for word, so it never contradicts the facts. `offFacts` writes what a careless
 * one does: a material the product is not made of.
 */
export function fakeCopy(facts: CopyFacts, options: { offFacts?: boolean } = {}): CopyAnswer {
  const features = facts.features.slice(0, 4);
  const opening = `Meet ${/^the /i.test(facts.title) ? '' : 'the '}${facts.title} from ${facts.brand.name}.`;
  const paragraphs: string[] = [];
  if (options.offFacts) {
    const material = facts.facts.find((f) => /material/i.test(f.label))?.value ?? '';
    paragraphs.push(
      `It is made from ${/leather/i.test(material) ? 'organic cotton' : 'full-grain leather'} for a finish that lasts.`,
    );
  } else if (facts.colours.length > 1) {
    paragraphs.push(`Choose from ${facts.colours.length} colours.`);
  }
  const seo = `${facts.title} from ${facts.brand.name}. ${features[0] ?? facts.noun}.`;
  return {
    opening,
    paragraphs,
    highlights: features.map((f) => f.charAt(0).toUpperCase() + f.slice(1)),
    seoDescription: seo.length > 300 ? seo.slice(0, 300) : seo,
  };
}

/** A value of the shape a JSON schema asks for (for requests that are not product copy). */
export function fillSchema(schema: unknown, hint: string): unknown {
  if (typeof schema !== 'object' || schema === null) return hint;
  const s = schema as Record<string, unknown>;
  switch (s.type) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [
          key,
          fillSchema(value, `${hint} ${key}`),
        ]),
      );
    }
    case 'array':
      return [fillSchema(s.items, hint)];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return Array.isArray(s.enum) && s.enum.length > 0 ? s.enum[0] : hint.trim();
  }
}

/** Brand text from the brand's facts; `offFacts` invents a founding year, as models like to. */
export function fakeBrandText(
  facts: BrandFacts,
  options: { offFacts?: boolean } = {},
): BrandAnswer {
  const sells = facts.sells.slice(0, 2).join(' and ').toLowerCase() || facts.niche;
  return {
    tagline: options.offFacts
      ? `${facts.name}, since 1987`
      : `${facts.name}: ${facts.niche}, done with care`,
    mission: `${facts.name} sells ${sells} for people who care about ${facts.niche}. We choose every product for how it is made and how long it lasts.`,
    values: ['Made to last', 'Honest materials', 'Fair prices'],
  };
}
