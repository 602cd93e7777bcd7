import { mix } from '../colour.ts';
import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt, op } from '../svg.ts';
import { crease, printedBrand, seam, shade, sheen, stitch } from './shared.ts';

/** Jewellery, watches, bags, small leather goods and eyewear. */

function ring(paint: PaintContext) {
  const band =
    'M312 560 A200 210 0 1 0 712 560 A200 210 0 1 0 312 560 Z M372 552 A140 150 0 1 1 652 552 A140 150 0 1 1 372 552 Z';
  return {
    svg:
      `<path d="${band}" fill="${paint.cyl}" fill-rule="evenodd"/>` +
      `<path d="M380 590 A140 150 0 0 0 644 590 A132 120 0 0 1 380 590 Z" fill="${paint.deep}" fill-opacity=".7"/>` +
      `<path d="M340 470 A190 200 0 0 1 470 356" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-opacity="${fmt(paint.gloss * 0.8)}"/>` +
      `<path d="M470 372 L452 300 M554 372 L572 300 M512 380 V300" stroke="${paint.lo}" stroke-width="12" stroke-linecap="round"/>` +
      `<path d="M446 300 L474 262 H550 L578 300 L512 380 Z" fill="#eef6fa"/>` +
      `<path d="M446 300 H578 M474 262 L494 300 L512 262 L530 300 L550 262 M446 300 L512 380 L578 300 M494 300 L512 380 L530 300" fill="none" stroke="#b7cad4" stroke-width="2.5"/>` +
      `<path d="M482 272 L496 294" stroke="#fff" stroke-width="5" stroke-linecap="round"/>` +
      `<ellipse cx="512" cy="386" rx="46" ry="14" fill="${paint.base}"/>`,
    bounds: box(312, 262, 400, 508),
    region: box(466, 708, 92, 40),
    shadow: { cx: 512, cy: 770, rx: 170, ry: 18 },
    focus: { x: 512, y: 360 },
  };
}

function necklace(paint: PaintContext) {
  // Shown on a velvet display bust; the bust is dark for light metals and linen for dark ones.
  const bustTone = paint.isDark ? '#e6dfd2' : '#4a4b50';
  const bust = paint.def(
    'g-bust',
    `<linearGradient id="g-bust" x1="0" x2="1"><stop offset="0" stop-color="${mix(bustTone, '#000000', 0.2)}"/><stop offset=".35" stop-color="${mix(bustTone, '#ffffff', 0.12)}"/><stop offset="1" stop-color="${mix(bustTone, '#000000', 0.28)}"/></linearGradient>`,
  );
  const chain = 'M434 300 C432 420 470 540 512 566 C554 540 592 420 590 300';
  return {
    svg:
      `<rect x="300" y="856" width="424" height="44" rx="6" fill="${paint.mat('darkwood')}"/>` +
      `<path d="M440 112 L428 300 C424 340 384 360 304 380 C234 400 204 460 200 540 L194 860 H830 L824 540 C820 460 790 400 720 380 C640 360 600 340 596 300 L584 112 Z" fill="url(#${bust})"/>` +
      `<ellipse cx="512" cy="112" rx="72" ry="18" fill="${mix(bustTone, '#ffffff', 0.08)}"/>` +
      `<path d="M430 300 C470 330 554 330 594 300" fill="none" stroke="#000" stroke-width="10" stroke-opacity=".12"/>` +
      `<path d="${chain}" fill="none" stroke="${paint.lo}" stroke-width="9"/>` +
      `<path d="${chain}" fill="none" stroke="${paint.hi}" stroke-width="7" stroke-dasharray="3 7" stroke-linecap="round"/>` +
      `<ellipse cx="512" cy="574" rx="14" ry="20" fill="none" stroke="${paint.lo}" stroke-width="8"/>` +
      `<circle cx="518" cy="664" r="92" fill="#000" fill-opacity=".22"/>` +
      `<circle cx="512" cy="656" r="92" fill="${paint.cyl}"/>` +
      `<circle cx="512" cy="656" r="74" fill="${paint.dome}"/>` +
      `<path d="M452 626 C466 600 490 588 512 586" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-opacity="${op(paint.gloss)}"/>`,
    bounds: box(194, 94, 636, 806),
    region: box(462, 612, 100, 96),
    shadow: { cx: 512, cy: 900, rx: 240, ry: 16 },
    focus: { x: 512, y: 600 },
  };
}

