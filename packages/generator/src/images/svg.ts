/** String helpers for writing SVG by hand: escaping, fitted label text, compact numbers. */

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Characters XML 1.0 does not allow at all; a brand name containing one would break the file. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(invalidXmlChars, '').replace(/[&<>"']/g, (c) => xmlEntities[c] ?? c);
}

/** One decimal is plenty at 1024 px and keeps the markup short. */
export function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Opacity with two decimals. */
export function op(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export const fontFamily = 'DejaVu Sans, Arial, sans-serif';

/** Rough advance widths of DejaVu Sans in em, good enough to keep a label inside its box. */
function emWidth(text: string, letterSpacingEm: number): number {
  let width = 0;
  for (const ch of text) {
    if (/[iljtfr.,;:!|'’ ]/.test(ch)) width += 0.34;
    else if (/[MWmw@]/.test(ch)) width += 0.92;
    else if (/[A-Z0-9&#%]/.test(ch)) width += 0.7;
    else width += 0.6;
    width += letterSpacingEm;
  }
  return width;
}

export interface TextOptions {
  x: number;
  y: number;
  /** The text is shrunk (then truncated with an ellipsis) to fit this width. */
  maxWidth: number;
  size: number;
  minSize?: number;
  fill: string;
  weight?: number;
  letterSpacing?: number;
  anchor?: 'start' | 'middle' | 'end';
  uppercase?: boolean;
  opacity?: number;
}

/** A single line of brand or label text, escaped and fitted to `maxWidth`. */
export function fittedText(raw: string, options: TextOptions): string {
  const spacing = options.letterSpacing ?? 0;
  const minSize = options.minSize ?? Math.max(9, options.size * 0.45);
  let text = (options.uppercase ? raw.toUpperCase() : raw).trim();
  let size = Math.min(options.size, options.maxWidth / Math.max(0.1, emWidth(text, spacing)));
  while (size < minSize && text.length > 2) {
    text = `${text.slice(0, -2).trimEnd()}…`;
    size = Math.min(options.size, options.maxWidth / emWidth(text, spacing));
  }
  const attrs = [
    `x="${fmt(options.x)}"`,
    `y="${fmt(options.y)}"`,
    `font-family="${fontFamily}"`,
    `font-size="${fmt(size)}"`,
    `font-weight="${options.weight ?? 700}"`,
    `fill="${options.fill}"`,
    `text-anchor="${options.anchor ?? 'middle'}"`,
  ];
  if (spacing) attrs.push(`letter-spacing="${fmt(spacing * size)}"`);
  if (options.opacity !== undefined) attrs.push(`fill-opacity="${op(options.opacity)}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}
