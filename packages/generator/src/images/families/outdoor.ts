import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt } from '../svg.ts';
import { crease, printedBrand, seam, stitch } from './shared.ts';

/** Fitness, camping and cycling gear. */

function yogaMat(paint: PaintContext) {
  const spiral = Array.from({ length: 4 }, (_, i) => {
    const r = 70 - i * 15;
    return `<ellipse cx="250" cy="640" rx="${fmt(r * 0.42)}" ry="${fmt(r)}" fill="none" stroke="${paint.deep}" stroke-width="4" stroke-opacity=".55"/>`;
  }).join('');
  return {
    svg:
      `<path d="M740 640 L860 380 H420 L300 570 Z" fill="${paint.top}"/>` +
      `<path d="M860 380 L740 640 L746 652 L866 392 Z" fill="${paint.lo}"/>` +
      `<path d="M860 380 H420 L300 570" fill="none" stroke="#fff" stroke-width="3" stroke-opacity=".25"/>` +
      `<path d="M250 570 H760 C800 570 800 710 760 710 H250 Z" fill="${paint.cyl}"/>` +
      `<path d="M250 570 H760 C800 570 800 710 760 710 H250 Z" fill="${paint.vol}"/>` +
      `<ellipse cx="250" cy="640" rx="30" ry="70" fill="${paint.hi}"/>` +
      spiral +
      `<rect x="420" y="566" width="30" height="148" rx="6" fill="${paint.mat('gum')}"/>` +
      `<rect x="600" y="566" width="30" height="148" rx="6" fill="${paint.mat('gum')}"/>`,
    bounds: box(220, 380, 646, 334),
    region: box(460, 590, 130, 100),
    shadow: { cx: 520, cy: 712, rx: 320, ry: 20 },
    focus: { x: 300, y: 620 },
  };
}

/** One hexagonal head: its outer face and the three visible side faces, `depth` deep. */
function hexHead(paint: PaintContext, cx: number, depth: number): string {
  const rx = 46;
  const ry = 150;
  const cy = 512;
  const p = (angle: number, dx = 0) =>
    `${fmt(cx + dx + rx * Math.cos((angle * Math.PI) / 180))} ${fmt(cy + ry * Math.sin((angle * Math.PI) / 180))}`;
  const face = (a: number, b: number, fill: string) =>
    `<path d="M${p(a)} L${p(b)} L${p(b, depth)} L${p(a, depth)} Z" fill="${fill}"/>`;
  return (
    face(-120, -60, paint.hi) +
    face(-60, 60, paint.top) +
    face(60, 120, paint.lo) +
    `<path d="M${p(0, depth)} L${p(60, depth)} L${p(120, depth)} L${p(180, depth)} L${p(240, depth)} L${p(300, depth)} Z" fill="${paint.lo}"/>` +
    `<path d="M${p(-60, depth)} L${p(0, depth)} L${p(60, depth)}" fill="none" stroke="#fff" stroke-width="3" stroke-opacity=".2"/>`
  );
}

function dumbbell(paint: PaintContext) {
  return {
    svg:
      `<rect x="330" y="482" width="340" height="60" rx="12" fill="${paint.mat('steel')}"/>` +
      `<path d="M380 482 V542 M400 482 V542 M420 482 V542 M440 482 V542 M460 482 V542 M480 482 V542 M500 482 V542 M520 482 V542 M540 482 V542 M560 482 V542 M580 482 V542 M600 482 V542 M620 482 V542" stroke="#000" stroke-width="2" stroke-opacity=".15"/>` +
      hexHead(paint, 660, 120) +
      `<g transform="matrix(-1 0 0 1 1024 0)">${hexHead(paint, 660, 120)}</g>` +
      printedBrand(paint, 735, 600, 90, 16),
    bounds: box(218, 362, 588, 300),
    region: box(690, 400, 70, 80),
    shadow: { cx: 512, cy: 670, rx: 310, ry: 22 },
    focus: { x: 330, y: 512 },
  };
}

