import type { Brand, BrandVoice, Palette } from '@storecraft/core';
import { colourTable, type ColourName, type Vertical } from '../knowledge/index.ts';
import { voices } from '../locales/en.ts';
import type { NicheMatch } from '../niche.ts';
import { rngFor, type Rng } from '../random.ts';
import { capitalize, fill, slugify, titleCase } from '../text.ts';
import { checkProduct } from '../checker/check-product.ts';
import { listingFixture } from '../checker/listing-fixture.ts';
import { isBlocked } from './blocklist.ts';
import { contrastRatio, mix } from '../images/colour.ts';
import { renderLogoSvg } from './logo.ts';

/** Voices that suit each vertical, with weights; the niche's own words can override. */
const VOICE_WEIGHTS: Readonly<Record<string, readonly (readonly [BrandVoice, number])[]>> = {
  default: [
    ['minimal', 2],
    ['earthy', 2],
    ['premium', 2],
    ['playful', 1],
    ['bold', 1],
    ['technical', 1],
  ],
  'electronics-accessories': [
    ['technical', 4],
    ['minimal', 3],
    ['bold', 1],
  ],
  cycling: [
    ['technical', 4],
    ['bold', 2],
    ['minimal', 1],
  ],
  'outdoor-camping': [
    ['technical', 3],
    ['earthy', 3],
    ['bold', 1],
  ],
  'fitness-yoga': [
    ['earthy', 2],
    ['bold', 2],
    ['minimal', 2],
    ['technical', 1],
  ],
  'toys-games': [
    ['playful', 5],
    ['earthy', 1],
  ],
  baby: [
    ['playful', 3],
    ['earthy', 3],
    ['minimal', 1],
  ],
  'pet-supplies': [
    ['playful', 4],
    ['earthy', 2],
  ],
  jewellery: [
    ['premium', 4],
    ['minimal', 2],
  ],
  watches: [
    ['premium', 3],
    ['technical', 2],
    ['minimal', 2],
  ],
  fragrance: [
    ['premium', 4],
    ['earthy', 1],
    ['bold', 1],
  ],
  candles: [
    ['earthy', 3],
    ['premium', 2],
    ['minimal', 1],
  ],
  'plants-garden': [
    ['earthy', 5],
    ['playful', 1],
  ],
  'coffee-tea': [
    ['earthy', 3],
    ['premium', 2],
    ['bold', 1],
  ],
  'gourmet-pantry': [
    ['earthy', 3],
    ['bold', 2],
    ['premium', 1],
  ],
  furniture: [
    ['minimal', 3],
    ['premium', 3],
  ],
};

export const TYPOGRAPHY: Readonly<
  Record<BrandVoice, readonly { heading: string; body: string }[]>
> = {
  playful: [
    { heading: 'Fredoka', body: 'Nunito' },
    { heading: 'Baloo 2', body: 'Quicksand' },
  ],
  premium: [
    { heading: 'Cormorant Garamond', body: 'Lato' },
    { heading: 'Playfair Display', body: 'Source Sans 3' },
  ],
  technical: [
    { heading: 'Space Grotesk', body: 'Inter' },
    { heading: 'IBM Plex Sans', body: 'IBM Plex Sans' },
  ],
  earthy: [
    { heading: 'Fraunces', body: 'Source Sans 3' },
    { heading: 'Lora', body: 'Work Sans' },
  ],
  minimal: [
    { heading: 'Inter', body: 'Inter' },
    { heading: 'DM Sans', body: 'DM Sans' },
  ],
  bold: [
    { heading: 'Archivo Black', body: 'Archivo' },
    { heading: 'Anton', body: 'Roboto' },
  ],
};

const SUFFIXES = [
  '& Co.',
  'Supply',
  'Studio',
  'House',
  'Goods',
  'Works',
  'Collective',
  'Lab',
  'Atelier',
  'Field',
];
const ONSETS = [
  'b',
  'd',
  'f',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'tr',
  'st',
  'sol',
  'mar',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ia', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'x'];

export interface ForgeBrandInput {
  niche: NicheMatch;
  seed: string;
  currency?: Brand['currency'];
}

export function forgeBrand({ niche, seed, currency = 'USD' }: ForgeBrandInput): Brand {
  // The niche is part of the brand's seed: one seed gives each niche a brand of its own.
  const rng = rngFor(
    `${seed}\u0000${niche.niche.toLowerCase().split(/\s+/).filter(Boolean).join(' ')}`,
    'brand',
  );
  const verticals = niche.verticals;
  const primaryVertical = verticals[0];
  if (!primaryVertical) throw new Error('forgeBrand needs at least one vertical');

  const voice =
    niche.voiceHint ??
    rng.weighted(
      VOICE_WEIGHTS[primaryVertical.id] ?? primaryVertical.voices ?? VOICE_WEIGHTS.default ?? [],
    );
  const name = brandName(rng, verticals, nicheRoots(niche), fitsTheRange(niche));
  const words = brandWords(rng, verticals, name);
  const bank = voices[voice];
  const tagline = capitalize(fill(rng.pick(bank.taglines), words));
  const mission = fill(rng.pick(bank.missions), words);
  const values = rng.sample(uniq(verticals.flatMap((v) => v.values)), rng.int(3, 5));
  const palette = makePalette(rng, verticals);
  const typography = rng.pick(TYPOGRAPHY[voice]);
  return {
    name,
    handle: slugify(name),
    tagline,
    mission,
    values,
    voice,
    palette,
    logoSvg: renderLogoSvg({ name, palette, typography, voice, variant: rng.int(0, 3) }),
    typography,
    niche: niche.niche,
    verticals: verticals.map((v) => v.id),
    seed,
    locale: 'en',
    currency,
  };
}

export function uniq<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Words a brand is never built from: they say "shop", not what it sells. */
const PLAIN_WORDS = new Set(
  'and the for with gear goods supply supplies shop store accessory accessories equipment part parts other item items kit kits set sets tool tools product products'.split(
    ' ',
  ),
);

/**
 * For a niche served from the taxonomy (no curated vertical names its brand roots), short,
 * pronounceable words of the niche and of its categories ("surf", "reef", "golf", "vinyl").
 */
export function nicheRoots(niche: NicheMatch): string[] {
  if (!niche.kinds.some((k) => k.derivedFrom)) return [];
  const words = [
    niche.niche,
    ...niche.kinds.flatMap((k) => (k.derivedFrom ? [k.derivedFrom.name] : [])),
  ]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z]+/);
  return uniq(
    words.filter(
      (w) =>
        w.length >= 3 &&
        w.length <= 7 &&
        /[aeiouy]/.test(w) &&
        !/[^aeiouy]{3}/.test(w) &&
        !PLAIN_WORDS.has(w) &&
        !w.endsWith('s') &&
        !isBlocked(w),
    ),
  ).slice(0, 12);
}

