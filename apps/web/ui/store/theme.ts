import type { CSSProperties } from 'react';

/**
 * The storefront preview in the brand's own look: its palette as CSS variables, every text colour
 * picked by contrast against the surface it sits on (WCAG AA, 4.5:1), and its typefaces mapped to
 * font stacks already on the visitor's machine (no font is downloaded).
 */

export interface BrandPalette {
  primary: string;
  secondary: string;
  accent: string;
  background: string;
  text: string;
}

export interface BrandTypography {
  heading: string;
  body: string;
}

/** WCAG AA for normal-size text. */
export const AA_CONTRAST = 4.5;

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return [0, 0, 0];
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x). */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `weight` of `b` blended into `a` (0 = a, 1 = b). */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * weight) as unknown as Rgb);
}

/**
 * The first candidate readable on `background` (AA), else whichever of black and white reads
 * better: one of them always reaches 4.5:1.
 */
export function readableOn(background: string, candidates: readonly string[]): string {
  for (const candidate of candidates) {
    if (contrastRatio(candidate, background) >= AA_CONTRAST) return candidate;
  }
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background)
    ? '#000000'
    : '#ffffff';
}

/** Readable (AA) on every one of `backgrounds`. */
function readsOnAll(colour: string, backgrounds: readonly string[]): boolean {
  return backgrounds.every((fill) => contrastRatio(colour, fill) >= AA_CONTRAST);
}

/**
 * The softest blend of `text` towards `background` that still reads at AA on every surface:
 * secondary text (struck-through prices, counts) that looks quieter without failing contrast.
 */
function mutedText(text: string, background: string, surfaces: readonly string[]): string {
  for (const weight of [0.35, 0.25, 0.15, 0.05]) {
    const candidate = mix(text, background, weight);
    if (readsOnAll(candidate, surfaces)) return candidate;
  }
  return text;
}

export interface StoreColours {
  background: string;
  text: string;
  muted: string;
  /** Cards, placeholders and panels: a whisper of the text colour on the background. */
  surface: string;
  line: string;
  primary: string;
  onPrimary: string;
  secondary: string;
  onSecondary: string;
  accent: string;
  onAccent: string;
  /** Links and focus rings: the primary (or accent) colour when it reads on every surface, else the text. */
  link: string;
  /** The sale badge's fill (the accent), with its text colour in `onSale`. */
  sale: string;
  onSale: string;
}

export function storeColours(palette: BrandPalette): StoreColours {
  const { background, primary, secondary, accent } = palette;
  const surface = mix(background, palette.text, 0.05);
  // The palette promises AA text on its background; check (on panels too) rather than trust it.
  const text = readsOnAll(palette.text, [background, surface])
    ? palette.text
    : readableOn(surface, []);
  const onColour = (fill: string) => readableOn(fill, [background, text]);
  return {
    background,
    text,
    muted: mutedText(text, background, [background, surface]),
    surface,
    line: mix(background, text, 0.16),
    primary,
    onPrimary: onColour(primary),
    secondary,
    onSecondary: onColour(secondary),
    accent,
    onAccent: onColour(accent),
    link: [primary, accent].find((c) => readsOnAll(c, [background, surface])) ?? text,
    sale: accent,
    onSale: onColour(accent),
  };
}

const STACKS = {
  serif: "ui-serif, Charter, 'Bitstream Charter', Georgia, Cambria, 'Times New Roman', serif",
  rounded:
    "ui-rounded, 'SF Pro Rounded', 'Arial Rounded MT Bold', 'Segoe UI', system-ui, sans-serif",
  grotesk:
    "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  condensed:
    "Impact, 'Haettenschweiler', 'Arial Narrow Bold', 'Franklin Gothic Bold', system-ui, sans-serif",
  humanist:
    "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
} as const;

/** The families BrandForge chooses from, by the system stack closest in feel. */
const FAMILY_STACKS: Record<string, keyof typeof STACKS> = {
  'cormorant garamond': 'serif',
  'playfair display': 'serif',
  fraunces: 'serif',
  lora: 'serif',
  fredoka: 'rounded',
  'baloo 2': 'rounded',
  nunito: 'rounded',
  quicksand: 'rounded',
  'space grotesk': 'grotesk',
  'ibm plex sans': 'grotesk',
  inter: 'grotesk',
  'dm sans': 'grotesk',
  roboto: 'grotesk',
  'archivo black': 'condensed',
  anton: 'condensed',
  archivo: 'grotesk',
  lato: 'humanist',
  'source sans 3': 'humanist',
  'work sans': 'humanist',
};

/**
 * A CSS font stack for a brand font: the family itself first (used when the visitor has it
 * installed; never fetched), then system fonts of the same kind.
 */
export function fontStack(family: string): string {
  const name = family.trim();
  const kind =
    FAMILY_STACKS[name.toLowerCase()] ??
    (/serif|garamond|display/i.test(name) ? 'serif' : 'grotesk');
  // Only plain names are quoted into CSS: anything else falls back to the system stack alone.
  const own = /^[A-Za-z0-9 -]{1,60}$/.test(name) ? `'${name}', ` : '';
  return own + STACKS[kind];
}

/** Condensed display faces read best in capitals with a little tracking. */
export function headingIsDisplay(family: string): boolean {
  return FAMILY_STACKS[family.trim().toLowerCase()] === 'condensed';
}

/** The CSS variables the storefront components read (`var(--store-…)`). */
export function storeThemeStyle(palette: BrandPalette, typography: BrandTypography): CSSProperties {
  const c = storeColours(palette);
  const display = headingIsDisplay(typography.heading);
  return {
    '--store-bg': c.background,
    '--store-text': c.text,
    '--store-muted': c.muted,
    '--store-surface': c.surface,
    '--store-line': c.line,
    '--store-primary': c.primary,
    '--store-on-primary': c.onPrimary,
    '--store-secondary': c.secondary,
    '--store-on-secondary': c.onSecondary,
    '--store-accent': c.accent,
    '--store-on-accent': c.onAccent,
    '--store-link': c.link,
    '--store-sale': c.sale,
    '--store-on-sale': c.onSale,
    '--store-font-heading': fontStack(typography.heading),
    '--store-font-body': fontStack(typography.body),
    '--store-heading-transform': display ? 'uppercase' : 'none',
    '--store-heading-tracking': display ? '0.04em' : '-0.01em',
    backgroundColor: c.background,
    color: c.text,
    fontFamily: 'var(--store-font-body)',
  } as CSSProperties;
}
