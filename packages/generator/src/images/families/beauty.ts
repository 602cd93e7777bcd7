import { mix } from '../colour.ts';
import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fittedText, fmt, op } from '../svg.ts';
import { brandLabel, printedBrand, shade, sheen } from './shared.ts';

/** Skincare, cosmetics and fragrance: glass and plastic containers with a brand label. */

/** A vertical glass highlight: a bright narrow strip and a faint wide one. */
function glassGlints(paint: PaintContext, x: number, y: number, height: number): string {
  const strength = Math.max(paint.gloss, 0.35);
  return (
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="16" height="${fmt(height)}" rx="8" fill="#fff" fill-opacity="${op(strength * 0.55)}"/>` +
    `<rect x="${fmt(x + 26)}" y="${fmt(y + 10)}" width="6" height="${fmt(height - 20)}" rx="3" fill="#fff" fill-opacity="${op(strength * 0.3)}"/>`
  );
}

function serumBottle(paint: PaintContext) {
  const body =
    'M392 480 C392 446 420 420 470 414 V392 H554 V414 C604 420 632 446 632 480 V812 C632 832 616 846 596 846 H428 C408 846 392 832 392 812 Z';
  // The folding carton it ships in stands behind, as in most skincare shots.
  const carton =
    `<path d="M560 300 L610 270 H800 L750 300 Z" fill="${paint.paper}"/>` +
    `<path d="M750 300 L800 270 V816 L750 846 Z" fill="${mix(paint.paper, '#000000', 0.12)}"/>` +
    `<rect x="560" y="300" width="190" height="546" fill="${mix(paint.paper, '#ffffff', 0.3)}"/>` +
    `<rect x="560" y="360" width="190" height="10" fill="${paint.accent}"/>` +
    `<rect x="560" y="760" width="190" height="86" fill="${paint.base}"/>` +
    fittedText(paint.brand, {
      x: 692,
      y: 340,
      maxWidth: 100,
      size: 15,
      fill: paint.ink,
      letterSpacing: 0.08,
      uppercase: true,
    }) +
    fittedText('Face serum', {
      x: 692,
      y: 400,
      maxWidth: 100,
      size: 11,
      fill: paint.ink,
      weight: 400,
      letterSpacing: 0.2,
      uppercase: true,
    });
  return {
    svg:
      carton +
      `<path d="M468 290 C468 220 478 170 512 170 C546 170 556 220 556 290 Z" fill="${paint.mat('rubber')}"/>` +
      `<path d="M488 190 C492 178 500 174 506 174" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-opacity=".35"/>` +
      `<rect x="452" y="286" width="120" height="114" rx="10" fill="${paint.mat('cap')}"/>` +
      `<path d="M462 300 V390 M478 300 V390 M494 300 V390 M510 300 V390 M526 300 V390 M542 300 V390 M558 300 V390" stroke="#fff" stroke-width="2" stroke-opacity=".12"/>` +
      `<path d="${body}" fill="${paint.cyl}"/>` +
      glassGlints(paint, 414, 470, 340) +
      brandLabel(paint, 392, 570, 240, 150, { subtitle: 'Serum · 30 ml', rx: 0 }) +
      shade('M392 812 C392 832 408 846 428 846 H596 C616 846 632 832 632 812 V800 H392 Z', 0.15),
    bounds: box(392, 170, 408, 676),
    region: box(440, 730, 180, 72),
    shadow: { cx: 560, cy: 848, rx: 230, ry: 18 },
    focus: { x: 512, y: 560 },
  };
}

function pumpBottle(paint: PaintContext) {
  const body =
    'M380 440 C380 400 410 380 450 380 H574 C614 380 644 400 644 440 V812 C644 834 626 850 604 850 H420 C398 850 380 834 380 812 Z';
  const cap = paint.mat('cap');
  return {
    svg:
      `<path d="M476 236 H590 C612 236 626 244 640 258 L652 270 L640 280 L624 266 C616 260 606 258 594 258 H548 V292 H476 Z" fill="${cap}"/>` +
      `<rect x="492" y="290" width="40" height="40" fill="${paint.mat('steel')}"/>` +
      `<path d="M448 330 H576 V384 H448 Z" fill="${cap}"/>` +
      `<path d="M460 340 V380 M476 340 V380 M492 340 V380 M508 340 V380 M524 340 V380 M540 340 V380 M556 340 V380" stroke="#fff" stroke-width="2" fill="none" stroke-opacity=".1"/>` +
      `<path d="${body}" fill="${paint.cyl}"/>` +
      sheen(paint, 404, 420, 28, 400, 14) +
      brandLabel(paint, 410, 520, 204, 196, { subtitle: 'Daily lotion', rx: 10 }),
    bounds: box(380, 236, 272, 614),
    region: box(404, 730, 216, 90),
    shadow: { cx: 512, cy: 852, rx: 170, ry: 16 },
    focus: { x: 512, y: 320 },
  };
}

function jar(paint: PaintContext) {
  return {
    svg:
      `<path d="M300 560 C300 520 330 500 370 500 H654 C694 500 724 520 724 560 V780 C724 818 700 840 660 840 H364 C324 840 300 818 300 780 Z" fill="${paint.cyl}"/>` +
      shade('M300 800 C300 826 324 840 364 840 H660 C700 840 724 826 724 800 V786 H300 Z', 0.14) +
      sheen(paint, 330, 540, 34, 270, 16) +
      `<path d="M312 424 C312 404 328 392 350 392 H674 C696 392 712 404 712 424 V506 H312 Z" fill="${paint.cyl}"/>` +
      `<path d="${Array.from({ length: 34 }, (_, i) => `M${fmt(322 + i * 11.6)} 404 V500`).join(' ')}" fill="none" stroke="#000" stroke-width="3" stroke-opacity=".1"/>` +
      `<rect x="312" y="498" width="400" height="12" fill="#000" fill-opacity=".18"/>` +
      brandLabel(paint, 376, 580, 272, 120, { subtitle: 'Rich cream', rx: 8 }),
    bounds: box(300, 392, 424, 448),
    region: box(330, 712, 364, 84),
    shadow: { cx: 512, cy: 842, rx: 240, ry: 18 },
    focus: { x: 512, y: 500 },
  };
}

function tube(paint: PaintContext) {
  const body = 'M372 204 H652 L664 232 C640 420 614 600 590 740 H434 C410 600 384 420 360 232 Z';
  return {
    svg:
      `<path d="${body}" fill="${paint.cyl}"/>` +
      `<rect x="358" y="188" width="308" height="46" rx="4" fill="${paint.lo}"/>` +
      `<path d="${Array.from({ length: 25 }, (_, i) => `M${366 + i * 12} 194 V228`).join(' ')}" fill="none" stroke="#000" stroke-width="3" stroke-opacity=".14"/>` +
      sheen(paint, 400, 250, 26, 440, 12) +
      `<rect x="430" y="738" width="164" height="22" fill="${paint.mat('cap')}"/>` +
      `<path d="M440 758 H584 L590 846 C590 852 584 856 578 856 H446 C440 856 434 852 434 846 Z" fill="${paint.mat('cap')}"/>` +
      printedBrand(paint, 512, 520, 200, 36) +
      `<text x="512" y="556" font-family="DejaVu Sans, Arial, sans-serif" font-size="15" fill="${paint.onBody}" text-anchor="middle" letter-spacing="4" fill-opacity=".7">HAND CREAM</text>` +
      // A swatch of the cream beside the tube.
      `<path d="M640 846 C620 820 650 796 700 800 C740 770 800 780 812 812 C850 816 860 846 830 856 H660 C646 856 638 852 640 846 Z" fill="#f6f1e8"/>` +
      `<path d="M690 812 C720 796 770 800 792 818" fill="none" stroke="#d9d0c0" stroke-width="5" stroke-linecap="round"/>`,
    bounds: box(358, 188, 502, 668),
    region: box(410, 270, 204, 190),
    shadow: { cx: 512, cy: 858, rx: 120, ry: 14 },
    focus: { x: 512, y: 300 },
  };
}

function lipstick(paint: PaintContext) {
  const gold = paint.mat('gold');
  return {
    svg:
      `<g transform="rotate(-90 700 760)"><rect x="640" y="700" width="130" height="250" rx="10" fill="${gold}" transform="translate(-20 0)"/></g>` +
      `<path d="M434 330 L590 270 V520 H434 Z" fill="${paint.cyl}"/>` +
      `<path d="M434 330 L590 270 L590 300 L434 352 Z" fill="#fff" fill-opacity=".18"/>` +
      `<rect x="448" y="300" width="18" height="210" rx="9" fill="#fff" fill-opacity=".22"/>` +
      `<rect x="420" y="510" width="184" height="80" rx="6" fill="${gold}"/>` +
      `<rect x="410" y="590" width="204" height="262" rx="10" fill="${paint.mat('cap')}"/>` +
      `<rect x="410" y="590" width="204" height="16" fill="${gold}"/>` +
      printedBrand({ ...paint, onBody: '#d9c27a' }, 512, 740, 160, 22),
    bounds: box(410, 270, 406, 582),
    region: box(452, 360, 124, 140),
    shadow: { cx: 560, cy: 854, rx: 260, ry: 18 },
    focus: { x: 512, y: 420 },
  };
}

function compact(paint: PaintContext) {
  return {
    svg:
      `<path d="M252 480 A260 150 0 0 0 772 480 V540 A260 150 0 0 1 252 540 Z" fill="${paint.cyl}"/>` +
      `<path d="M252 510 A260 150 0 0 0 772 510" fill="none" stroke="${paint.mat('gold')}" stroke-width="10"/>` +
      `<ellipse cx="512" cy="480" rx="260" ry="150" fill="${paint.dome}"/>` +
      `<ellipse cx="512" cy="470" rx="112" ry="58" fill="none" stroke="${paint.mat('gold')}" stroke-width="6"/>` +
      printedBrand({ ...paint, onBody: paint.isDark ? '#e9d49a' : '#7c5e16' }, 512, 480, 170, 24) +
      `<path d="M320 420 C380 370 460 350 540 348" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.7 + 0.1)}"/>` +
      `<rect x="490" y="680" width="44" height="16" rx="4" fill="${paint.mat('gold')}"/>`,
    bounds: box(252, 330, 520, 366),
    region: box(396, 540, 232, 60),
    shadow: { cx: 512, cy: 668, rx: 280, ry: 30 },
    focus: { x: 512, y: 480 },
  };
}

