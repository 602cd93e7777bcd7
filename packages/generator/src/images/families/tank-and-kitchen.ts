import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { between } from '../prng.ts';
import { fmt } from '../svg.ts';
import { printedBrand, shade, sheen } from './shared.ts';

/** Aquarium gear, cookware by form, paper goods and hanging textiles. */

function aquarium(paint: PaintContext) {
  const gravel = Array.from({ length: 26 }, (_, i) => {
    const x = 270 + i * 19 + between(paint.random, -4, 4);
    return `<circle cx="${fmt(x)}" cy="${fmt(668 + between(paint.random, -6, 6))}" r="${fmt(between(paint.random, 6, 10))}" fill="#c8b38e"/>`;
  }).join('');
  return {
    svg:
      `<rect x="250" y="330" width="524" height="380" fill="#bfe3ec" fill-opacity=".55"/>` +
      `<rect x="250" y="380" width="524" height="330" fill="#6fb8cf" fill-opacity=".45"/>` +
      `<path d="M250 650 C380 630 600 640 774 652 V710 H250 Z" fill="#d8c49e"/>` +
      gravel +
      `<path d="M340 660 C330 560 360 500 350 440 M360 660 C380 580 400 540 420 500 M660 664 C650 590 680 540 672 470" stroke="#3f8a4a" stroke-width="12" fill="none" stroke-linecap="round"/>` +
      `<path d="M540 520 l24 -10 l-6 10 l6 10 Z" fill="#f08a24"/>` +
      `<rect x="262" y="340" width="14" height="360" fill="#fff" fill-opacity=".45"/>` +
      // The coloured frame: top rim and the base the tank stands on.
      `<rect x="236" y="306" width="552" height="34" rx="6" fill="${paint.base}"/>` +
      `<rect x="236" y="706" width="552" height="86" rx="8" fill="${paint.base}"/>` +
      shade('M236 770 H788 V784 C788 788 784 792 780 792 H244 C240 792 236 788 236 784 Z', 0.2),
    bounds: box(236, 306, 552, 486),
    region: box(270, 718, 484, 50),
    shadow: { cx: 512, cy: 794, rx: 320, ry: 18 },
    focus: { x: 512, y: 560 },
  };
}

/** Hang-on-back, canister and internal filters share the read: a housing, a lid and a pipe. */
function filter(paint: PaintContext) {
  return {
    svg:
      `<rect x="470" y="560" width="34" height="250" rx="10" fill="#9aa3a8" fill-opacity=".8"/>` +
      `<rect x="462" y="780" width="50" height="50" rx="8" fill="#6b7378"/>` +
      `<path d="M370 340 H680 V640 C680 660 664 676 644 676 H406 C386 676 370 660 370 640 Z" fill="${paint.cyl}"/>` +
      `<rect x="352" y="300" width="346" height="60" rx="14" fill="${paint.lo}"/>` +
      `<path d="M680 380 H760 L770 420 H680 Z" fill="${paint.lo}"/>` +
      `<path d="M700 420 C720 470 726 520 720 560" stroke="#8fd0e6" stroke-width="16" fill="none" stroke-opacity=".7"/>` +
      sheen(paint, 392, 380, 20, 260, 10) +
      printedBrand(paint, 525, 520, 240, 28),
    bounds: box(352, 300, 418, 530),
    region: box(400, 560, 250, 80),
    shadow: { cx: 520, cy: 832, rx: 200, ry: 16 },
    focus: { x: 700, y: 420 },
  };
}

function rock(paint: PaintContext) {
  return {
    svg:
      `<path d="M280 760 L330 560 L430 450 L560 420 L690 500 L760 640 L740 760 Z" fill="${paint.base}"/>` +
      `<path d="M330 560 L430 450 L560 420 L520 560 Z" fill="${paint.hi}" fill-opacity=".55"/>` +
      `<path d="M520 560 L560 420 L690 500 L620 600 Z" fill="${paint.hi}" fill-opacity=".3"/>` +
      `<path d="M620 600 L690 500 L760 640 L740 760 Z" fill="${paint.lo}" fill-opacity=".6"/>` +
      `<path d="M440 760 C440 680 480 640 520 640 C560 640 600 680 600 760 Z" fill="${paint.deep}" fill-opacity=".8"/>`,
    bounds: box(280, 420, 480, 340),
    region: box(360, 600, 90, 120),
    shadow: { cx: 520, cy: 762, rx: 270, ry: 18 },
    focus: { x: 520, y: 700 },
  };
}

