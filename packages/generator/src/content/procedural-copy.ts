import { labels, voices } from '../locales/en.ts';
import { Rng } from '../random.ts';
import { article, capitalize, escapeHtml, fill, lowerFirst, truncateWords } from '../text.ts';
import type { ContentProvider, ProductCopy, ProductCopyInput } from './content-provider.ts';

/**
 * Offline copy in the brand's voice: an intro paragraph that names the product, a sentence built
 * from its features, a feature list, a details table and care notes. Text is escaped; the HTML
 * uses only p, ul, li, table, tbody, tr, th, td and strong.
 */
export function proceduralCopy(input: ProductCopyInput): ProductCopy {
  const rng = new Rng(input.seed);
  const { brand, vertical, archetype } = input;
  const bank = voices[brand.voice];
  const adjective = rng.pick(vertical.adjectives);
  const audience = rng.pick(vertical.audiences);
  const colourPhrase =
    input.colours.length === 0
      ? 'a natural finish'
      : input.colours.length === 1
        ? lowerFirst(input.colours[0] ?? '')
        : `${input.colours.length} colours`;
  const words: Record<string, string> = {
    title: input.title,
    noun: input.noun,
    adjective,
    Adjective: capitalize(adjective),
    anAdjective: `${article(adjective)} ${adjective}`,
    aNoun: `${article(input.noun)} ${input.noun}`,
    ANoun: capitalize(`${article(input.noun)} ${input.noun}`),
    audience,
    audienceSingular: audience.replace(/s$/, ''),
    moment: rng.pick(vertical.moments),
    material: lowerFirst(input.material),
    Material: capitalize(input.material),
    colourPhrase,
  };
  const [f1, f2, ...restFeatures] = rng.shuffle(input.features);
  const intro = [
    fill(rng.pick(bank.openers), words),
    fill(rng.pick(bank.materialLines), words),
    fill(rng.pick(bank.audienceLines), { ...words, moment: rng.pick(vertical.moments) }),
  ];
  const pair = fill(rng.pick(bank.featurePairs), {
    feature1: lowerFirst(f1 ?? archetype.features[0] ?? ''),
    Feature1: capitalize(f1 ?? archetype.features[0] ?? ''),
    feature2: lowerFirst(f2 ?? archetype.features[1] ?? ''),
  });
  const bullets = restFeatures.slice(0, rng.int(2, 4));
  const care = rng.sample(input.care, rng.int(1, 2));
  const closer = rng.chance(0.35) ? ` ${rng.pick(bank.closers)}` : '';

  let html = `<p>${escapeHtml(intro.join(' '))}</p>`;
  html += `<p>${escapeHtml(pair)}${escapeHtml(closer)}</p>`;
  if (bullets.length > 0) {
    html += `<p><strong>${labels.features}</strong></p><ul>`;
    for (const b of bullets) html += `<li>${escapeHtml(capitalize(b))}</li>`;
    html += '</ul>';
  }
  html += `<table><tbody>`;
  for (const [label, value] of input.specs) {
    html += `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  }
  html += `</tbody></table>`;
  if (care.length > 0)
    html += `<p><strong>${labels.care}:</strong> ${escapeHtml(care.join(' '))}</p>`;

  return { bodyHtml: html, seoDescription: truncateWords(`${intro[0]} ${intro[1]}`, 160) };
}

export const proceduralContent: ContentProvider = {
  name: 'procedural',
  productCopy: proceduralCopy,
};
