import { randomBytes } from 'node:crypto';
import { AppError, newId, paletteSchema, type BrandVoice, type Palette } from '@storecraft/core';
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
import { contrastRatio, forgeBrand, matchNiche } from '@storecraft/generator';

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

export interface UpdateBrandInput {
  name?: string;
  voice?: BrandVoice;
  palette?: Palette;
}

/** Renames or restyles a brand. A palette must keep its text readable on its background. */
export async function updateBrand(
  tx: TenantTx,
  brandId: string,
  input: UpdateBrandInput,
): Promise<BrandRecord> {
  if (input.palette) {
    const palette = paletteSchema.parse(input.palette);
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
  const fields: UpdateBrandInput = {};
  if (input.name !== undefined) fields.name = input.name.trim();
  if (input.voice !== undefined) fields.voice = input.voice;
  if (input.palette !== undefined) fields.palette = input.palette;
  if (!(await updateBrandFields(tx, brandId, fields))) throw brandNotFound(brandId);
  return getBrandById(tx, brandId);
}

export function brandNotFound(brandId: string): AppError {
  return new AppError('NOT_FOUND', `Brand ${brandId} not found`, {
    userMessage: 'That brand does not exist.',
  });
}