/** Dutch ovens, stock pots and casseroles: a round body, a lid with a knob, two loop handles. */
function pot(paint: PaintContext) {
  return {
    svg:
      `<path d="M250 520 C214 520 214 600 262 600" stroke="${paint.lo}" stroke-width="26" fill="none"/>` +
      `<path d="M774 520 C810 520 810 600 762 600" stroke="${paint.lo}" stroke-width="26" fill="none"/>` +
      `<path d="M262 480 V720 C262 790 380 826 512 826 C644 826 762 790 762 720 V480 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="512" cy="480" rx="262" ry="56" fill="${paint.lo}"/>` +
      `<path d="M262 470 C262 400 380 380 512 380 C644 380 762 400 762 470 C762 500 644 520 512 520 C380 520 262 500 262 470 Z" fill="${paint.top}"/>` +
      `<rect x="472" y="338" width="80" height="50" rx="20" fill="${paint.mat('steel')}"/>` +
      sheen(paint, 300, 540, 26, 210, 13) +
      shade(
        'M262 700 V720 C262 790 380 826 512 826 C644 826 762 790 762 720 V700 C762 770 644 806 512 806 C380 806 262 770 262 700 Z',
        0.2,
      ),
    bounds: box(214, 338, 596, 488),
    region: box(340, 560, 340, 160),
    shadow: { cx: 512, cy: 826, rx: 300, ry: 22 },
    focus: { x: 512, y: 380 },
  };
}

function teapot(paint: PaintContext) {
  return {
    svg:
      `<path d="M690 520 C780 520 790 660 700 700" stroke="${paint.lo}" stroke-width="30" fill="none" stroke-linecap="round"/>` +
      `<path d="M350 600 C300 580 270 520 230 470 L250 460 C290 500 320 540 372 560 Z" fill="${paint.lo}"/>` +
      `<path d="M512 440 C650 440 712 520 712 620 C712 720 640 790 512 790 C384 790 312 720 312 620 C312 520 374 440 512 440 Z" fill="${paint.dome}"/>` +
      `<ellipse cx="512" cy="448" rx="124" ry="26" fill="${paint.lo}"/>` +
      `<path d="M400 446 C400 400 460 390 512 390 C564 390 624 400 624 446 Z" fill="${paint.top}"/>` +
      `<circle cx="512" cy="382" r="22" fill="${paint.hi}"/>` +
      sheen(paint, 370, 540, 24, 160, 12),
    bounds: box(230, 360, 560, 430),
    region: box(420, 560, 200, 150),
    shadow: { cx: 512, cy: 792, rx: 220, ry: 20 },
    focus: { x: 300, y: 520 },
  };
}

/** A French press: glass carafe in a coloured frame, plunger and lid on top. */
function frenchPress(paint: PaintContext) {
  return {
    svg:
      `<rect x="500" y="230" width="24" height="110" fill="${paint.mat('steel')}"/>` +
      `<circle cx="512" cy="226" r="22" fill="${paint.lo}"/>` +
      `<path d="M620 420 C720 420 730 640 630 660" stroke="${paint.lo}" stroke-width="34" fill="none" stroke-linecap="round"/>` +
      `<rect x="390" y="340" width="244" height="470" rx="14" fill="#5a3a22" fill-opacity=".85"/>` +
      `<rect x="390" y="340" width="244" height="130" rx="14" fill="#e8dcc4" fill-opacity=".55"/>` +
      `<rect x="376" y="320" width="272" height="44" rx="12" fill="${paint.base}"/>` +
      // The frame: two wide side bands and a foot, painted in the product colour.
      `<rect x="376" y="360" width="62" height="450" fill="${paint.cyl}"/>` +
      `<rect x="586" y="360" width="62" height="450" fill="${paint.cyl}"/>` +
      `<rect x="366" y="790" width="292" height="44" rx="12" fill="${paint.base}"/>` +
      `<rect x="456" y="380" width="14" height="400" fill="#fff" fill-opacity=".25"/>`,
    bounds: box(366, 204, 380, 630),
    region: box(384, 440, 46, 300),
    shadow: { cx: 512, cy: 836, rx: 190, ry: 18 },
    focus: { x: 512, y: 300 },
  };
}

