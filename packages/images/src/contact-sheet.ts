import sharp, { type OverlayOptions } from 'sharp';
import { AppError } from '@storecraft/core';

export interface ContactSheetItem {
  /** The picture, as SVG (a studio shot from `renderProductSvg`). */
  svg: string;
  /** Printed under the picture: what the picture must show. */
  title: string;
}

export interface ContactSheetOptions {
  /** Pictures per row (default 6). */
  columns?: number;
  /** Edge of each picture in px (default 200). */
  tile?: number;
  /** A line above the grid (the niche, the seed). */
  heading?: string;
}

const CAPTION_HEIGHT = 44;
const GAP = 12;
const HEADING_HEIGHT = 48;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a title into at most two lines of about `width` characters, with an ellipsis if cut. */
function captionLines(title: string, width: number): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > 2) return [lines[0] ?? '', `${(lines[1] ?? '').slice(0, width - 1)}…`];
  return lines;
}

/**
 * One PNG with a grid of pictures and their titles, so a person can check at a glance that each
 * picture shows what its title names. Pictures are rasterised one at a time at tile size (a few
 * hundred KB each), and the sheet is written as a palette PNG to stay small.
 */
export async function renderContactSheet(
  items: readonly ContactSheetItem[],
  options: ContactSheetOptions = {},
): Promise<Buffer> {
  if (items.length === 0) throw new AppError('INVALID_INPUT', 'A contact sheet needs pictures');
  const columns = Math.max(1, Math.min(options.columns ?? 6, items.length));
  const tile = options.tile ?? 200;
  const rows = Math.ceil(items.length / columns);
  const top = options.heading ? HEADING_HEIGHT : GAP;
  const width = GAP + columns * (tile + GAP);
  const height = top + rows * (tile + CAPTION_HEIGHT + GAP);
  const layers: OverlayOptions[] = [];
  const captions: string[] = [];
  const charsPerLine = Math.floor(tile / 6.6);
  for (const [i, item] of items.entries()) {
    const left = GAP + (i % columns) * (tile + GAP);
    const y = top + Math.floor(i / columns) * (tile + CAPTION_HEIGHT + GAP);
    const picture = await sharp(Buffer.from(item.svg), { density: (72 * tile) / 1024 })
      .resize(tile, tile, { fit: 'fill' })
      .png()
      .toBuffer();
    layers.push({ input: picture, left, top: y });
    captionLines(item.title, charsPerLine).forEach((line, n) => {
      captions.push(
        `<text x="${left + tile / 2}" y="${y + tile + 17 + n * 16}" text-anchor="middle">${escapeXml(line)}</text>`,
      );
    });
  }
  const heading = options.heading
    ? `<text x="${GAP}" y="32" font-family="DejaVu Sans, sans-serif" font-size="20" font-weight="700" fill="#111">${escapeXml(options.heading)}</text>`
    : '';
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${heading}` +
    `<g font-family="DejaVu Sans, sans-serif" font-size="12.5" fill="#222">${captions.join('')}</g></svg>`;
  layers.push({ input: Buffer.from(text), left: 0, top: 0 });
  return sharp({
    create: { width, height, channels: 3, background: '#ffffff' },
  })
    .composite(layers)
    .png({ palette: true, quality: 85, compressionLevel: 9 })
    .toBuffer();
}
