import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt } from '../svg.ts';
import { printedBrand, shade, sheen } from './shared.ts';

/** Desk tech and music gear: keyboards and their parts, small devices, records and turntables. */

/** A keycap seen from above at a slight angle: a lighter dished top over darker walls. */
function keycap(paint: PaintContext, x: number, y: number, width: number, height: number): string {
  const inset = Math.min(width, height) * 0.16;
  return (
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" rx="8" fill="${paint.base}"/>` +
    `<rect x="${fmt(x + inset)}" y="${fmt(y + inset * 0.6)}" width="${fmt(width - inset * 2)}" height="${fmt(height - inset * 1.8)}" rx="6" fill="${paint.hi}" fill-opacity=".55"/>`
  );
}

function keyboard(paint: PaintContext) {
  const keys: string[] = [];
  const unit = 38;
  const gap = 4;
  // A 65 % layout: five rows, wider modifiers on the left and right and a long space bar.
  const rows: number[][] = [
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1],
    [1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 1],
    [1.75, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2.25, 1],
    [2.25, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.75, 1, 1],
    [1.25, 1.25, 1.25, 6.25, 1, 1, 1, 1, 1],
  ];
  rows.forEach((row, r) => {
    // Each row fills the plate exactly, whatever its mix of key widths.
    const units = row.reduce((sum, width) => sum + width, 0);
    const pitch = (600 + gap) / units;
    let x = 228;
    for (const width of row) {
      keys.push(keycap(paint, x, 424 + r * (unit + gap), width * pitch - gap, unit));
      x += width * pitch;
    }
  });
  return {
    svg:
      `<rect x="208" y="404" width="640" height="238" rx="22" fill="${paint.deep}"/>` +
      `<rect x="208" y="630" width="640" height="22" rx="10" fill="#000" fill-opacity=".25"/>` +
      `<rect x="220" y="416" width="616" height="216" rx="12" fill="#000" fill-opacity=".35"/>` +
      keys.join(''),
    bounds: box(208, 404, 640, 248),
    region: box(300, 470, 420, 110),
    shadow: { cx: 528, cy: 656, rx: 340, ry: 18 },
    focus: { x: 300, y: 460 },
  };
}

function keycaps(paint: PaintContext) {
  const caps = [
    [300, 430, 120],
    [440, 400, 120],
    [580, 430, 120],
    [350, 570, 120],
    [490, 560, 240],
  ] as const;
  const cap = ([x, y, width]: readonly [number, number, number]) =>
    `<path d="M${fmt(x)} ${fmt(y + 22)} L${fmt(x + 12)} ${fmt(y)} H${fmt(x + width - 12)} L${fmt(x + width)} ${fmt(y + 22)} V${fmt(y + 110)} H${fmt(x)} Z" fill="${paint.lo}"/>` +
    `<rect x="${fmt(x + 16)}" y="${fmt(y + 6)}" width="${fmt(width - 32)}" height="78" rx="10" fill="${paint.base}"/>` +
    `<ellipse cx="${fmt(x + width / 2)}" cy="${fmt(y + 44)}" rx="${fmt(width / 2 - 28)}" ry="26" fill="${paint.hi}" fill-opacity=".45"/>`;
  return {
    svg: caps.map(cap).join(''),
    bounds: box(300, 400, 430, 280),
    region: box(510, 574, 200, 60),
    shadow: { cx: 515, cy: 684, rx: 240, ry: 16 },
    focus: { x: 500, y: 450 },
  };
}

function keySwitch(paint: PaintContext) {
  return {
    svg:
      // Bottom housing, the translucent top housing and the coloured stem with its cross.
      `<path d="M352 600 H672 L652 760 H372 Z" fill="#2a2b2f"/>` +
      `<rect x="330" y="560" width="364" height="52" rx="8" fill="#3a3b40"/>` +
      `<path d="M372 560 L408 420 H616 L652 560 Z" fill="#e9eef2" fill-opacity=".85"/>` +
      `<rect x="440" y="300" width="144" height="150" rx="12" fill="${paint.base}"/>` +
      `<rect x="420" y="250" width="184" height="70" rx="14" fill="${paint.base}"/>` +
      `<path d="M512 262 V310 M486 286 H538" stroke="${paint.deep}" stroke-width="14" stroke-linecap="round"/>` +
      `<rect x="452" y="320" width="30" height="120" fill="${paint.hi}" fill-opacity=".4"/>` +
      `<path d="M400 760 V800 M624 760 V800" stroke="${paint.mat('gold')}" stroke-width="10"/>`,
    bounds: box(330, 250, 364, 550),
    region: box(448, 330, 128, 110),
    shadow: { cx: 512, cy: 800, rx: 190, ry: 16 },
    focus: { x: 512, y: 300 },
  };
}