/** A pour-over dripper: a ribbed cone on a flat foot. */
function dripper(paint: PaintContext) {
  const ribs = [-2, -1, 0, 1, 2]
    .map(
      (i) =>
        `<path d="M${fmt(512 + i * 40)} 450 L${fmt(512 + i * 20)} 650" stroke="${paint.lo}" stroke-width="6" stroke-opacity=".5"/>`,
    )
    .join('');
  return {
    svg:
      `<ellipse cx="512" cy="720" rx="190" ry="34" fill="${paint.lo}"/>` +
      `<rect x="322" y="680" width="380" height="40" rx="18" fill="${paint.base}"/>` +
      `<path d="M302 420 H722 L600 680 H424 Z" fill="${paint.cyl}"/>` +
      ribs +
      `<ellipse cx="512" cy="420" rx="210" ry="40" fill="${paint.hi}"/>` +
      `<ellipse cx="512" cy="424" rx="190" ry="30" fill="${paint.deep}"/>` +
      `<path d="M722 460 C790 470 790 560 700 580" stroke="${paint.base}" stroke-width="28" fill="none"/>` +
      sheen(paint, 350, 460, 22, 170, 11),
    bounds: box(302, 380, 480, 374),
    region: box(420, 470, 180, 110),
    shadow: { cx: 512, cy: 756, rx: 220, ry: 18 },
    focus: { x: 512, y: 420 },
  };
}

/** Baking sheets, trays and roasting tins: a shallow pan with a rolled rim, seen from above. */
function tray(paint: PaintContext) {
  return {
    svg:
      `<path d="M200 470 L300 360 H824 L724 470 Z" fill="${paint.hi}"/>` +
      `<path d="M200 470 H724 V560 H200 Z" fill="${paint.base}"/>` +
      `<path d="M724 470 L824 360 V450 L724 560 Z" fill="${paint.lo}"/>` +
      `<path d="M232 460 L316 372 H796 L712 460 Z" fill="${paint.base}"/>` +
      `<path d="M232 460 L316 372 H796 L712 460 Z" fill="#000" fill-opacity=".06"/>` +
      sheen(paint, 230, 480, 460, 12, 6),
    bounds: box(200, 360, 624, 200),
    region: box(230, 494, 460, 56),
    shadow: { cx: 500, cy: 562, rx: 320, ry: 16 },
    focus: { x: 300, y: 420 },
  };
}

/** Cutting and serving boards: a thick slab with a handle hole and end grain. */
function board(paint: PaintContext) {
  const grain = [0, 1, 2, 3, 4, 5]
    .map(
      (i) =>
        `<path d="M300 ${fmt(420 + i * 44)} C420 ${fmt(400 + i * 44)} 600 ${fmt(446 + i * 44)} 760 ${fmt(420 + i * 44)}" stroke="${paint.lo}" stroke-width="4" fill="none" stroke-opacity=".55"/>`,
    )
    .join('');
  return {
    svg:
      `<rect x="262" y="388" width="540" height="330" rx="40" fill="${paint.lo}"/>` +
      `<rect x="262" y="370" width="540" height="330" rx="40" fill="${paint.base}"/>` +
      grain +
      `<path d="M802 480 H870 C900 480 900 590 870 590 H802 Z" fill="${paint.base}"/>` +
      `<circle cx="860" cy="535" r="18" fill="#000" fill-opacity=".35"/>`,
    bounds: box(262, 370, 630, 348),
    region: box(320, 540, 420, 120),
    shadow: { cx: 560, cy: 720, rx: 330, ry: 18 },
    focus: { x: 850, y: 535 },
  };
}

