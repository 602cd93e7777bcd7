import { mix } from '../colour.ts';
import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt, op } from '../svg.ts';
import { crease, seam, stitch } from './shared.ts';

/** Pet supplies and children's toys. */

function petBed(paint: PaintContext) {
  return {
    svg:
      `<ellipse cx="512" cy="566" rx="344" ry="196" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="548" rx="340" ry="186" fill="${paint.dome}"/>` +
      `<ellipse cx="512" cy="526" rx="246" ry="118" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="540" rx="236" ry="104" fill="${mix(paint.base, '#ffffff', 0.18)}"/>` +
      `<ellipse cx="512" cy="540" rx="236" ry="104" fill="${paint.vol}"/>` +
      crease('M330 520 C420 500 600 500 694 520', 8, 0.08) +
      crease('M360 580 C440 600 600 600 664 580', 8, 0.08) +
      stitch('M190 560 C220 700 804 700 834 560', paint.seam),
    bounds: box(168, 362, 688, 400),
    region: box(400, 664, 224, 66),
    shadow: { cx: 512, cy: 750, rx: 340, ry: 30 },
    focus: { x: 512, y: 540 },
  };
}

function petBowl(paint: PaintContext) {
  const kibble = Array.from({ length: 26 }, (_, i) => {
    const a = i * 2.4;
    const r = 22 + (i % 7) * 30;
    return `<circle cx="${fmt(512 + Math.cos(a) * r)}" cy="${fmt(470 + Math.sin(a) * r * 0.28)}" r="${11 + (i % 3) * 2}" fill="${i % 2 ? '#8a5a30' : '#a8703c'}"/>`;
  }).join('');
  return {
    svg:
      `<path d="M250 470 L300 720 C310 760 400 790 512 790 C624 790 714 760 724 720 L774 470 Z" fill="${paint.cyl}"/>` +
      `<path d="M300 720 C310 760 400 790 512 790 C624 790 714 760 724 720 L730 746 C720 790 626 816 512 816 C398 816 304 790 294 746 Z" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="470" rx="262" ry="74" fill="${paint.hi}"/>` +
      `<ellipse cx="512" cy="474" rx="228" ry="58" fill="${paint.lo}"/>` +
      kibble +
      `<g fill="${paint.onBody}" fill-opacity=".55" transform="translate(600 610)"><ellipse cx="0" cy="16" rx="26" ry="22"/><ellipse cx="-28" cy="-14" rx="10" ry="13"/><ellipse cx="-9" cy="-26" rx="10" ry="13"/><ellipse cx="12" cy="-26" rx="10" ry="13"/><ellipse cx="30" cy="-12" rx="10" ry="13"/></g>` +
      `<path d="M290 520 C300 600 320 660 350 710" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.6)}"/>`,
    bounds: box(250, 396, 524, 420),
    region: box(330, 560, 200, 150),
    shadow: { cx: 512, cy: 810, rx: 280, ry: 22 },
    focus: { x: 512, y: 500 },
  };
}

function collar(paint: PaintContext) {
  const steel = paint.mat('steel');
  return {
    svg:
      `<path d="M212 500 A300 150 0 0 1 812 500 L812 560 A300 150 0 0 0 212 560 Z" fill="${paint.lo}"/>` +
      `<path d="M212 500 A300 150 0 0 0 812 500 L812 560 A300 150 0 0 1 212 560 Z" fill="${paint.cyl}"/>` +
      stitch('M222 530 A290 150 0 0 0 802 530', paint.seam) +
      stitch('M218 506 A294 150 0 0 0 806 506', paint.seam, 2) +
      `<rect x="250" y="560" width="70" height="90" rx="12" fill="none" stroke="${steel}" stroke-width="12" transform="rotate(-30 285 605)"/>` +
      `<path d="M286 570 L300 640" stroke="${steel}" stroke-width="8" transform="rotate(-30 285 605)"/>` +
      `<path d="M430 690 C430 730 470 750 470 750" fill="none" stroke="${steel}" stroke-width="10"/>` +
      `<circle cx="470" cy="790" r="46" fill="${paint.mat('gold')}"/>` +
      `<circle cx="470" cy="790" r="34" fill="none" stroke="#7c5e16" stroke-width="3" stroke-opacity=".5"/>`,
    bounds: box(212, 350, 600, 486),
    region: box(548, 652, 90, 40),
    shadow: { cx: 512, cy: 716, rx: 300, ry: 24 },
    focus: { x: 300, y: 600 },
  };
}