/** A pronounceable name that is not a famous brand: compound, root + suffix, or invented. */
/**
 * Whether a name suits what the store sells: the brand is named in the copy ("At Crema & Grounds,
 * …"), so a root that belongs to another kind of product ("crema" on a tea store) is out.
 */
export function fitsTheRange(niche: NicheMatch): (name: string) => boolean {
  // One of each product type: a coffee store's teapots rule out "crema" as much as its teas do.
  const byType = new Map(niche.kinds.map((k) => [k.archetype.productType, k.archetype]));
  const kinds = [...byType.values()];
  return (name) =>
    kinds.every(
      (archetype) =>
        !checkProduct(
          listingFixture({
            title: titleCase(archetype.noun[0]),
            productType: archetype.productType,
            taxonomyPath: archetype.taxonomyPath,
            description: [`At ${name}, we make every ${archetype.noun[0]} ourselves.`],
          }),
        ).some((issue) => issue.rule === 'vocabulary-mismatch'),
    );
}

export function brandName(
  rng: Rng,
  verticals: readonly Vertical[],
  extraRoots: readonly string[],
  fits: (name: string) => boolean,
): string {
  const roots = uniq([...verticals.flatMap((v) => v.brandRoots), ...extraRoots]).map((r) =>
    r.toLowerCase().replace(/[^a-z]/g, ''),
  );
  for (let attempt = 0; attempt < 20; attempt++) {
    const style = rng.weighted([
      ['compound', 3],
      ['suffix', 2],
      ['invented', 2],
      ['pair', 1],
    ] as const);
    let name: string;
    switch (style) {
      case 'compound': {
        const [a, b] = rng.sample(roots, 2);
        name = capitalize(`${a ?? 'field'}${b ?? 'stone'}`);
        break;
      }
      case 'suffix':
        name = `${capitalize(rng.pick(roots))} ${rng.pick(SUFFIXES)}`;
        break;
      case 'pair': {
        const [a, b] = rng.sample(roots, 2);
        name = `${capitalize(a ?? 'oak')} & ${capitalize(b ?? 'ash')}`;
        break;
      }
      case 'invented':
        name = capitalize(inventedWord(rng, rng.int(2, 3)));
        break;
    }
    if (
      name.length >= 3 &&
      name.length <= 24 &&
      !isBlocked(name) &&
      !/(.)\1\1/.test(name.toLowerCase()) &&
      fits(name)
    )
      return name;
  }
  return capitalize(inventedWord(rng, 3));
}

export function inventedWord(rng: Rng, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += rng.pick(ONSETS) + rng.pick(VOWELS);
  return word + rng.pick(CODAS);
}

export function brandWords(
  rng: Rng,
  verticals: readonly Vertical[],
  name: string,
): Record<string, string> {
  const v = verticals[0] as Vertical;
  const adjective = rng.pick(v.adjectives);
  return {
    name,
    adjective,
    Adjective: capitalize(adjective),
    audience: rng.pick(v.audiences),
    moment: rng.pick(v.moments),
    category: verticals.map((x) => x.name.toLowerCase()).join(' and '),
  };
}

/**
 * Five colours from the verticals' mood: primary, secondary and accent from the mood, a light
 * background tinted by the secondary, and a dark text colour that meets WCAG AA on it.
 */
export function makePalette(rng: Rng, verticals: readonly Vertical[]): Palette {
  const mood = uniq<ColourName>(verticals.flatMap((v) => v.paletteMood));
  const [p, s, a] = rng.shuffle(mood);
  const primary = colourTable[p ?? 'Navy'];
  const secondary = colourTable[s ?? 'Sage'];
  const accent = colourTable[a ?? 'Terracotta'];
  const background = mix(secondary, '#ffffff', rng.float(0.86, 0.93));
  let text = mix(primary, '#000000', 0.7);
  for (let step = 0; contrastRatio(text, background) < 4.5 && step < 10; step++) {
    text = mix(text, '#000000', 0.4);
  }
  return { primary, secondary, accent, background, text };
}