function perfumeBottle(paint: PaintContext) {
  const body =
    'M352 470 C352 446 368 430 392 430 H632 C656 430 672 446 672 470 V806 C672 830 656 846 632 846 H392 C368 846 352 830 352 806 Z';
  return {
    svg:
      `<rect x="436" y="250" width="152" height="150" rx="14" fill="${paint.mat('gold')}"/>` +
      `<rect x="452" y="262" width="18" height="126" rx="9" fill="#fff" fill-opacity=".3"/>` +
      `<rect x="466" y="396" width="92" height="40" fill="${paint.mat('gold')}"/>` +
      `<path d="${body}" fill="${paint.lo}"/>` +
      `<path d="M378 480 C378 466 388 456 402 456 H622 C636 456 646 466 646 480 V796 C646 810 636 820 622 820 H402 C388 820 378 810 378 796 Z" fill="${paint.cyl}"/>` +
      glassGlints(paint, 368, 460, 360) +
      `<rect x="430" y="560" width="164" height="90" rx="4" fill="${paint.paper}"/>` +
      `<rect x="438" y="568" width="148" height="74" rx="2" fill="none" stroke="${paint.accent}" stroke-width="2"/>` +
      printedBrand({ ...paint, onBody: paint.ink }, 512, 604, 130, 22) +
      `<text x="512" y="630" font-family="DejaVu Sans, Arial, sans-serif" font-size="11" fill="${paint.ink}" text-anchor="middle" letter-spacing="3">EAU DE PARFUM</text>`,
    bounds: box(352, 250, 320, 596),
    region: box(404, 670, 216, 130),
    shadow: { cx: 512, cy: 848, rx: 200, ry: 18 },
    focus: { x: 512, y: 420 },
  };
}

