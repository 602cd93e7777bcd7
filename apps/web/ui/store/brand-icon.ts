import type { Metadata } from 'next';
import { storeColours, type BrandPalette } from './theme.ts';

/**
 * The tab icon of a storefront page: the brand's initial on its primary colour, as an inline SVG
 * (no request, and no `/favicon.ico` 404 in the console).
 */
export function brandIcons(name: string, palette: BrandPalette): Metadata['icons'] {
  const { primary, onPrimary } = storeColours(palette);
  const initial = (/[A-Za-z0-9]/.exec(name)?.[0] ?? 'S').toUpperCase();
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${primary}"/>` +
    `<text x="32" y="44" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="${onPrimary}">${initial}</text>` +
    `</svg>`;
  return { icon: `data:image/svg+xml,${encodeURIComponent(svg)}` };
}