function earrings(paint: PaintContext) {
  const drop = (x: number) =>
    `<path d="M${x} 230 C${x - 40} 230 ${x - 46} 290 ${x - 10} 304" fill="none" stroke="${paint.mat('steel')}" stroke-width="6" stroke-linecap="round"/>` +
    `<circle cx="${x}" cy="316" r="14" fill="${paint.mat('steel')}"/>` +
    `<path d="M${x} 330 C${x + 70} 420 ${x + 100} 500 ${x + 96} 560 C${x + 92} 640 ${x + 46} 690 ${x} 690 C${x - 46} 690 ${x - 92} 640 ${x - 96} 560 C${x - 100} 500 ${x - 70} 420 ${x} 330 Z" fill="${paint.dome}"/>` +
    `<path d="M${x} 350 C${x + 56} 430 ${x + 80} 500 ${x + 78} 556" fill="none" stroke="${paint.lo}" stroke-width="8" stroke-opacity=".45"/>` +
    `<path d="M${x - 50} 520 C${x - 52} 480 ${x - 36} 440 ${x - 14} 410" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-opacity="${fmt(paint.gloss * 0.9)}"/>`;
  return {
    svg: drop(400) + drop(624),
    bounds: box(300, 226, 424, 464),
    region: box(352, 520, 96, 110),
    shadow: { cx: 512, cy: 700, rx: 240, ry: 20 },
    focus: { x: 400, y: 420 },
  };
}

function bracelet(paint: PaintContext) {
  // A bangle lying on the table, seen from above at an angle: through the hole is the table.
  const outer = 'M232 520 A280 150 0 1 0 792 520 A280 150 0 1 0 232 520 Z';
  const inner = 'M286 512 A226 112 0 1 1 738 512 A226 112 0 1 1 286 512 Z';
  return {
    svg:
      `<path d="M232 520 A280 150 0 0 0 792 520 V586 A280 150 0 0 1 232 586 Z" fill="${paint.cyl}"/>` +
      `<path d="${outer} ${inner}" fill="${paint.hi}" fill-rule="evenodd"/>` +
      `<path d="M286 512 A226 112 0 0 1 738 512 C738 540 700 560 660 566 A226 112 0 0 0 364 566 C324 560 286 540 286 512 Z" fill="${paint.lo}"/>` +
      `<path d="M270 600 C380 690 644 690 754 600" fill="none" stroke="#fff" stroke-width="12" stroke-opacity="${op(paint.gloss * 0.6)}"/>` +
      `<path d="M300 470 C380 404 560 392 660 420" fill="none" stroke="#fff" stroke-width="6" stroke-opacity="${op(paint.gloss * 0.7)}"/>`,
    bounds: box(232, 370, 560, 366),
    region: box(436, 680, 152, 46),
    shadow: { cx: 512, cy: 600, rx: 300, ry: 150 },
    focus: { x: 512, y: 620 },
  };
}

function watch(paint: PaintContext) {
  const steel = paint.mat('steel');
  const ticks: string[] = [];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    const r1 = i % 3 === 0 ? 118 : 126;
    ticks.push(
      `M${fmt(512 + Math.sin(a) * r1)} ${fmt(512 - Math.cos(a) * r1)} L${fmt(512 + Math.sin(a) * 140)} ${fmt(512 - Math.cos(a) * 140)}`,
    );
  }
  const strap = (y0: number, y1: number) =>
    `<path d="M438 ${y0} H586 L578 ${y1} H446 Z" fill="${paint.cyl}"/>` +
    stitch(
      `M452 ${Math.min(y0, y1) + 14} V${Math.max(y0, y1) - 14} M572 ${Math.min(y0, y1) + 14} V${Math.max(y0, y1) - 14}`,
      paint.seam,
    );
  return {
    svg:
      strap(350, 96) +
      strap(674, 930) +
      `<rect x="446" y="800" width="132" height="36" rx="6" fill="${paint.lo}"/>` +
      [860, 890].map((y) => `<circle cx="512" cy="${y}" r="7" fill="${paint.deep}"/>`).join('') +
      `<rect x="424" y="338" width="176" height="28" rx="8" fill="${steel}"/><rect x="424" y="658" width="176" height="28" rx="8" fill="${steel}"/>` +
      `<circle cx="512" cy="512" r="180" fill="${steel}"/>` +
      `<rect x="686" y="490" width="28" height="44" rx="6" fill="${steel}"/>` +
      `<circle cx="512" cy="512" r="160" fill="#1f2124"/>` +
      `<circle cx="512" cy="512" r="150" fill="${paint.mat('screen')}"/>` +
      `<path d="${ticks.join('')}" stroke="#e9ecef" stroke-width="6" stroke-linecap="round"/>` +
      printedBrand({ ...paint, onBody: '#e9ecef' }, 512, 460, 120, 18) +
      `<path d="M512 512 L452 440" stroke="#f5f5f2" stroke-width="10" stroke-linecap="round"/>` +
      `<path d="M512 512 L600 580" stroke="#f5f5f2" stroke-width="7" stroke-linecap="round"/>` +
      `<path d="M512 512 L470 630" stroke="${paint.accent}" stroke-width="3" stroke-linecap="round"/>` +
      `<circle cx="512" cy="512" r="10" fill="#d5d9dd"/>` +
      `<path d="M400 420 A150 150 0 0 1 560 368 L540 400 A120 120 0 0 0 420 440 Z" fill="#fff" fill-opacity=".1"/>`,
    bounds: box(424, 96, 290, 834),
    region: box(456, 716, 112, 76),
    shadow: { cx: 512, cy: 934, rx: 120, ry: 14 },
    focus: { x: 512, y: 512 },
  };
}