/** Pencil cases and zip pouches: a soft, elongated pouch with a zip along the top. */
function pencilCase(paint: PaintContext) {
  const teeth = Array.from(
    { length: 30 },
    (_, i) => `<rect x="${fmt(262 + i * 17)}" y="443" width="8" height="12" fill="#c9c4ba"/>`,
  ).join('');
  return {
    svg:
      `<path d="M240 470 C240 430 260 420 300 420 H724 C764 420 784 430 784 470 V620 C784 660 764 680 724 680 H300 C260 680 240 660 240 620 Z" fill="${paint.soft}"/>` +
      `<rect x="250" y="440" width="524" height="18" fill="${paint.deep}"/>` +
      teeth +
      `<rect x="740" y="430" width="34" height="38" rx="6" fill="${paint.mat('steel')}"/>` +
      `<path d="M757 468 V520" stroke="${paint.mat('steel')}" stroke-width="10" stroke-linecap="round"/>` +
      `<path d="M260 660 H764" stroke="${paint.seam}" stroke-width="3" stroke-dasharray="10 8" fill="none"/>` +
      printedBrand(paint, 512, 600, 260, 28, 0.6),
    bounds: box(240, 420, 544, 260),
    region: box(300, 480, 400, 90),
    shadow: { cx: 512, cy: 684, rx: 290, ry: 16 },
    focus: { x: 757, y: 470 },
  };
}

/** A roll of tape (washi, packing, ribbon): a thick ring with a patterned face. */
function tapeRoll(paint: PaintContext) {
  return {
    svg:
      `<path d="M300 500 V600 C300 680 394 730 512 730 C630 730 724 680 724 600 V500 Z" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="500" rx="212" ry="130" fill="${paint.base}"/>` +
      `<ellipse cx="512" cy="500" rx="212" ry="130" fill="none" stroke="${paint.hi}" stroke-width="18" stroke-dasharray="30 24" stroke-opacity=".6"/>` +
      `<ellipse cx="512" cy="500" rx="120" ry="72" fill="#e8dcc4"/>` +
      `<ellipse cx="512" cy="510" rx="104" ry="60" fill="#fff" fill-opacity=".7"/>` +
      `<path d="M300 600 C300 680 394 730 512 730 C630 730 724 680 724 600 V620 C724 700 630 740 512 740 C394 740 300 700 300 620 Z" fill="#000" fill-opacity=".15"/>`,
    bounds: box(300, 370, 424, 370),
    region: box(330, 580, 110, 60),
    shadow: { cx: 512, cy: 740, rx: 230, ry: 18 },
    focus: { x: 512, y: 500 },
  };
}

/** Greeting and note cards: a folded card standing open, an illustration on the front. */
function card(paint: PaintContext) {
  return {
    svg:
      `<path d="M300 330 L512 300 V760 L300 790 Z" fill="${paint.paper}"/>` +
      `<path d="M512 300 L740 340 V800 L512 760 Z" fill="${paint.base}"/>` +
      `<circle cx="620" cy="470" r="56" fill="${paint.accent}" fill-opacity=".85"/>` +
      `<circle cx="586" cy="560" r="40" fill="${paint.hi}"/>` +
      `<path d="M620 526 L610 640 M586 600 L600 660" stroke="${paint.deep}" stroke-width="4"/>` +
      `<path d="M512 300 V760" stroke="#000" stroke-opacity=".15" stroke-width="4"/>`,
    bounds: box(300, 300, 440, 500),
    region: box(530, 680, 190, 70),
    shadow: { cx: 520, cy: 800, rx: 240, ry: 16 },
    focus: { x: 620, y: 500 },
  };
}

/** Curtain panels and drapes: a rod with rings and a pleated panel hanging from it. */
function curtain(paint: PaintContext) {
  const pleats = Array.from({ length: 8 }, (_, i) => {
    const x = 300 + i * 54;
    return `<path d="M${fmt(x)} 250 C${fmt(x + 10)} 500 ${fmt(x - 12)} 700 ${fmt(x + 4)} 880 H${fmt(x + 30)} C${fmt(x + 14)} 700 ${fmt(x + 36)} 500 ${fmt(x + 27)} 250 Z" fill="${i % 2 ? paint.lo : paint.hi}" fill-opacity=".45"/>`;
  }).join('');
  const rings = Array.from(
    { length: 9 },
    (_, i) =>
      `<circle cx="${fmt(300 + i * 54)}" cy="236" r="14" fill="none" stroke="${paint.mat('steel')}" stroke-width="6"/>`,
  ).join('');
  return {
    svg:
      `<rect x="220" y="222" width="584" height="14" rx="7" fill="${paint.mat('darkwood')}"/>` +
      `<path d="M292 246 H732 C736 460 744 700 760 880 H276 C290 700 292 460 292 246 Z" fill="${paint.soft}"/>` +
      pleats +
      rings,
    bounds: box(220, 222, 584, 658),
    region: box(330, 420, 360, 300),
    shadow: { cx: 520, cy: 884, rx: 280, ry: 12 },
    focus: { x: 512, y: 260 },
  };
}

