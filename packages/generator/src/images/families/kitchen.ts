import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt, op } from '../svg.ts';
import { brandLabel, printedBrand, shade, sheen } from './shared.ts';

/** Tableware and cookware: ceramics, glass and steel, mostly seen from a low three-quarter angle. */

function mug(paint: PaintContext) {
  return {
    svg:
      `<path d="M652 440 C760 430 790 520 766 590 C744 652 690 680 640 690" fill="none" stroke="${paint.lo}" stroke-width="44" stroke-linecap="round"/>` +
      `<path d="M652 440 C752 434 780 520 758 584 C738 640 690 666 640 676" fill="none" stroke="${paint.base}" stroke-width="26" stroke-linecap="round"/>` +
      `<path d="M320 380 V760 C320 810 400 840 496 840 C592 840 672 810 672 760 V380 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="496" cy="380" rx="176" ry="46" fill="${paint.hi}"/>` +
      `<ellipse cx="496" cy="382" rx="160" ry="38" fill="${paint.deep}"/>` +
      `<ellipse cx="496" cy="392" rx="150" ry="28" fill="#3b2416"/>` +
      `<ellipse cx="470" cy="388" rx="60" ry="8" fill="#fff" fill-opacity=".12"/>` +
      sheen(paint, 360, 420, 34, 360, 17) +
      shade(
        'M320 740 C320 790 400 820 496 820 C592 820 672 790 672 740 V760 C672 810 592 840 496 840 C400 840 320 810 320 760 Z',
        0.16,
      ),
    bounds: box(320, 334, 470, 506),
    region: box(400, 450, 220, 300),
    shadow: { cx: 520, cy: 836, rx: 250, ry: 22 },
    focus: { x: 640, y: 520 },
  };
}

function bottle(paint: PaintContext) {
  return {
    svg:
      `<path d="M470 200 H554 V150 C554 130 470 130 470 150 Z" fill="${paint.mat('steel')}"/>` +
      `<path d="M488 150 C488 104 536 104 536 150" fill="none" stroke="${paint.mat('steel')}" stroke-width="12"/>` +
      `<rect x="456" y="196" width="112" height="86" rx="10" fill="${paint.mat('steel')}"/>` +
      `<path d="M456 210 H568 M456 230 H568 M456 250 H568" stroke="#000" stroke-width="2" fill="none" stroke-opacity=".12"/>` +
      `<path d="M456 282 H568 C620 300 632 340 632 380 V810 C632 834 614 850 590 850 H434 C410 850 392 834 392 810 V380 C392 340 404 300 456 282 Z" fill="${paint.cyl}"/>` +
      sheen(paint, 414, 360, 24, 440, 12) +
      printedBrand(paint, 512, 620, 200, 30),
    bounds: box(392, 104, 240, 746),
    region: box(420, 400, 180, 180),
    shadow: { cx: 512, cy: 852, rx: 150, ry: 16 },
    focus: { x: 512, y: 260 },
  };
}

function wineBottle(paint: PaintContext) {
  return {
    svg:
      `<path d="M474 150 H550 V300 C550 350 620 370 620 440 V830 C620 846 610 856 594 856 H430 C414 856 404 846 404 830 V440 C404 370 474 350 474 300 Z" fill="${paint.cyl}"/>` +
      `<rect x="470" y="140" width="84" height="150" rx="6" fill="${paint.mat('gold')}"/>` +
      `<rect x="466" y="280" width="92" height="14" rx="4" fill="${paint.mat('gold')}"/>` +
      `<rect x="426" y="420" width="18" height="400" rx="9" fill="#fff" fill-opacity="${op(0.2 + paint.gloss * 0.3)}"/>` +
      brandLabel(paint, 412, 600, 200, 190, { subtitle: 'Extra virgin', rx: 2 }),
    bounds: box(404, 140, 216, 716),
    region: box(426, 460, 172, 120),
    shadow: { cx: 512, cy: 858, rx: 140, ry: 16 },
    focus: { x: 512, y: 300 },
  };
}

function glass(paint: PaintContext) {
  const flutes = Array.from({ length: 11 }, (_, i) => {
    const x = 352 + i * 32;
    return `M${fmt(x)} 400 L${fmt(x + (x - 512) * -0.06)} 790`;
  }).join(' ');
  return {
    svg:
      `<path d="M340 330 L380 820 C384 836 420 848 512 848 C604 848 640 836 644 820 L684 330 Z" fill="${paint.cyl}" fill-opacity=".92"/>` +
      `<path d="${flutes}" stroke="#fff" stroke-width="5" fill="none" stroke-opacity=".18"/>` +
      `<path d="${flutes}" stroke="#000" stroke-width="3" fill="none" stroke-opacity=".08" transform="translate(10 0)"/>` +
      `<ellipse cx="512" cy="330" rx="172" ry="40" fill="${paint.hi}" fill-opacity=".9"/>` +
      `<ellipse cx="512" cy="332" rx="160" ry="32" fill="${paint.lo}" fill-opacity=".8"/>` +
      `<path d="M384 790 C420 810 604 810 640 790 L644 820 C640 836 604 848 512 848 C420 848 384 836 380 820 Z" fill="${paint.deep}" fill-opacity=".5"/>` +
      `<path d="M372 372 L388 372 L414 780 L400 780 Z" fill="#fff" fill-opacity="${op(0.25 + paint.gloss * 0.35)}"/>`,
    bounds: box(340, 290, 344, 558),
    region: box(404, 420, 216, 300),
    shadow: { cx: 512, cy: 848, rx: 190, ry: 18 },
    focus: { x: 512, y: 400 },
  };
}

