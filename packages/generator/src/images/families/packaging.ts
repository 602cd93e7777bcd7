import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt } from '../svg.ts';
import { brandLabel, crease, printedBrand, shade, sheen } from './shared.ts';

/** Food and supplement packaging: bags, tins, boxes and jars with a big brand label. */

function coffeeBag(paint: PaintContext) {
  const bag = 'M336 258 H688 L700 812 C700 834 688 846 666 846 H358 C336 846 324 834 324 812 Z';
  return {
    svg:
      `<path d="M344 180 H680 L688 262 H336 Z" fill="${paint.lo}"/>` +
      `<path d="M344 180 H680 L682 204 H342 Z" fill="${paint.hi}" fill-opacity=".5"/>` +
      `<rect x="330" y="226" width="364" height="16" rx="4" fill="${paint.mat('steel')}"/>` +
      `<path d="${bag}" fill="${paint.soft}"/>` +
      `<path d="${bag}" fill="${paint.vol}"/>` +
      crease('M340 270 L348 830', 12, 0.12) +
      crease('M684 270 L676 830', 12, 0.14) +
      crease('M420 268 C430 300 428 330 414 356', 8, 0.08) +
      `<circle cx="600" cy="330" r="24" fill="${paint.lo}"/><circle cx="600" cy="330" r="12" fill="${paint.deep}"/>` +
      brandLabel(paint, 372, 430, 280, 220, { subtitle: 'Whole bean · 250 g', rx: 6 }) +
      `<path d="M400 640 H624" stroke="${paint.accent}" stroke-width="3"/>`,
    bounds: box(324, 180, 376, 666),
    region: box(352, 672, 320, 150),
    shadow: { cx: 512, cy: 848, rx: 210, ry: 18 },
    focus: { x: 512, y: 520 },
  };
}

function teaTin(paint: PaintContext) {
  return {
    svg:
      `<path d="M360 380 H664 V800 C664 826 600 846 512 846 C424 846 360 826 360 800 Z" fill="${paint.cyl}"/>` +
      shade(
        'M360 790 C360 816 424 836 512 836 C600 836 664 816 664 790 V800 C664 826 600 846 512 846 C424 846 360 826 360 800 Z',
        0.2,
      ) +
      `<path d="M350 300 H674 V392 C674 414 600 428 512 428 C424 428 350 414 350 392 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="512" cy="300" rx="162" ry="30" fill="${paint.hi}"/>` +
      `<ellipse cx="512" cy="300" rx="140" ry="22" fill="${paint.base}"/>` +
      `<path d="M350 392 C350 414 424 428 512 428 C600 428 674 414 674 392" fill="none" stroke="#000" stroke-width="4" stroke-opacity=".22"/>` +
      sheen(paint, 392, 320, 26, 500, 12) +
      brandLabel(paint, 360, 500, 304, 190, { subtitle: 'Loose leaf tea', rx: 0 }),
    bounds: box(350, 270, 324, 576),
    region: box(380, 700, 264, 96),
    shadow: { cx: 512, cy: 846, rx: 190, ry: 20 },
    focus: { x: 512, y: 330 },
  };
}

function pouch(paint: PaintContext) {
  const body =
    'M344 240 C344 222 356 212 374 212 H650 C668 212 680 222 680 240 L690 770 C694 820 660 846 612 846 H412 C364 846 330 820 334 770 Z';
  return {
    svg:
      `<path d="${body}" fill="${paint.soft}"/>` +
      `<path d="${body}" fill="${paint.vol}"/>` +
      `<path d="M346 296 H678" stroke="${paint.deep}" stroke-width="6" fill="none" stroke-opacity=".55"/>` +
      `<path d="M346 306 H678" stroke="#fff" stroke-width="3" fill="none" stroke-opacity=".2"/>` +
      `<path d="M344 250 l12 6 -12 6 M680 250 l-12 6 12 6" fill="none" stroke="${paint.deep}" stroke-width="3"/>` +
      `<circle cx="512" cy="246" r="14" fill="#000" fill-opacity=".0"/>` +
      crease('M360 330 C368 500 360 680 350 800', 14, 0.08) +
      crease('M666 330 C658 500 666 680 676 800', 14, 0.1) +
      `<path d="M340 790 C420 770 604 770 686 790" fill="none" stroke="#000" stroke-width="3" stroke-opacity=".15"/>` +
      `<ellipse cx="512" cy="470" rx="128" ry="128" fill="${paint.paper}"/>` +
      `<ellipse cx="512" cy="470" rx="116" ry="116" fill="none" stroke="${paint.accent}" stroke-width="3"/>` +
      printedBrand({ ...paint, onBody: paint.ink }, 512, 476, 190, 30) +
      `<text x="512" y="512" font-family="DejaVu Sans, Arial, sans-serif" font-size="14" fill="${paint.ink}" text-anchor="middle" letter-spacing="4">ORGANIC</text>`,
    bounds: box(330, 212, 364, 634),
    region: box(380, 620, 264, 150),
    shadow: { cx: 512, cy: 848, rx: 200, ry: 18 },
    focus: { x: 512, y: 300 },
  };
}

