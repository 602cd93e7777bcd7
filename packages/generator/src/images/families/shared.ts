import { fittedText, fmt, op } from '../svg.ts';
import type { PaintContext } from '../paint.ts';

/** Small drawing helpers shared by the family files. */

/** A dashed stitch line along `d`. */
export function stitch(d: string, colour: string, width = 2.5): string {
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-dasharray="7 6" stroke-linecap="round" stroke-opacity=".8"/>`;
}

/** A seam: a thin solid line a shade off the body. */
export function seam(d: string, colour: string, width = 3, opacity = 0.7): string {
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="${op(opacity)}"/>`;
}

/** A soft fold or crease: a translucent dark (or light) stroke. */
export function crease(d: string, width = 10, opacity = 0.12, colour = '#000'): string {
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-opacity="${op(opacity)}"/>`;
}

/** Shade a shape with a translucent fill (shadows inside the body). */
export function shade(d: string, opacity = 0.12, colour = '#000'): string {
  return `<path d="${d}" fill="${colour}" fill-opacity="${op(opacity)}"/>`;
}

/** A vertical specular highlight strip, stronger on glossy finishes. */
export function sheen(
  paint: PaintContext,
  x: number,
  y: number,
  width: number,
  height: number,
  rx = 0,
): string {
  if (paint.gloss < 0.1) return '';
  return `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" rx="${fmt(rx)}" fill="${paint.sheen}" fill-opacity="${op(paint.gloss * 0.75)}"/>`;
}

/** A paper label with the brand name and an optional second line. */
export function brandLabel(
  paint: PaintContext,
  x: number,
  y: number,
  width: number,
  height: number,
  options: { subtitle?: string; rx?: number; size?: number; rule?: boolean } = {},
): string {
  const cx = x + width / 2;
  const size = options.size ?? Math.min(height * 0.32, 44);
  const hasSub = options.subtitle !== undefined;
  const nameY = y + height / 2 + size * (hasSub ? 0.1 : 0.36);
  return (
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" rx="${fmt(options.rx ?? 4)}" fill="${paint.paper}"/>` +
    (options.rule === false
      ? ''
      : `<rect x="${fmt(x)}" y="${fmt(y + height * 0.1)}" width="${fmt(width)}" height="${fmt(Math.max(3, height * 0.035))}" fill="${paint.accent}"/>`) +
    fittedText(paint.brand, {
      x: cx,
      y: nameY,
      maxWidth: width * 0.82,
      size,
      fill: paint.ink,
      letterSpacing: 0.06,
      uppercase: true,
    }) +
    (hasSub
      ? fittedText(options.subtitle ?? '', {
          x: cx,
          y: nameY + size * 0.95,
          maxWidth: width * 0.7,
          size: size * 0.45,
          fill: paint.ink,
          weight: 400,
          letterSpacing: 0.2,
          uppercase: true,
          opacity: 0.75,
        })
      : '')
  );
}

/** Brand text printed (screen-printed, debossed) straight onto the body colour. */
export function printedBrand(
  paint: PaintContext,
  x: number,
  y: number,
  maxWidth: number,
  size: number,
  opacity = 0.85,
): string {
  return fittedText(paint.brand, {
    x,
    y,
    maxWidth,
    size,
    fill: paint.onBody,
    letterSpacing: 0.08,
    uppercase: true,
    opacity,
  });
}

/** Mirror an x coordinate around the drawing's centre line (x = 512). */
export const mx = (x: number): number => 1024 - x;