function soapBar(paint: PaintContext) {
  const top =
    'M292 500 C292 450 330 420 400 420 H640 C706 420 740 450 740 500 C740 540 710 560 660 560 H372 C320 560 292 540 292 500 Z';
  return {
    svg:
      `<path d="M292 500 V600 C292 640 320 664 372 664 H660 C710 664 740 640 740 600 V500 C740 540 710 560 660 560 H372 C320 560 292 540 292 500 Z" fill="${paint.cyl}"/>` +
      shade(
        'M292 600 C292 640 320 664 372 664 H660 C710 664 740 640 740 600 V630 C740 660 710 680 660 680 H372 C320 680 292 660 292 630 Z',
        0.1,
      ) +
      `<path d="${top}" fill="${paint.top}"/>` +
      `<path d="M360 446 C440 436 600 436 680 446 C700 470 700 510 680 534 C600 544 440 544 360 534 C340 510 340 470 360 446 Z" fill="#000" fill-opacity=".06"/>` +
      printedBrand(
        { ...paint, onBody: paint.isDark ? '#ffffff' : '#000000' },
        460,
        500,
        200,
        30,
        0.16,
      ) +
      `<path d="M604 421 H684 L684 560 V664 H604 V560 Z" fill="${paint.mat('cork')}"/>` +
      `<path d="M604 560 H684" stroke="#000" stroke-width="3" fill="none" stroke-opacity=".12"/>`,
    bounds: box(292, 420, 448, 260),
    region: box(320, 580, 130, 60),
    shadow: { cx: 516, cy: 670, rx: 250, ry: 22 },
    focus: { x: 516, y: 500 },
  };
}

export const beautyFamilies = {
  'serum-bottle': family('glass', 'table', serumBottle, { scale: 'small' }),
  'pump-bottle': family('matte', 'table', pumpBottle),
  jar: family('glossy', 'table', jar),
  tube: family('matte', 'table', tube, { lies: true, scale: 'small' }),
  lipstick: family('glossy', 'table', lipstick, { scale: 'small' }),
  compact: family('glossy', 'table', compact, { lies: true, scale: 'small' }),
  'perfume-bottle': family('glass', 'table', perfumeBottle, { scale: 'small' }),
  'soap-bar': family('matte', 'table', soapBar, { lies: true, scale: 'small' }),
} satisfies Record<string, FamilyDefinition>;