function tote(paint: PaintContext) {
  const body = 'M290 380 H734 L760 840 H264 Z';
  return {
    svg:
      `<path d="M410 386 C414 250 456 226 530 226 C604 226 650 250 664 386" fill="none" stroke="${paint.lo}" stroke-width="26"/>` +
      `<path d="M380 392 C384 230 430 196 512 196 C594 196 640 230 644 392" fill="none" stroke="${paint.base}" stroke-width="30"/>` +
      `<path d="${body}" fill="${paint.soft}"/>` +
      `<path d="${body}" fill="${paint.vol}"/>` +
      `<path d="M290 380 H734 L736 420 H288 Z" fill="${paint.lo}" fill-opacity=".6"/>` +
      stitch('M292 430 H732', paint.seam) +
      [380, 644]
        .map(
          (x) =>
            `<rect x="${x - 19}" y="380" width="38" height="70" fill="${paint.base}"/>` +
            stitch(`M${x - 19} 440 L${x + 19} 400 M${x - 19} 400 L${x + 19} 440`, paint.seam),
        )
        .join('') +
      printedBrand(paint, 512, 560, 300, 50) +
      crease('M330 460 C340 600 330 720 300 820', 18, 0.07) +
      crease('M700 460 C690 600 700 720 730 820', 18, 0.09) +
      stitch('M270 818 H754', paint.seam),
    bounds: box(264, 160, 496, 680),
    region: box(330, 620, 364, 180),
    shadow: { cx: 512, cy: 842, rx: 270, ry: 22 },
    focus: { x: 512, y: 500 },
  };
}

function backpack(paint: PaintContext) {
  const body =
    'M312 330 C312 220 400 170 512 170 C624 170 712 220 712 330 V800 C712 830 690 850 660 850 H364 C334 850 312 830 312 800 Z';
  const steel = paint.mat('steel');
  return {
    svg:
      `<path d="M446 176 C446 120 578 120 578 176" fill="none" stroke="${paint.lo}" stroke-width="22"/>` +
      `<path d="M300 300 C262 420 262 640 296 780" fill="none" stroke="${paint.deep}" stroke-width="34" stroke-linecap="round"/>` +
      `<path d="M724 300 C762 420 762 640 728 780" fill="none" stroke="${paint.deep}" stroke-width="34" stroke-linecap="round"/>` +
      `<path d="${body}" fill="${paint.soft}"/>` +
      `<path d="${body}" fill="${paint.vol}"/>` +
      seam('M330 300 C350 230 430 200 512 200 C594 200 674 230 694 300', paint.deep, 6, 0.8) +
      `<rect x="492" y="196" width="22" height="40" rx="6" fill="${steel}"/>` +
      `<path d="M362 560 H662 C680 560 690 572 690 590 V790 C690 812 676 826 654 826 H370 C348 826 334 812 334 790 V590 C334 572 344 560 362 560 Z" fill="${paint.base}"/>` +
      `<path d="M362 560 H662 C680 560 690 572 690 590 V790 C690 812 676 826 654 826 H370 C348 826 334 812 334 790 V590 C334 572 344 560 362 560 Z" fill="${paint.vol}"/>` +
      seam('M350 600 H674', paint.deep, 6, 0.8) +
      `<rect x="600" y="590" width="16" height="34" rx="5" fill="${steel}"/>` +
      stitch('M350 580 H674', paint.seam) +
      `<rect x="452" y="640" width="120" height="40" rx="6" fill="${paint.paper}"/>` +
      printedBrand({ ...paint, onBody: paint.ink }, 512, 668, 100, 18) +
      crease('M340 360 C360 420 360 480 344 540', 14, 0.08),
    bounds: box(262, 120, 500, 730),
    region: box(380, 300, 264, 220),
    shadow: { cx: 512, cy: 852, rx: 250, ry: 24 },
    focus: { x: 512, y: 620 },
  };
}