function tent(paint: PaintContext) {
  const pole = paint.mat('steel');
  return {
    svg:
      `<path d="M150 790 C200 480 360 320 512 310 C664 320 824 480 874 790 Z" fill="${paint.soft}"/>` +
      `<path d="M150 790 C200 480 360 320 512 310 C664 320 824 480 874 790 Z" fill="${paint.vol}"/>` +
      `<path d="M512 310 C664 320 824 480 874 790 H700 C690 600 620 420 512 310 Z" fill="#000" fill-opacity=".1"/>` +
      `<path d="M160 790 C250 520 380 340 512 312 C644 340 774 520 864 790" fill="none" stroke="${pole}" stroke-width="6" stroke-opacity=".5"/>` +
      seam('M512 312 C430 420 360 600 330 790', paint.seam, 4, 0.6) +
      seam('M512 312 C594 420 664 600 694 790', paint.seam, 4, 0.6) +
      `<path d="M420 790 C420 620 460 520 512 500 C564 520 604 620 604 790 Z" fill="#2a2c2a"/>` +
      `<path d="M512 500 C476 540 456 600 452 680 C500 650 560 640 604 650 C600 580 570 530 512 500 Z" fill="${paint.lo}"/>` +
      stitch('M512 502 C560 526 596 620 600 788', paint.seam) +
      `<path d="M150 790 L80 850 M874 790 L944 850" stroke="#9a9a96" stroke-width="3"/>` +
      `<path d="M76 846 l8 18 M940 846 l8 18" stroke="#6b6b68" stroke-width="6"/>` +
      `<path d="M140 790 H884" stroke="${paint.deep}" stroke-width="10" stroke-linecap="round"/>`,
    bounds: box(76, 310, 872, 554),
    region: box(230, 560, 150, 180),
    shadow: { cx: 512, cy: 800, rx: 400, ry: 26 },
    focus: { x: 512, y: 560 },
  };
}

function sleepingBag(paint: PaintContext) {
  const outline =
    'M512 150 C620 150 680 220 684 300 C690 420 660 560 640 700 C630 780 610 840 580 870 H444 C414 840 394 780 384 700 C364 560 334 420 340 300 C344 220 404 150 512 150 Z';
  const baffles = [360, 440, 520, 600, 680, 760]
    .map((y) =>
      crease(
        `M${y < 600 ? 352 : 380} ${y} C440 ${y + 14} 584 ${y + 14} ${y < 600 ? 672 : 644} ${y}`,
        6,
        0.18,
      ),
    )
    .join('');
  return {
    svg:
      `<path d="${outline}" fill="${paint.soft}"/>` +
      `<path d="${outline}" fill="${paint.vol}"/>` +
      `<ellipse cx="512" cy="250" rx="110" ry="76" fill="${paint.deep}"/>` +
      `<ellipse cx="512" cy="256" rx="86" ry="56" fill="#24262a"/>` +
      `<path d="M402 252 C402 200 450 170 512 170 C574 170 622 200 622 252" fill="none" stroke="${paint.hi}" stroke-width="14" stroke-opacity=".7"/>` +
      baffles +
      `<path d="M628 330 C640 480 620 640 594 850" fill="none" stroke="#2a2c30" stroke-width="8"/>` +
      `<rect x="618" y="322" width="18" height="36" rx="4" fill="${paint.mat('steel')}"/>`,
    bounds: box(338, 150, 348, 720),
    region: box(420, 450, 170, 200),
    shadow: { cx: 512, cy: 870, rx: 150, ry: 16 },
    focus: { x: 512, y: 260 },
  };
}