/** A small box with a display and two buttons: controllers, timers, cartridges, meters. */
function device(paint: PaintContext) {
  return {
    svg:
      `<rect x="352" y="360" width="320" height="420" rx="36" fill="${paint.cyl}"/>` +
      `<rect x="392" y="404" width="240" height="130" rx="12" fill="${paint.mat('screen')}"/>` +
      `<text x="512" y="492" text-anchor="middle" font-family="DejaVu Sans Mono, monospace" font-size="62" fill="#8ef0c4">24.5°</text>` +
      `<circle cx="452" cy="620" r="34" fill="${paint.lo}"/><circle cx="572" cy="620" r="34" fill="${paint.lo}"/>` +
      `<circle cx="452" cy="616" r="26" fill="${paint.hi}"/><circle cx="572" cy="616" r="26" fill="${paint.hi}"/>` +
      sheen(paint, 376, 390, 18, 360, 9) +
      printedBrand(paint, 512, 730, 220, 30),
    bounds: box(352, 360, 320, 420),
    region: box(380, 660, 264, 40),
    shadow: { cx: 512, cy: 782, rx: 190, ry: 18 },
    focus: { x: 512, y: 470 },
  };
}

function record(paint: PaintContext) {
  const grooves = [150, 132, 114, 96].map(
    (r) =>
      `<circle cx="640" cy="512" r="${r}" fill="none" stroke="#fff" stroke-opacity=".07" stroke-width="3"/>`,
  );
  return {
    svg:
      // The disc slides out of the sleeve to the right.
      `<circle cx="640" cy="512" r="200" fill="#141416"/>` +
      grooves.join('') +
      `<circle cx="640" cy="512" r="62" fill="${paint.accent}"/>` +
      `<circle cx="640" cy="512" r="8" fill="#e8e4dc"/>` +
      `<path d="M520 360 A200 200 0 0 1 800 420" stroke="#fff" stroke-opacity=".12" stroke-width="14" fill="none"/>` +
      `<rect x="232" y="302" width="420" height="420" rx="4" fill="${paint.base}"/>` +
      `<rect x="232" y="302" width="420" height="420" rx="4" fill="${paint.vol}"/>` +
      `<circle cx="442" cy="470" r="92" fill="${paint.hi}" fill-opacity=".5"/>` +
      printedBrand(paint, 442, 680, 360, 34),
    bounds: box(232, 302, 608, 420),
    region: box(260, 580, 360, 70),
    shadow: { cx: 520, cy: 726, rx: 320, ry: 16 },
    focus: { x: 620, y: 420 },
  };
}

function turntable(paint: PaintContext) {
  return {
    svg:
      `<path d="M220 520 L300 420 H800 L840 520 Z" fill="${paint.hi}"/>` +
      `<path d="M220 520 H840 V620 C840 632 830 640 818 640 H242 C230 640 220 632 220 620 Z" fill="${paint.base}"/>` +
      shade('M220 600 H840 V620 C840 632 830 640 818 640 H242 C230 640 220 632 220 620 Z', 0.2) +
      `<ellipse cx="500" cy="472" rx="200" ry="48" fill="#18181b"/>` +
      `<ellipse cx="500" cy="468" rx="60" ry="14" fill="${paint.accent}"/>` +
      `<ellipse cx="500" cy="466" rx="6" ry="2" fill="#ddd"/>` +
      `<circle cx="760" cy="440" r="18" fill="${paint.mat('steel')}"/>` +
      `<path d="M760 440 L720 500 L600 500" stroke="${paint.mat('steel')}" stroke-width="8" fill="none" stroke-linecap="round"/>` +
      `<rect x="270" y="556" width="40" height="16" rx="6" fill="${paint.mat('steel')}"/>` +
      printedBrand(paint, 600, 580, 240, 24),
    bounds: box(220, 420, 620, 220),
    region: box(330, 528, 170, 60),
    shadow: { cx: 530, cy: 642, rx: 330, ry: 16 },
    focus: { x: 720, y: 470 },
  };
}

/** Wrist rests and bolsters: a long, low, rounded pad. */
function wristRest(paint: PaintContext) {
  return {
    svg:
      `<path d="M212 560 C212 500 250 470 320 470 H704 C774 470 812 500 812 560 V600 C812 630 790 646 760 646 H264 C234 646 212 630 212 600 Z" fill="${paint.soft}"/>` +
      `<path d="M240 520 C300 490 720 490 784 520" stroke="${paint.hi}" stroke-width="10" stroke-linecap="round" fill="none" stroke-opacity=".6"/>` +
      shade(
        'M212 600 C212 630 234 646 264 646 H760 C790 646 812 630 812 600 V612 C812 640 790 656 760 656 H264 C234 656 212 640 212 612 Z',
        0.35,
      ),
    bounds: box(212, 470, 600, 186),
    region: box(300, 540, 420, 70),
    shadow: { cx: 512, cy: 656, rx: 320, ry: 16 },
    focus: { x: 300, y: 540 },
  };
}

export const deskTechDrawings = {
  'wrist-rest': family('fabric', 'table', wristRest, { lies: true }),
  keyboard: family('matte', 'table', keyboard, { lies: true }),
  keycaps: family('glossy', 'table', keycaps, { lies: true, scale: 'small' }),
  'key-switch': family('glossy', 'table', keySwitch, { scale: 'small' }),
  device: family('matte', 'table', device, { scale: 'small' }),
  record: family('matte', 'wall', record, { lies: true }),
  turntable: family('matte', 'table', turntable),
} satisfies Record<string, FamilyDefinition>;
