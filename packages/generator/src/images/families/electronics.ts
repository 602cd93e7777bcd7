import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt } from '../svg.ts';
import { printedBrand, shade } from './shared.ts';

/** Phone cases, audio, cables and chargers. */

function phoneCase(paint: PaintContext) {
  const lens = (cx: number, cy: number) =>
    `<circle cx="${cx}" cy="${cy}" r="34" fill="#2a2c30"/><circle cx="${cx}" cy="${cy}" r="22" fill="${paint.mat('screen')}"/><circle cx="${cx - 7}" cy="${cy - 7}" r="6" fill="#fff" fill-opacity=".35"/>`;
  return {
    svg:
      `<rect x="330" y="150" width="364" height="740" rx="64" fill="${paint.lo}"/>` +
      `<rect x="340" y="158" width="344" height="724" rx="58" fill="${paint.cyl}"/>` +
      `<rect x="340" y="158" width="344" height="724" rx="58" fill="${paint.vol}"/>` +
      `<rect x="372" y="190" width="170" height="170" rx="40" fill="${paint.deep}"/>` +
      lens(418, 236) +
      lens(418, 314) +
      lens(496, 275) +
      `<circle cx="500" cy="208" r="8" fill="#f6e7a8"/>` +
      `<rect x="686" y="300" width="10" height="80" rx="4" fill="${paint.lo}"/>` +
      printedBrand(paint, 512, 760, 180, 22),
    bounds: box(330, 150, 366, 740),
    region: box(380, 420, 264, 300),
    shadow: { cx: 512, cy: 890, rx: 200, ry: 18 },
    focus: { x: 457, y: 275 },
  };
}

function headphones(paint: PaintContext) {
  const cup = (cx: number) =>
    `<rect x="${cx - 34}" y="440" width="68" height="90" rx="20" fill="${paint.mat('steel')}"/>` +
    `<ellipse cx="${cx}" cy="640" rx="112" ry="150" fill="${paint.lo}"/>` +
    `<ellipse cx="${cx}" cy="636" rx="100" ry="140" fill="${paint.dome}"/>` +
    `<ellipse cx="${cx}" cy="636" rx="60" ry="86" fill="none" stroke="${paint.lo}" stroke-width="4" stroke-opacity=".5"/>`;
  return {
    svg:
      `<path d="M300 520 C290 280 380 170 512 170 C644 170 734 280 724 520" fill="none" stroke="${paint.lo}" stroke-width="58" stroke-linecap="round"/>` +
      `<path d="M300 520 C290 280 380 170 512 170 C644 170 734 280 724 520" fill="none" stroke="${paint.base}" stroke-width="44" stroke-linecap="round"/>` +
      `<path d="M330 330 C360 250 430 206 512 204" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-opacity=".25"/>` +
      `<path d="M340 320 C370 250 440 226 512 226 C584 226 654 250 684 320" fill="none" stroke="#2a2c30" stroke-width="20" stroke-opacity=".85"/>` +
      cup(300) +
      cup(724) +
      `<path d="M388 540 C410 580 410 700 388 740" fill="none" stroke="#2a2c30" stroke-width="22"/>` +
      `<path d="M636 540 C614 580 614 700 636 740" fill="none" stroke="#2a2c30" stroke-width="22"/>`,
    bounds: box(188, 141, 648, 649),
    region: box(250, 570, 100, 130),
    shadow: { cx: 512, cy: 800, rx: 320, ry: 22 },
    focus: { x: 512, y: 220 },
  };
}

function speaker(paint: PaintContext) {
  // Dots as dashed lines with round caps: far cheaper for librsvg than a pattern fill.
  const rows: string[] = [];
  for (let y = 436; y < 680; y += 14) rows.push(`M236 ${y}H788`);
  const grille = `<path d="${rows.join('')}" stroke="#000" stroke-width="5.2" stroke-linecap="round" stroke-dasharray="0 14" stroke-opacity=".2"/>`;
  const cap = (cx: number) =>
    `<ellipse cx="${cx}" cy="556" rx="62" ry="146" fill="${paint.mat('rubber')}"/>` +
    `<ellipse cx="${cx}" cy="556" rx="40" ry="100" fill="#3a3b3e"/><ellipse cx="${cx}" cy="556" rx="22" ry="56" fill="#2a2b2e"/>`;
  return {
    svg:
      `<rect x="360" y="690" width="300" height="24" rx="12" fill="${paint.deep}"/>` +
      cap(200) +
      `<rect x="196" y="410" width="632" height="292" rx="146" fill="${paint.cyl}"/>` +
      `<path d="M196 556 V556" stroke="none"/>` +
      `<rect x="196" y="410" width="632" height="292" rx="146" fill="${paint.vol}"/>` +
      grille +
      cap(824) +
      `<rect x="440" y="400" width="144" height="26" rx="13" fill="${paint.mat('rubber')}"/>` +
      `<path d="M468 413 H492 M532 413 H556 M544 401 V425" stroke="#9a9ca0" stroke-width="4"/>` +
      `<rect x="452" y="640" width="120" height="30" rx="6" fill="${paint.paper}"/>` +
      printedBrand({ ...paint, onBody: paint.ink }, 512, 661, 100, 14),
    bounds: box(138, 400, 748, 314),
    region: box(300, 450, 140, 170),
    shadow: { cx: 512, cy: 708, rx: 330, ry: 22 },
    focus: { x: 760, y: 520 },
  };
}