function wallet(paint: PaintContext) {
  return {
    svg:
      `<rect x="300" y="336" width="400" height="80" rx="10" fill="#e8e2d4" transform="rotate(-4 500 376)"/>` +
      `<rect x="318" y="330" width="400" height="80" rx="10" fill="${paint.secondary}" transform="rotate(-2 500 376)"/>` +
      `<rect x="256" y="380" width="512" height="330" rx="28" fill="${paint.soft}"/>` +
      `<rect x="256" y="380" width="512" height="330" rx="28" fill="${paint.vol}"/>` +
      `<path d="M256 420 H768" stroke="${paint.deep}" stroke-width="4" fill="none" stroke-opacity=".5"/>` +
      stitch(
        'M278 402 H746 A10 10 0 0 1 748 410 V686 A8 8 0 0 1 740 690 H284 A8 8 0 0 1 276 682 V410 A10 10 0 0 1 278 402',
        paint.seam,
      ) +
      shade('M256 600 H768 V682 C768 698 754 710 740 710 H284 C270 710 256 698 256 682 Z', 0.08) +
      printedBrand(paint, 512, 660, 220, 26) +
      sheen(paint, 300, 440, 40, 240, 10),
    bounds: box(256, 310, 512, 400),
    region: box(300, 440, 420, 150),
    shadow: { cx: 512, cy: 712, rx: 270, ry: 20 },
    focus: { x: 512, y: 420 },
  };
}

function sunglasses(paint: PaintContext) {
  const lens = (cx: number) =>
    `M${cx - 150} 450 C${cx - 150} 420 ${cx - 130} 410 ${cx - 100} 410 H${cx + 100} C${cx + 130} 410 ${cx + 150} 420 ${cx + 150} 450 C${cx + 150} 540 ${cx + 110} 610 ${cx} 610 C${cx - 110} 610 ${cx - 150} 540 ${cx - 150} 450 Z`;
  const glass = paint.def(
    'g-lens',
    `<linearGradient id="g-lens" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d2226"/><stop offset=".6" stop-color="#394248"/><stop offset="1" stop-color="#5c666d"/></linearGradient>`,
  );
  return {
    svg:
      `<path d="M168 420 L92 470 M856 420 L932 470" stroke="${paint.lo}" stroke-width="30" stroke-linecap="round"/>` +
      `<path d="${lens(340)} ${lens(684)}" fill="${paint.base}" stroke="${paint.base}" stroke-width="56" stroke-linejoin="round"/>` +
      `<path d="M164 366 C164 346 178 338 200 338 H824 C846 338 860 346 860 366 V404 C860 414 852 420 840 420 C780 410 720 404 684 404 C620 404 560 410 534 426 C520 436 504 436 490 426 C464 410 404 404 340 404 C304 404 244 410 184 420 C172 420 164 414 164 404 Z" fill="${paint.cyl}"/>` +
      `<path d="M184 350 H840" stroke="${paint.hi}" stroke-width="7" stroke-linecap="round" stroke-opacity=".6"/>` +
      `<path d="${lens(340)} ${lens(684)}" fill="url(#${glass})"/>` +
      `<path d="M230 440 L300 440 L230 530 Z M574 440 L644 440 L574 530 Z" fill="#fff" fill-opacity=".12"/>` +
      `<circle cx="182" cy="400" r="8" fill="${paint.mat('steel')}"/><circle cx="842" cy="400" r="8" fill="${paint.mat('steel')}"/>`,
    bounds: box(84, 338, 856, 302),
    region: box(232, 354, 560, 48),
    shadow: { cx: 512, cy: 650, rx: 360, ry: 20 },
    focus: { x: 512, y: 440 },
  };
}

export const accessoryFamilies = {
  ring: family('metallic', 'table', ring, { scale: 'small' }),
  necklace: family('metallic', 'table', necklace, { lies: true, scale: 'small' }),
  earrings: family('metallic', 'table', earrings, { lies: true, scale: 'small' }),
  bracelet: family('metallic', 'table', bracelet, { scale: 'small' }),
  watch: family('leather', 'table', watch, { lies: true, scale: 'small' }),
  tote: family('fabric', 'hanging', tote),
  backpack: family('fabric', 'floor', backpack, { scale: 'medium' }),
  wallet: family('leather', 'table', wallet, { lies: true, scale: 'small' }),
  sunglasses: family('glossy', 'table', sunglasses),
} satisfies Record<string, FamilyDefinition>;