function bikeHelmet(paint: PaintContext) {
  const vent = (d: string) => `<path d="${d}" fill="#1f2124"/>`;
  return {
    svg:
      `<path d="M210 640 C200 450 340 290 540 290 C710 290 830 400 840 560 C842 600 820 620 790 620 L700 626 C640 630 600 660 560 670 L250 680 C226 680 212 664 210 640 Z" fill="${paint.dome}"/>` +
      `<path d="M210 640 C200 450 340 290 540 290 C710 290 830 400 840 560 C842 600 820 620 790 620 L700 626 C640 630 600 660 560 670 L250 680 C226 680 212 664 210 640 Z" fill="${paint.vol}"/>` +
      vent('M360 380 C400 340 460 324 520 322 C500 350 470 370 420 396 Z') +
      vent('M560 322 C630 326 690 350 730 392 C690 400 640 390 590 360 Z') +
      vent('M440 430 C500 410 560 410 620 430 C580 450 480 450 440 430 Z') +
      vent('M680 440 C730 450 770 480 790 520 C750 520 710 500 680 470 Z') +
      `<path d="M212 640 H560 C600 640 640 620 700 600 L790 594 C820 592 838 580 840 560 C842 600 820 620 790 620 L700 626 C640 630 600 660 560 670 L250 680 C226 680 212 664 210 640 Z" fill="#1f2124"/>` +
      `<path d="M760 470 C830 470 900 500 920 540 C880 560 820 560 780 550 Z" fill="${paint.deep}"/>` +
      `<path d="M300 676 L360 820 M470 676 L400 820" stroke="#2a2c30" stroke-width="10" stroke-linecap="round"/>` +
      `<rect x="360" y="800" width="44" height="30" rx="6" fill="#2a2c30"/>`,
    bounds: box(206, 290, 714, 540),
    region: box(260, 480, 170, 110),
    shadow: { cx: 520, cy: 690, rx: 320, ry: 22 },
    focus: { x: 560, y: 420 },
  };
}

function bikeLight(paint: PaintContext) {
  const beam = paint.def(
    'g-beam',
    `<linearGradient id="g-beam" x1="1" x2="0"><stop offset="0" stop-color="#fff8d8" stop-opacity=".9"/><stop offset="1" stop-color="#fff8d8" stop-opacity="0"/></linearGradient>`,
  );
  return {
    svg:
      `<path d="M300 470 L80 360 V720 L300 600 Z" fill="url(#${beam})"/>` +
      `<rect x="420" y="630" width="300" height="60" rx="30" fill="${paint.mat('rubber')}"/>` +
      `<path d="M480 620 C470 660 470 700 480 730 M660 620 C670 660 670 700 660 730" stroke="#2a2c30" stroke-width="24" fill="none" stroke-linecap="round"/>` +
      `<rect x="300" y="420" width="440" height="220" rx="70" fill="${paint.cyl}"/>` +
      `<rect x="300" y="420" width="440" height="220" rx="70" fill="${paint.vol}"/>` +
      `<ellipse cx="318" cy="530" rx="42" ry="100" fill="#f0f2f2"/>` +
      `<ellipse cx="312" cy="530" rx="28" ry="80" fill="#fffbe6"/>` +
      `<rect x="560" y="404" width="70" height="24" rx="10" fill="#2a2c30"/>` +
      `<circle cx="680" cy="530" r="10" fill="#5fd36a"/>` +
      printedBrand(paint, 530, 600, 200, 22),
    bounds: box(80, 360, 660, 370),
    region: box(400, 450, 260, 110),
    shadow: { cx: 520, cy: 730, rx: 260, ry: 20 },
    focus: { x: 360, y: 530 },
  };
}

export const outdoorFamilies = {
  'yoga-mat': family('matte', 'floor', yogaMat, { scale: 'medium' }),
  dumbbell: family('matte', 'floor', dumbbell, { scale: 'small' }),
  tent: family('fabric', 'outdoor', tent, { scale: 'large' }),
  'sleeping-bag': family('fabric', 'outdoor', sleepingBag, { lies: true, scale: 'large' }),
  'bike-helmet': family('glossy', 'table', bikeHelmet),
  'bike-light': family('matte', 'table', bikeLight, { scale: 'small' }),
} satisfies Record<string, FamilyDefinition>;