function cable(paint: PaintContext) {
  const loops = Array.from({ length: 7 }, (_, i) => {
    const dx = (i - 3) * 9;
    const dy = (i - 3) * 7;
    return `<ellipse cx="${512 + dx}" cy="${500 + dy}" rx="${210 + (i % 3) * 6}" ry="${196 - (i % 2) * 6}" fill="none" stroke="${i % 2 ? paint.base : paint.lo}" stroke-width="30"/>`;
  }).join('');
  const plug = (x: number, y: number, angle: number) =>
    `<g transform="translate(${x} ${y}) rotate(${angle})"><rect x="-26" y="0" width="52" height="110" rx="14" fill="${paint.cyl}"/><rect x="-18" y="104" width="36" height="50" rx="6" fill="${paint.mat('steel')}"/><rect x="-10" y="120" width="20" height="8" rx="3" fill="#333" fill-opacity=".5"/></g>`;
  return {
    svg:
      loops +
      `<path d="M${fmt(380)} 700 C330 760 290 800 250 820" fill="none" stroke="${paint.base}" stroke-width="30" stroke-linecap="round"/>` +
      `<path d="M650 700 C700 760 740 800 770 830" fill="none" stroke="${paint.base}" stroke-width="30" stroke-linecap="round"/>` +
      plug(240, 810, 60) +
      plug(780, 820, -60) +
      `<rect x="284" y="430" width="70" height="150" rx="12" fill="${paint.lo}"/>` +
      `<rect x="292" y="440" width="54" height="130" rx="8" fill="${paint.base}"/>` +
      shade('M292 440 H346 V460 H292 Z', 0.15),
    bounds: box(140, 283, 744, 670),
    region: box(296, 470, 46, 90),
    shadow: { cx: 512, cy: 730, rx: 270, ry: 26 },
    focus: { x: 512, y: 700 },
  };
}

function charger(paint: PaintContext) {
  const steel = paint.mat('steel');
  return {
    svg:
      `<rect x="212" y="470" width="140" height="36" rx="6" fill="${steel}"/><rect x="212" y="560" width="140" height="36" rx="6" fill="${steel}"/>` +
      `<path d="M340 380 L420 300 H760 L680 380 Z" fill="${paint.hi}"/>` +
      `<path d="M680 380 L760 300 V660 L680 740 Z" fill="${paint.lo}"/>` +
      `<rect x="340" y="380" width="340" height="360" rx="18" fill="${paint.soft}"/>` +
      `<rect x="340" y="380" width="340" height="360" rx="18" fill="${paint.vol}"/>` +
      `<path d="M712 470 C732 476 740 520 740 540" fill="none" stroke="#000" stroke-width="2" stroke-opacity=".0"/>` +
      `<rect x="698" y="480" width="34" height="16" rx="8" fill="#2a2c30" transform="skewY(-45)" fill-opacity=".0"/>` +
      `<rect x="470" y="430" width="80" height="26" rx="13" fill="#2a2c30"/>` +
      `<rect x="482" y="438" width="56" height="10" rx="5" fill="#6b6f75"/>` +
      printedBrand(paint, 510, 700, 200, 20),
    bounds: box(212, 300, 548, 440),
    region: box(370, 490, 280, 170),
    shadow: { cx: 500, cy: 742, rx: 280, ry: 24 },
    focus: { x: 510, y: 440 },
  };
}

export const electronicsFamilies = {
  'phone-case': family('matte', 'table', phoneCase, { lies: true, scale: 'small' }),
  headphones: family('matte', 'table', headphones, { lies: true }),
  speaker: family('fabric', 'table', speaker),
  cable: family('matte', 'table', cable, { lies: true }),
  charger: family('glossy', 'table', charger, { scale: 'small' }),
} satisfies Record<string, FamilyDefinition>;