function productBox(paint: PaintContext) {
  const front = 'M280 430 H620 V820 H280 Z';
  const side = 'M620 430 L760 360 V740 L620 820 Z';
  const top = 'M280 430 L420 360 H760 L620 430 Z';
  return {
    svg:
      `<path d="${front}" fill="${paint.soft}"/>` +
      `<path d="${side}" fill="${paint.lo}"/>` +
      `<path d="${top}" fill="${paint.hi}"/>` +
      `<path d="M280 500 H620 L760 430" fill="none" stroke="#000" stroke-width="3" stroke-opacity=".22"/>` +
      `<path d="M280 430 H620 L760 360" fill="none" stroke="#fff" stroke-width="3" stroke-opacity=".35"/>` +
      printedBrand(paint, 450, 476, 300, 34) +
      `<rect x="440" y="500" width="20" height="320" fill="${paint.accent}" fill-opacity=".0"/>`,
    bounds: box(280, 360, 480, 460),
    region: box(300, 520, 300, 280),
    shadow: { cx: 520, cy: 800, rx: 280, ry: 34 },
    focus: { x: 450, y: 470 },
  };
}

function supplementJar(paint: PaintContext) {
  return {
    svg:
      `<path d="M332 330 H692 V420 H332 Z" fill="${paint.cyl}"/>` +
      `<path d="${Array.from({ length: 30 }, (_, i) => `M${fmt(342 + i * 11.8)} 336 V414`).join(' ')}" fill="none" stroke="#000" stroke-width="3" stroke-opacity=".12"/>` +
      `<path d="M340 420 H684 V430 H340 Z" fill="#000" fill-opacity=".2"/>` +
      `<path d="M320 440 C320 428 330 424 344 424 H680 C694 424 704 428 704 440 V806 C704 830 690 846 664 846 H360 C334 846 320 830 320 806 Z" fill="${paint.cyl}"/>` +
      sheen(paint, 346, 440, 28, 390, 14) +
      brandLabel(paint, 320, 500, 384, 220, { subtitle: 'Protein · 1 kg', rx: 0 }),
    bounds: box(320, 330, 384, 516),
    region: box(350, 734, 324, 92),
    shadow: { cx: 512, cy: 848, rx: 220, ry: 20 },
    focus: { x: 512, y: 400 },
  };
}

function capsuleBottle(paint: PaintContext) {
  const capsule = (x: number, y: number, angle: number) =>
    `<g transform="translate(${x} ${y}) rotate(${angle})"><rect x="-40" y="-15" width="80" height="30" rx="15" fill="${paint.paper}"/><path d="M0 -15 H25 A15 15 0 0 1 25 15 H0 Z" fill="${paint.base}"/><rect x="-30" y="-10" width="50" height="5" rx="2.5" fill="#fff" fill-opacity=".5"/></g>`;
  return {
    svg:
      `<rect x="420" y="250" width="184" height="120" rx="12" fill="${paint.mat('ceramic')}"/>` +
      `<path d="${Array.from({ length: 16 }, (_, i) => `M${fmt(430 + i * 11)} 262 V358`).join(' ')}" fill="none" stroke="#000" stroke-width="2.5" stroke-opacity=".1"/>` +
      `<rect x="440" y="368" width="144" height="24" fill="${paint.lo}"/>` +
      `<path d="M380 430 C380 400 410 390 450 390 H574 C614 390 644 400 644 430 V812 C644 834 628 850 604 850 H420 C396 850 380 834 380 812 Z" fill="${paint.cyl}"/>` +
      sheen(paint, 404, 420, 26, 400, 13) +
      brandLabel(paint, 380, 520, 264, 210, { subtitle: '60 capsules', rx: 0 }) +
      capsule(716, 830, -18) +
      capsule(262, 834, 12) +
      capsule(300, 808, 40),
    bounds: box(222, 250, 534, 600),
    region: box(404, 744, 216, 84),
    shadow: { cx: 512, cy: 852, rx: 170, ry: 16 },
    focus: { x: 512, y: 420 },
  };
}

export const packagingFamilies = {
  'coffee-bag': family('matte', 'table', coffeeBag),
  'tea-tin': family('metallic', 'table', teaTin),
  pouch: family('matte', 'table', pouch, { lies: true }),
  box: family('matte', 'table', productBox),
  'supplement-jar': family('glossy', 'table', supplementJar),
  'capsule-bottle': family('glossy', 'table', capsuleBottle),
} satisfies Record<string, FamilyDefinition>;
