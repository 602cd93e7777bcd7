import { AppError, type Brand } from '@storecraft/core';
import { voices } from '../locales/en.ts';
import type { NicheMatch } from '../niche.ts';
import { rngFor } from '../random.ts';
import { capitalize, fill } from '../text.ts';
import {
  brandName,
  brandWords,
  fitsTheRange,
  makePalette,
  nicheRoots,
  TYPOGRAPHY,
  uniq,
} from './forge-brand.ts';
import { LOGO_VARIANTS, logoVariantOf, renderLogoSvg } from './logo.ts';

/** The parts of a brand people can ask BrandForge to make again. */
export const brandParts = [
  'name',
  'tagline',
  'mission',
  'values',
  'palette',
  'typography',
  'logo',
] as const;
export type BrandPart = (typeof brandParts)[number];

/** What people may change by hand; the logo follows from name, voice, palette and typography. */
export type BrandEdit = Partial<
  Pick<Brand, 'name' | 'tagline' | 'mission' | 'values' | 'voice' | 'palette' | 'typography'>
>;

/** The stored fields an edit or a regeneration changes. */
export type BrandChanges = BrandEdit & { logoSvg?: string };

const TAGLINE_MAX = 160;
const MISSION_MAX = 600;

/**
 * The fields to store for an edit: the edit itself, the tagline and mission saying the new name
 * (unless the edit rewrites them too), and the logo drawn again, in its own mark shape, whenever
 * something it shows changed.
 */
export function applyBrandEdit(brand: Brand, edit: BrandEdit): BrandChanges {
  const changes: BrandChanges = { ...edit };
  const renamed = edit.name !== undefined && edit.name !== brand.name;
  if (renamed && edit.name !== undefined) {
    const tagline = brand.tagline.split(brand.name).join(edit.name);
    if (edit.tagline === undefined && tagline !== brand.tagline && tagline.length <= TAGLINE_MAX) {
      changes.tagline = tagline;
    }
    const mission = brand.mission.split(brand.name).join(edit.name);
    if (edit.mission === undefined && mission !== brand.mission && mission.length <= MISSION_MAX) {
      changes.mission = mission;
    }
  }
  const next = { ...brand, ...changes };
  const logoChanged =
    renamed ||
    (edit.voice !== undefined && edit.voice !== brand.voice) ||
    (edit.palette !== undefined && !same(edit.palette, brand.palette)) ||
    (edit.typography !== undefined && !same(edit.typography, brand.typography));
  if (logoChanged) {
    changes.logoSvg = renderLogoSvg({
      name: next.name,
      palette: next.palette,
      typography: next.typography,
      voice: next.voice,
      variant: logoVariantOf(brand.logoSvg),
    });
  }
  return changes;
}

/** How far along its sequence a part is looked for before the sequence starts over. */
const SEARCH = 64;

/**
 * Makes one part of a brand again, deterministically: each part has a sequence of alternatives
 * drawn from the brand's seed and a counter, and the counter is where the current value sits in
 * that sequence, so the same brand always gets the same next alternative and a brand regenerated
 * again moves on to the one after. A value edited by hand starts the sequence over. The logo cycles
 * through its mark shapes. Changes that follow (logo, copy naming the brand) come with it.
 */
export function regenerateBrandPart(input: {
  brand: Brand;
  niche: NicheMatch;
  part: BrandPart;
}): BrandChanges {
  const { brand, niche, part } = input;
  if (part === 'logo') {
    const variant = (logoVariantOf(brand.logoSvg) + 1) % LOGO_VARIANTS;
    return {
      logoSvg: renderLogoSvg({
        name: brand.name,
        palette: brand.palette,
        typography: brand.typography,
        voice: brand.voice,
        variant,
      }),
    };
  }
  const candidate = candidatesOf(brand, niche, part);
  const current = brand[part];
  let position = 0;
  for (let k = 1; k <= SEARCH; k++) {
    if (same(candidate(k), current)) {
      position = k;
      break;
    }
  }
  for (let k = position + 1; k <= position + SEARCH; k++) {
    const value = candidate(k);
    if (!same(value, current)) return applyBrandEdit(brand, { [part]: value });
  }
  throw new AppError('CONFLICT', `No alternative ${part} for brand ${brand.handle}`, {
    userMessage: `There is no other ${part} for this brand; edit it by hand instead.`,
  });
}

type RegeneratedValue = Brand[Exclude<BrandPart, 'logo'>];

function candidatesOf(
  brand: Brand,
  niche: NicheMatch,
  part: Exclude<BrandPart, 'logo'>,
): (counter: number) => RegeneratedValue {
  const verticals = niche.verticals;
  const rngAt = (counter: number) =>
    rngFor(`${brand.seed}\u0000${brand.niche.toLowerCase()}`, `regenerate-${part}`, counter);
  switch (part) {
    case 'name': {
      const roots = nicheRoots(niche);
      const fits = fitsTheRange(niche);
      return (counter) => brandName(rngAt(counter), verticals, roots, fits);
    }
    case 'tagline':
    case 'mission': {
      const bank = voices[brand.voice];
      const templates = part === 'tagline' ? bank.taglines : bank.missions;
      return (counter) => {
        const rng = rngAt(counter);
        const words = brandWords(rng, verticals, brand.name);
        const text = fill(rng.pick(templates), words);
        return part === 'tagline' ? capitalize(text) : text;
      };
    }
    case 'values': {
      const all = uniq(verticals.flatMap((v) => v.values));
      return (counter) => {
        const rng = rngAt(counter);
        return rng.sample(all, Math.min(all.length, rng.int(3, 5)));
      };
    }
    case 'palette':
      return (counter) => makePalette(rngAt(counter), verticals);
    case 'typography':
      return (counter) => ({ ...rngAt(counter).pick(TYPOGRAPHY[brand.voice]) });
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