function plate(paint: PaintContext) {
  return {
    svg:
      `<ellipse cx="512" cy="590" rx="360" ry="190" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="578" rx="360" ry="188" fill="${paint.cyl}"/>` +
      `<ellipse cx="512" cy="584" rx="250" ry="124" fill="${paint.lo}" fill-opacity=".35"/>` +
      `<ellipse cx="512" cy="590" rx="240" ry="116" fill="${paint.top}"/>` +
      `<path d="M200 520 C260 450 380 410 480 404" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.7)}"/>` +
      `<ellipse cx="512" cy="578" rx="354" ry="183" fill="none" stroke="${paint.hi}" stroke-width="4" stroke-opacity=".7"/>`,
    bounds: box(152, 390, 720, 390),
    region: box(380, 530, 264, 120),
    shadow: { cx: 512, cy: 640, rx: 330, ry: 150 },
    focus: { x: 512, y: 480 },
  };
}

function bowl(paint: PaintContext) {
  return {
    svg:
      `<path d="M260 440 C270 640 380 790 512 790 C644 790 754 640 764 440 Z" fill="${paint.cyl}"/>` +
      `<path d="M440 780 C460 800 564 800 584 780 V816 C564 830 460 830 440 816 Z" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="440" rx="252" ry="70" fill="${paint.hi}"/>` +
      `<ellipse cx="512" cy="444" rx="236" ry="60" fill="${paint.lo}"/>` +
      `<path d="M276 444 A236 60 0 0 1 748 444 C700 480 324 480 276 444 Z" fill="${paint.deep}" fill-opacity=".45"/>` +
      `<path d="M300 520 C320 620 370 700 430 740" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.55)}"/>`,
    bounds: box(260, 370, 504, 460),
    region: box(380, 530, 264, 170),
    shadow: { cx: 512, cy: 818, rx: 200, ry: 22 },
    focus: { x: 512, y: 460 },
  };
}

function pan(paint: PaintContext) {
  return {
    svg:
      `<path d="M760 500 L936 452 C958 448 970 470 952 484 L770 560 Z" fill="${paint.mat('rubber')}"/>` +
      `<circle cx="930" cy="468" r="8" fill="#888"/>` +
      `<path d="M190 480 V640 C190 700 330 730 512 730 C694 730 834 700 834 640 V480 Z" fill="${paint.cyl}"/>` +
      shade(
        'M190 640 C190 700 330 730 512 730 C694 730 834 700 834 640 V660 C834 716 694 744 512 744 C330 744 190 716 190 660 Z',
        0.2,
      ) +
      `<ellipse cx="512" cy="480" rx="322" ry="96" fill="${paint.hi}"/>` +
      `<ellipse cx="512" cy="484" rx="300" ry="82" fill="#2b2b2e"/>` +
      `<ellipse cx="512" cy="496" rx="262" ry="62" fill="#202022"/>` +
      `<path d="M330 462 C400 440 500 434 600 440" fill="none" stroke="#fff" stroke-width="8" stroke-opacity=".08"/>` +
      `<path d="M230 560 C232 620 250 660 290 686" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.5)}"/>`,
    bounds: box(190, 384, 770, 360),
    region: box(320, 590, 384, 110),
    shadow: { cx: 512, cy: 736, rx: 330, ry: 26 },
    focus: { x: 512, y: 560 },
  };
}

function knife(paint: PaintContext) {
  const board = paint.def(
    'g-board',
    `<linearGradient id="g-board" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#d9b88c"/><stop offset="1" stop-color="#b88c5c"/></linearGradient>`,
  );
  return {
    svg:
      `<rect x="150" y="330" width="760" height="420" rx="40" fill="#9a6e43"/>` +
      `<rect x="150" y="312" width="760" height="420" rx="40" fill="url(#${board})"/>` +
      `<path d="M190 400 C400 380 640 420 870 396 M190 520 C420 500 600 540 870 512 M190 640 C380 630 620 660 870 634" fill="none" stroke="#7a5230" stroke-width="3" stroke-opacity=".25"/>` +
      `<circle cx="850" cy="372" r="22" fill="#8e6434"/>` +
      `<path d="M130 560 C300 470 520 446 610 446 V600 H150 C120 600 110 572 130 560 Z" fill="${paint.mat('steel')}"/>` +
      `<path d="M150 600 H610 V584 H160 Z" fill="#fff" fill-opacity=".35"/>` +
      `<path d="M210 540 C330 490 480 470 600 466" fill="none" stroke="#fff" stroke-width="4" stroke-opacity=".4"/>` +
      `<rect x="604" y="446" width="46" height="148" rx="10" fill="${paint.mat('darkwood')}"/>` +
      `<path d="M646 446 H910 C934 446 948 464 948 488 V552 C948 576 934 594 910 594 H646 Z" fill="${paint.top}"/>` +
      `<path d="M646 446 H910 C934 446 948 464 948 488 V552 C948 576 934 594 910 594 H646 Z" fill="${paint.vol}"/>` +
      `<path d="M656 462 H908" stroke="#fff" stroke-width="6" stroke-opacity=".18"/>`,
    bounds: box(110, 312, 838, 438),
    region: box(668, 472, 230, 96),
    shadow: { cx: 530, cy: 746, rx: 400, ry: 20 },
    focus: { x: 640, y: 520 },
  };
}

export const kitchenFamilies = {
  mug: family('glossy', 'table', mug),
  bottle: family('matte', 'table', bottle),
  'wine-bottle': family('glass', 'table', wineBottle),
  glass: family('glass', 'table', glass),
  plate: family('glossy', 'table', plate, { lies: true }),
  bowl: family('glossy', 'table', bowl),
  pan: family('glossy', 'table', pan),
  knife: family('wood', 'table', knife, { lies: true, scale: 'medium' }),
} satisfies Record<string, FamilyDefinition>;
