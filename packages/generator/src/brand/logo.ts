import type { BrandVoice, Palette } from '@storecraft/core';
import { escapeHtml } from '../text.ts';

export interface LogoInput {
  name: string;
  palette: Palette;
  typography: { heading: string; body: string };
  voice: BrandVoice;
  /** Which mark shape (0–3). */
  variant: number;
}

/** Wordmark plus a simple mark (the initial in a shape), in the brand palette. */
export function renderLogoSvg({ name, palette, typography, voice, variant }: LogoInput): string {
  const initial = escapeHtml(
    name
      .replace(/[^A-Za-z]/g, '')
      .charAt(0)
      .toUpperCase() || 'S',
  );
  const text = escapeHtml(name);
  const fontSize = name.length > 16 ? 34 : name.length > 10 ? 42 : 52;
  const weight = voice === 'bold' || voice === 'technical' ? 700 : voice === 'premium' ? 500 : 600;
  const spacing = voice === 'premium' || voice === 'minimal' ? 2 : 0;
  const shapes = [
    `<circle cx="60" cy="60" r="48" fill="${palette.primary}"/>`,
    `<rect x="14" y="14" width="92" height="92" rx="22" fill="${palette.primary}"/>`,
    `<path d="M60 10 L103 35 L103 85 L60 110 L17 85 L17 35 Z" fill="${palette.primary}"/>`,
    `<path d="M16 108 V56 A44 44 0 0 1 104 56 V108 Z" fill="${palette.primary}"/>`,
  ];
  const width = Math.round(150 + name.length * fontSize * 0.62);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 120" width="${width}" height="120" role="img" aria-label="${text} logo">` +
    `<title>${text}</title>` +
    (shapes[variant % shapes.length] ?? '') +
    `<circle cx="88" cy="30" r="9" fill="${palette.accent}"/>` +
    `<text x="60" y="78" text-anchor="middle" font-family="${escapeHtml(typography.heading)}, DejaVu Sans, sans-serif" font-size="52" font-weight="700" fill="${palette.background}">${initial}</text>` +
    `<text x="130" y="${60 + fontSize * 0.35}" font-family="${escapeHtml(typography.heading)}, DejaVu Sans, sans-serif" font-size="${fontSize}" font-weight="${weight}" letter-spacing="${spacing}" fill="${palette.text}">${text}</text>` +
    `</svg>`
  );
}

/** How many mark shapes `renderLogoSvg` draws (its `variant` wraps around). */
export const LOGO_VARIANTS = 4;

/** Opening of each mark shape, in `variant` order, to read a stored logo's variant back. */
const MARK_OPENINGS = [
  '<circle cx="60" cy="60" r="48"',
  '<rect x="14"',
  '<path d="M60 10',
  '<path d="M16 108',
];

/** The mark shape (variant) a logo drawn by `renderLogoSvg` uses; 0 when it is not one of ours. */
export function logoVariantOf(svg: string): number {
  const found = MARK_OPENINGS.findIndex((opening) => svg.includes(opening));
  return found < 0 ? 0 : found;
}