function toy(paint: PaintContext) {
  const wood = paint.mat('wood');
  const wheel = (x: number) =>
    `<circle cx="${x}" cy="720" r="70" fill="${wood}"/><circle cx="${x}" cy="720" r="70" fill="none" stroke="#8e6434" stroke-width="6"/><circle cx="${x}" cy="720" r="16" fill="#7a5230"/>`;
  return {
    svg:
      `<rect x="360" y="230" width="70" height="150" rx="8" fill="${paint.lo}"/>` +
      `<rect x="346" y="214" width="98" height="34" rx="10" fill="${paint.base}"/>` +
      `<rect x="600" y="290" width="230" height="340" rx="16" fill="${paint.cyl}"/>` +
      `<rect x="580" y="262" width="270" height="46" rx="12" fill="${paint.lo}"/>` +
      `<rect x="642" y="340" width="146" height="110" rx="12" fill="#f3efe6"/>` +
      `<path d="M642 395 H788 M715 340 V450" stroke="${wood}" stroke-width="8"/>` +
      `<path d="M220 420 H620 V640 H220 C200 640 190 620 190 600 V460 C190 440 200 420 220 420 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="198" cy="530" rx="30" ry="110" fill="${paint.lo}"/>` +
      `<circle cx="192" cy="530" r="26" fill="#f6e7a8"/>` +
      `<rect x="170" y="630" width="700" height="40" rx="10" fill="${paint.mat('darkwood')}"/>` +
      wheel(300) +
      wheel(520) +
      wheel(740) +
      `<path d="M890 650 C960 650 980 720 1000 760" fill="none" stroke="#c9b48f" stroke-width="6"/>`,
    bounds: box(168, 214, 832, 576),
    region: box(260, 450, 320, 160),
    shadow: { cx: 520, cy: 790, rx: 380, ry: 24 },
    focus: { x: 700, y: 400 },
  };
}

function plush(paint: PaintContext) {
  const muzzle = mix(paint.base, '#fff8ec', 0.5);
  return {
    svg:
      `<circle cx="380" cy="250" r="62" fill="${paint.dome}"/><circle cx="644" cy="250" r="62" fill="${paint.dome}"/>` +
      `<circle cx="380" cy="250" r="34" fill="${muzzle}"/><circle cx="644" cy="250" r="34" fill="${muzzle}"/>` +
      `<ellipse cx="512" cy="650" rx="200" ry="210" fill="${paint.dome}"/>` +
      `<ellipse cx="300" cy="590" rx="62" ry="120" fill="${paint.dome}" transform="rotate(24 300 590)"/>` +
      `<ellipse cx="724" cy="590" rx="62" ry="120" fill="${paint.dome}" transform="rotate(-24 724 590)"/>` +
      `<ellipse cx="380" cy="810" rx="100" ry="76" fill="${paint.dome}"/><ellipse cx="644" cy="810" rx="100" ry="76" fill="${paint.dome}"/>` +
      `<ellipse cx="350" cy="816" rx="44" ry="50" fill="${muzzle}"/><ellipse cx="674" cy="816" rx="44" ry="50" fill="${muzzle}"/>` +
      `<circle cx="512" cy="350" r="170" fill="${paint.dome}"/>` +
      `<ellipse cx="512" cy="410" rx="80" ry="62" fill="${muzzle}"/>` +
      `<ellipse cx="512" cy="384" rx="26" ry="18" fill="#2a201c"/>` +
      `<path d="M512 402 V430 M512 430 C496 446 478 444 470 432 M512 430 C528 446 546 444 554 432" fill="none" stroke="#2a201c" stroke-width="6" stroke-linecap="round"/>` +
      `<circle cx="450" cy="320" r="15" fill="#1d1a18"/><circle cx="574" cy="320" r="15" fill="#1d1a18"/>` +
      `<circle cx="455" cy="315" r="4" fill="#fff"/><circle cx="579" cy="315" r="4" fill="#fff"/>` +
      seam('M512 470 V560', paint.seam, 3, 0.5) +
      `<path d="M440 500 Q512 540 584 500 L596 520 Q512 566 428 520 Z" fill="${paint.accent}"/>`,
    bounds: box(236, 188, 552, 698),
    region: box(420, 600, 184, 200),
    shadow: { cx: 512, cy: 878, rx: 260, ry: 22 },
    focus: { x: 512, y: 360 },
  };
}

function cube(paint: PaintContext, x: number, y: number, s: number, letter: string): string {
  const d = s * 0.3;
  return (
    `<path d="M${x} ${y} h${s} v${s} h${-s} Z" fill="${paint.top}"/>` +
    `<path d="M${x} ${y} l${d} ${-d} h${s} l${-d} ${d} Z" fill="${paint.hi}"/>` +
    `<path d="M${x + s} ${y} l${d} ${-d} v${s} l${-d} ${d} Z" fill="${paint.lo}"/>` +
    `<path d="M${x} ${y} h${s} v${s} h${-s} Z" fill="none" stroke="${paint.mat('wood')}" stroke-width="8"/>` +
    (letter
      ? `<text x="${x + s / 2}" y="${fmt(y + s * 0.7)}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="${fmt(s * 0.55)}" fill="${paint.onBody}" text-anchor="middle" fill-opacity=".8">${letter}</text>`
      : '')
  );
}

function blocks(paint: PaintContext) {
  return {
    svg:
      cube(paint, 250, 620, 200, '') +
      cube(paint, 460, 620, 200, 'B') +
      cube(paint, 355, 410, 200, 'A') +
      cube(paint, 690, 700, 120, 'C'),
    bounds: box(250, 350, 596, 470),
    region: box(266, 636, 168, 168),
    shadow: { cx: 540, cy: 822, rx: 320, ry: 24 },
    focus: { x: 455, y: 500 },
  };
}

export const petToyFamilies = {
  'pet-bed': family('fabric', 'floor', petBed, { scale: 'medium' }),
  'pet-bowl': family('glossy', 'floor', petBowl, { scale: 'small' }),
  collar: family('leather', 'table', collar, { lies: true }),
  toy: family('glossy', 'floor', toy, { scale: 'small' }),
  plush: family('fabric', 'floor', plush, { scale: 'small' }),
  blocks: family('matte', 'floor', blocks, { scale: 'small' }),
} satisfies Record<string, FamilyDefinition>;
