import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fittedText } from '../svg.ts';
import { printedBrand, shade, stitch } from './shared.ts';

/** Books, notebooks, pens and framed prints. */

function book(paint: PaintContext) {
  return {
    svg:
      `<path d="M640 230 L700 200 V790 L640 820 Z" fill="#f4efe2"/>` +
      `<path d="M650 232 L694 210 M650 260 L694 238 M650 300 L694 278" stroke="#d8cfbb" stroke-width="2"/>` +
      `<path d="M330 230 L390 200 H700 L640 230 Z" fill="${paint.hi}"/>` +
      `<rect x="330" y="230" width="310" height="590" rx="4" fill="${paint.soft}"/>` +
      `<rect x="330" y="230" width="26" height="590" fill="#000" fill-opacity=".12"/>` +
      `<rect x="356" y="230" width="4" height="590" fill="#fff" fill-opacity=".15"/>` +
      `<rect x="392" y="300" width="210" height="3" fill="${paint.accent}"/>` +
      fittedText(paint.brand, {
        x: 497,
        y: 360,
        maxWidth: 210,
        size: 34,
        fill: paint.onBody,
        letterSpacing: 0.04,
      }) +
      `<text x="497" y="400" font-family="DejaVu Sans, Arial, sans-serif" font-size="16" fill="${paint.onBody}" text-anchor="middle" letter-spacing="4" fill-opacity=".8">A NOVEL</text>` +
      `<rect x="392" y="420" width="210" height="3" fill="${paint.accent}"/>`,
    bounds: box(330, 200, 370, 620),
    region: box(380, 460, 240, 330),
    shadow: { cx: 520, cy: 822, rx: 230, ry: 20 },
    focus: { x: 497, y: 360 },
  };
}

function notebook(paint: PaintContext) {
  return {
    svg:
      `<rect x="318" y="206" width="404" height="620" rx="24" fill="#efe8d8"/>` +
      `<rect x="300" y="200" width="404" height="620" rx="24" fill="${paint.soft}"/>` +
      `<rect x="300" y="200" width="404" height="620" rx="24" fill="${paint.vol}"/>` +
      `<path d="M540 820 V900 L560 884 L580 900 V820" fill="${paint.accent}"/>` +
      `<rect x="640" y="196" width="22" height="628" rx="4" fill="#1f1f22"/>` +
      `<rect x="644" y="196" width="5" height="628" fill="#fff" fill-opacity=".15"/>` +
      stitch('M320 220 H684 M320 800 H684', paint.seam, 2) +
      printedBrand(paint, 470, 760, 220, 22),
    bounds: box(300, 196, 422, 704),
    region: box(330, 260, 280, 430),
    shadow: { cx: 512, cy: 830, rx: 240, ry: 20 },
    focus: { x: 640, y: 300 },
  };
}

function pen(paint: PaintContext) {
  const gold = paint.mat('gold');
  // Drawn horizontally, then turned on the diagonal the way pens are photographed.
  const pen =
    `<path d="M150 512 L250 470 H290 V554 H250 Z" fill="${paint.mat('steel')}"/>` +
    `<path d="M150 512 L250 500" stroke="#6b7178" stroke-width="2"/>` +
    `<rect x="286" y="466" width="40" height="92" fill="#1f1f22"/>` +
    `<path d="M326 456 H560 V568 H326 Z" fill="${paint.cyl}"/>` +
    `<rect x="560" y="452" width="24" height="120" fill="${gold}"/>` +
    `<path d="M584 452 H840 C872 452 888 480 888 512 C888 544 872 572 840 572 H584 Z" fill="${paint.cyl}"/>` +
    `<path d="M620 442 H820 C836 442 840 452 830 458 L640 466 Z" fill="${gold}"/>` +
    `<path d="M326 472 H884" stroke="#fff" stroke-width="6" stroke-opacity=".25"/>`;
  return {
    svg: `<g transform="rotate(-32 512 512)">${pen}</g>`,
    bounds: box(165, 261, 694, 502),
    region: box(414, 512, 76, 76),
    shadow: { cx: 512, cy: 790, rx: 300, ry: 18 },
    focus: { x: 380, y: 640 },
  };
}

function printFrame(paint: PaintContext) {
  const art =
    `<rect x="330" y="300" width="364" height="424" fill="#f6f2ea"/>` +
    `<circle cx="560" cy="420" r="80" fill="${paint.accent}" fill-opacity=".85"/>` +
    `<path d="M330 724 C400 600 480 560 560 600 C620 630 660 600 694 560 V724 Z" fill="${paint.secondary}" fill-opacity=".85"/>` +
    `<path d="M330 724 C380 660 440 640 500 660 C560 680 620 700 694 680 V724 Z" fill="#3a3f44" fill-opacity=".6"/>`;
  return {
    svg:
      `<rect x="220" y="180" width="584" height="664" fill="${paint.cyl}"/>` +
      `<rect x="220" y="180" width="584" height="664" fill="${paint.vol}"/>` +
      `<path d="M220 180 L284 244 M804 180 L740 244 M220 844 L284 780 M804 844 L740 780" stroke="#000" stroke-width="2" fill="none" stroke-opacity=".15"/>` +
      `<rect x="284" y="244" width="456" height="536" fill="#fbfaf6"/>` +
      shade('M284 244 H740 V262 H302 V780 H284 Z', 0.12) +
      art,
    bounds: box(220, 180, 584, 664),
    region: box(300, 790, 424, 44),
    shadow: { cx: 512, cy: 850, rx: 300, ry: 18 },
    focus: { x: 300, y: 780 },
  };
}

export const stationeryFamilies = {
  book: family('matte', 'table', book),
  notebook: family('leather', 'table', notebook, { lies: true }),
  pen: family('glossy', 'table', pen, { lies: true, scale: 'small' }),
  'print-frame': family('wood', 'wall', printFrame),
} satisfies Record<string, FamilyDefinition>;