/** Aquarium heaters: a long glass tube with a dial cap and a suction cup. */
function heater(paint: PaintContext) {
  return {
    svg:
      `<rect x="462" y="300" width="100" height="520" rx="50" fill="#dfe9ee" fill-opacity=".8"/>` +
      `<rect x="480" y="360" width="64" height="420" rx="32" fill="${paint.base}"/>` +
      `<rect x="488" y="380" width="14" height="380" rx="7" fill="#fff" fill-opacity=".35"/>` +
      `<rect x="446" y="220" width="132" height="110" rx="22" fill="${paint.deep}"/>` +
      `<circle cx="512" cy="262" r="30" fill="${paint.hi}"/>` +
      `<path d="M512 238 V262" stroke="${paint.deep}" stroke-width="8" stroke-linecap="round"/>` +
      `<path d="M578 560 h40 a24 24 0 1 1 0 48 h-40" fill="#cfe3ea" fill-opacity=".9"/>`,
    bounds: box(446, 220, 196, 600),
    region: box(484, 420, 56, 300),
    shadow: { cx: 512, cy: 822, rx: 110, ry: 14 },
    focus: { x: 512, y: 262 },
  };
}

/** Aquarium and plant lights: a slim LED bar on two legs that rest on the tank's rim. */
function lightBar(paint: PaintContext) {
  const leds = Array.from(
    { length: 12 },
    (_, i) => `<circle cx="${fmt(262 + i * 45)}" cy="520" r="9" fill="#fffbe6"/>`,
  ).join('');
  return {
    svg:
      `<path d="M240 520 L210 700 M784 520 L814 700" stroke="${paint.mat('steel')}" stroke-width="14" stroke-linecap="round"/>` +
      `<rect x="220" y="440" width="584" height="70" rx="26" fill="${paint.cyl}"/>` +
      `<rect x="232" y="506" width="560" height="30" rx="10" fill="${paint.deep}"/>` +
      leds +
      `<path d="M260 540 L220 720 H804 L764 540 Z" fill="#fff6c8" fill-opacity=".35"/>` +
      sheen(paint, 250, 452, 520, 10, 5),
    bounds: box(206, 440, 612, 280),
    region: box(300, 452, 420, 44),
    shadow: { cx: 512, cy: 722, rx: 330, ry: 14 },
    focus: { x: 300, y: 500 },
  };
}

export const tankAndKitchenDrawings = {
  heater: family('glass', 'table', heater, { scale: 'small' }),
  'light-bar': family('matte', 'table', lightBar),
  aquarium: family('glass', 'table', aquarium, { scale: 'large' }),
  'aquarium-filter': family('matte', 'table', filter),
  rock: family('matte', 'table', rock, { scale: 'small' }),
  pot: family('glossy', 'table', pot),
  teapot: family('glossy', 'table', teapot),
  'french-press': family('glossy', 'table', frenchPress),
  dripper: family('glossy', 'table', dripper, { scale: 'small' }),
  tray: family('metallic', 'table', tray, { lies: true }),
  board: family('wood', 'table', board, { lies: true }),
  'pencil-case': family('fabric', 'table', pencilCase, { lies: true, scale: 'small' }),
  'tape-roll': family('matte', 'table', tapeRoll, { scale: 'small' }),
  card: family('matte', 'table', card, { scale: 'small' }),
  curtain: family('fabric', 'hanging', curtain, { scale: 'large' }),
} satisfies Record<string, FamilyDefinition>;
