import { randomBytes } from 'node:crypto';
import { AppError, newId, paletteSchema } from '@storecraft/core';
import {
  findBrand,
  insertBrand,
  listBrandSummaries,
  pgErrorCodes,
  pgErrorOf,
  updateBrandFields,
  type BrandRecord,
  type BrandSummary,
  type TenantTx,
} from '@storecraft/db';
import {
  applyBrandEdit,
  contrastRatio,
  forgeBrand,
  matchNiche,
  regenerateBrandPart,
  suggestNiches,
  type BrandEdit,
  type BrandPart,
  type NicheSuggestions,
} from '@storecraft/generator';

/** The parts of a brand `regenerateBrand` can make again. */
export { brandParts, type BrandPart } from '@storecraft/generator';

/**
 * BrandSvc: brands of one workspace. Every function takes the tenant transaction the caller opened
 * (`withWorkspace`), so a brand of another workspace is simply not found.
 */

/** WCAG AA for body text: the palette promises it (see paletteSchema). */
const MIN_TEXT_CONTRAST = 4.5;

export interface CreateBrandInput {
  niche: string;
  /** Makes the brand (and later its catalog) reproducible; random when absent. */
  seed?: string;
}

/** BrandForge: a brand (name, voice, palette, logo…) forged from a niche, stored in the workspace. */
export async function createBrand(
  tx: TenantTx,
  workspaceId: string,
  input: CreateBrandInput,
): Promise<BrandRecord> {
  const seed = input.seed ?? randomBytes(6).toString('hex');
  const brand = forgeBrand({ niche: matchNiche(input.niche.trim()), seed });
  try {
    return await insertBrand(tx, { id: newId('brand'), workspaceId, brand });
  } catch (error) {
    if (pgErrorOf(error)?.code === pgErrorCodes.uniqueViolation) {
      throw new AppError('CONFLICT', `Brand ${brand.handle} exists in ${workspaceId}`, {
        userMessage: `This workspace already has a brand called ${brand.name}; try another seed.`,
        fieldErrors: [
          { path: 'seed', message: 'this niche and seed make a brand you already have' },
        ],
        cause: error,
      });
    }
    throw error;
  }
}

export function listBrands(
  tx: TenantTx,
  params: { limit: number; cursor?: string },
): Promise<BrandSummary[]> {
  return listBrandSummaries(tx, {
    limit: params.limit,
    ...(params.cursor === undefined ? {} : { before: params.cursor }),
  });
}

export async function getBrandById(tx: TenantTx, brandId: string): Promise<BrandRecord> {
  const brand = await findBrand(tx, brandId);
  if (!brand) throw brandNotFound(brandId);
  return brand;
}

/** What people may change by hand: the logo is drawn again from name, voice, palette and type. */
export type UpdateBrandInput = BrandEdit;

/**
 * Renames, rewrites or restyles a brand. A palette must keep its text readable on its background;
 * a new name is carried into the tagline and mission that said the old one.
 */
export async function updateBrand(
  tx: TenantTx,
  brandId: string,
  input: UpdateBrandInput,
): Promise<BrandRecord> {
  if (input.palette) assertReadablePalette(input.palette);
  const edit: BrandEdit = {};
  if (input.name !== undefined) edit.name = input.name.trim();
  if (input.tagline !== undefined) edit.tagline = input.tagline.trim();
  if (input.mission !== undefined) edit.mission = input.mission.trim();
  if (input.values !== undefined) edit.values = input.values.map((value) => value.trim());
  if (input.voice !== undefined) edit.voice = input.voice;
  if (input.palette !== undefined) edit.palette = input.palette;
  if (input.typography !== undefined) edit.typography = input.typography;
  const brand = await getBrandById(tx, brandId);
  if (!(await updateBrandFields(tx, brandId, applyBrandEdit(brand, edit)))) {
    throw brandNotFound(brandId);
  }
  return getBrandById(tx, brandId);
}

function assertReadablePalette(input: BrandEdit['palette']): void {
  const palette = paletteSchema.parse(input);
  const ratio = contrastRatio(palette.text, palette.background);
  if (ratio < MIN_TEXT_CONTRAST) {
    throw new AppError('INVALID_INPUT', `Palette contrast ${ratio.toFixed(2)} is below 4.5`, {
      userMessage: 'The text colour is hard to read on the background (WCAG AA needs 4.5:1).',
      fieldErrors: [
        {
          path: 'palette.text',
          message: `contrast with background is ${ratio.toFixed(2)}:1, needs 4.5:1`,
        },
      ],
    });
  }
}

/**
 * Makes one part of the brand again (BrandForge, from the brand's seed and a counter: the same
 * brand always gets the same next alternative, and asking again moves on) and stores it.
 */
export async function regenerateBrand(
  tx: TenantTx,
  brandId: string,
  part: BrandPart,
): Promise<BrandRecord> {
  const brand = await getBrandById(tx, brandId);
  const changes = regenerateBrandPart({ brand, niche: matchNiche(brand.niche), part });
  if (!(await updateBrandFields(tx, brandId, changes))) throw brandNotFound(brandId);
  return getBrandById(tx, brandId);
}

/** Niches to pick while typing one, and what the matcher makes of the text so far. */
export function suggestBrandNiches(text: string, limit?: number): NicheSuggestions {
  return suggestNiches(text, limit === undefined ? {} : { limit });
}

export function brandNotFound(brandId: string): AppError {
  return new AppError('NOT_FOUND', `Brand ${brandId} not found`, {
    userMessage: 'That brand does not exist.',
  });
}
