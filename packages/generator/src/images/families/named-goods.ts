import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { between } from '../prng.ts';
import { fmt } from '../svg.ts';
import { printedBrand, shade, sheen, stitch } from './shared.ts';

/**
 * Products that used to borrow a neighbour's outline (a slipmat drawn as a rug, a pencil as a
 * fountain pen): each gets the one silhouette a shopper recognises it by.
 */

/** Turntable slipmats: a thin felt disc lying flat, with the spindle hole in the middle. */
function slipmat(paint: PaintContext) {
  const fibres = Array.from({ length: 40 }, () => {
    const angle = between(paint.random, 0, Math.PI * 2);
    const radius = Math.sqrt(between(paint.random, 0.08, 0.9));
    const x = 512 + Math.cos(angle) * radius * 300;
    const y = 560 + Math.sin(angle) * radius * 150;
    return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="2.5" fill="${paint.hi}" fill-opacity=".45"/>`;
  }).join('');
  return {
    svg:
      `<ellipse cx="512" cy="572" rx="310" ry="156" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="560" rx="310" ry="156" fill="${paint.soft}"/>` +
      fibres +
      // A printed ring where the label of the record sits, and the spindle hole.
      `<ellipse cx="512" cy="560" rx="96" ry="48" fill="none" stroke="${paint.hi}" stroke-width="6" stroke-opacity=".7"/>` +
      `<ellipse cx="512" cy="560" rx="16" ry="8" fill="#1d1d20"/>` +
      `<ellipse cx="512" cy="558" rx="16" ry="6" fill="#000" fill-opacity=".5"/>` +
      printedBrand(paint, 512, 665, 220, 26, 0.7),
    bounds: box(202, 404, 620, 324),
    region: box(260, 520, 130, 70),
    shadow: { cx: 512, cy: 730, rx: 330, ry: 20 },
    focus: { x: 512, y: 560 },
  };
}

/** Desk mats: a long, low mat with rounded corners and a stitched edge, seen in perspective. */
function deskMat(paint: PaintContext) {
  // A rounded trapezoid, wide and shallow: the far edge is a little shorter than the near one.
  const outline = (inset: number) => {
    const [l, r, t, b] = [inset, -inset, inset * 0.6, -inset * 0.6];
    return (
      `M${fmt(222 + l)} ${fmt(530 + t)} Q${fmt(226 + l)} ${fmt(510 + t)} ${fmt(250 + l)} ${fmt(510 + t)} ` +
      `H${fmt(774 + r)} Q${fmt(798 + r)} ${fmt(510 + t)} ${fmt(802 + r)} ${fmt(530 + t)} ` +
      `L${fmt(870 + r)} ${fmt(658 + b)} Q${fmt(878 + r)} ${fmt(680 + b)} ${fmt(852 + r)} ${fmt(680 + b)} ` +
      `H${fmt(172 + l)} Q${fmt(146 + l)} ${fmt(680 + b)} ${fmt(154 + l)} ${fmt(658 + b)} Z`
    );
  };
  return {
    svg:
      `<path d="${outline(0)}" transform="translate(0 10)" fill="${paint.lo}"/>` +
      `<path d="${outline(0)}" fill="${paint.soft}"/>` +
      `<path d="${outline(0)}" fill="${paint.vol}" fill-opacity=".4"/>` +
      stitch(outline(12), paint.seam, 3) +
      printedBrand(paint, 776, 658, 110, 16, 0.6),
    bounds: box(146, 510, 732, 180),
    region: box(330, 556, 360, 84),
    shadow: { cx: 512, cy: 692, rx: 370, ry: 14 },
    focus: { x: 790, y: 650 },
  };
}

/** Phono cartridges: a small wedge body under a mounting plate, cantilever and stylus below. */
function cartridge(paint: PaintContext) {
  const pins = ['#c8312f', '#2f8f4a', '#2f5fc8', '#f0eee8']
    .map(
      (colour, i) =>
        `<rect x="706" y="${fmt(452 + i * 40)}" width="50" height="16" rx="6" fill="${colour}"/>` +
        `<rect x="744" y="${fmt(454 + i * 40)}" width="22" height="12" rx="4" fill="${paint.mat('gold')}"/>`,
    )
    .join('');
  return {
    svg:
      pins +
      // Square at the back, raked at the front where the stylus sits: the cartridge's profile.
      `<path d="M330 410 H712 V640 H440 Z" fill="${paint.cyl}"/>` +
      shade('M440 640 H712 V604 H424 Z', 0.18) +
      `<rect x="300" y="350" width="440" height="64" rx="10" fill="${paint.mat('steel')}"/>` +
      `<circle cx="390" cy="382" r="16" fill="#5b6168"/><circle cx="646" cy="382" r="16" fill="#5b6168"/>` +
      `<path d="M382 382 H398 M638 382 H654" stroke="#2a2d31" stroke-width="5"/>` +
      // The cantilever runs forward and down from the body; the stylus tip ends it.
      `<path d="M476 626 L372 706" stroke="${paint.mat('gold')}" stroke-width="10" stroke-linecap="round"/>` +
      `<path d="M364 700 L378 710 L366 734 Z" fill="#e9f3f8"/>` +
      `<rect x="452" y="598" width="64" height="46" rx="8" fill="#1d1e21"/>` +
      sheen(paint, 660, 430, 16, 170, 8) +
      printedBrand(paint, 560, 590, 200, 22, 0.75),
    bounds: box(300, 350, 466, 390),
    region: box(470, 440, 170, 110),
    shadow: { cx: 520, cy: 744, rx: 230, ry: 16 },
    focus: { x: 380, y: 700 },
  };
}

/** Phono preamps: a small metal box, input and output RCA jacks and a gain knob on the front. */
function preamp(paint: PaintContext) {
  const jack = (x: number, ring: string) =>
    `<circle cx="${fmt(x)}" cy="560" r="26" fill="${ring}"/>` +
    `<circle cx="${fmt(x)}" cy="560" r="16" fill="${paint.mat('gold')}"/>` +
    `<circle cx="${fmt(x)}" cy="560" r="6" fill="#2a2218"/>`;
  return {
    svg:
      `<path d="M250 470 L330 400 H790 L710 470 Z" fill="${paint.hi}"/>` +
      `<path d="M710 470 L790 400 V620 L710 690 Z" fill="${paint.lo}"/>` +
      `<rect x="250" y="470" width="460" height="220" fill="${paint.base}"/>` +
      `<rect x="250" y="470" width="460" height="220" fill="${paint.vol}" fill-opacity=".4"/>` +
      jack(310, '#c8312f') +
      jack(380, '#f0eee8') +
      jack(450, '#c8312f') +
      jack(520, '#f0eee8') +
      // The gain knob with its pointer, and a power light.
      `<circle cx="630" cy="570" r="52" fill="${paint.mat('steel')}"/>` +
      `<circle cx="630" cy="570" r="40" fill="${paint.mat('steel')}" stroke="#000" stroke-opacity=".2" stroke-width="3"/>` +
      `<path d="M630 570 L606 536" stroke="#2a2d31" stroke-width="6" stroke-linecap="round"/>` +
      `<circle cx="680" cy="496" r="7" fill="#7df0a8"/>` +
      `<rect x="270" y="690" width="40" height="14" rx="4" fill="#1d1e21"/>` +
      `<rect x="650" y="690" width="40" height="14" rx="4" fill="#1d1e21"/>` +
      printedBrand(paint, 415, 512, 260, 22, 0.75),
    bounds: box(250, 400, 540, 304),
    region: box(280, 610, 260, 60),
    shadow: { cx: 520, cy: 706, rx: 300, ry: 16 },
    focus: { x: 630, y: 570 },
  };
}

/** Kitchen utensil sets: a spoon, a turner and a fork fanned out, tied at the handles. */
function utensilSet(paint: PaintContext) {
  const handle = `<rect x="490" y="470" width="44" height="380" rx="22" fill="${paint.cyl}"/>`;
  const spoon =
    handle +
    `<ellipse cx="512" cy="330" rx="78" ry="118" fill="${paint.base}"/>` +
    `<ellipse cx="512" cy="320" rx="54" ry="88" fill="${paint.lo}" fill-opacity=".45"/>` +
    `<rect x="496" y="430" width="32" height="60" fill="${paint.base}"/>`;
  const turner =
    handle +
    `<path d="M432 230 H592 Q604 230 604 244 V420 Q604 440 584 444 L540 470 H484 L440 444 Q420 440 420 420 V244 Q420 230 432 230 Z" fill="${paint.base}"/>` +
    [462, 500, 538]
      .map(
        (x) =>
          `<rect x="${fmt(x)}" y="262" width="24" height="96" rx="12" fill="#000" fill-opacity=".28"/>`,
      )
      .join('');
  const fork =
    handle +
    `<path d="M446 250 V380 Q446 440 496 450 V480 H528 V450 Q578 440 578 380 V250 H556 V370 H534 V250 H490 V370 H468 V250 Z" fill="${paint.base}"/>`;
  return {
    svg:
      `<g transform="rotate(-24 512 860)">${spoon}</g>` +
      `<g transform="rotate(24 512 860)">${fork}</g>` +
      turner +
      `<rect x="476" y="690" width="72" height="30" rx="6" fill="${paint.paper}"/>` +
      `<path d="M476 705 H548" stroke="${paint.accent}" stroke-width="4"/>` +
      sheen(paint, 498, 480, 10, 200, 5),
    bounds: box(210, 200, 604, 660),
    region: box(440, 370, 144, 56),
    shadow: { cx: 512, cy: 862, rx: 180, ry: 14 },
    focus: { x: 512, y: 300 },
  };
}

/** Drip-bag coffee: a sealed sachet and, in front, the filter bag with its paper hanger arms. */
function dripBag(paint: PaintContext) {
  const crimp = Array.from({ length: 16 }, (_, i) => `M${fmt(262 + i * 18)} 262 V292`).join(' ');
  return {
    svg:
      // The sachet in the product's colour, stood up behind.
      `<rect x="250" y="250" width="300" height="500" rx="10" fill="${paint.base}"/>` +
      `<rect x="250" y="250" width="300" height="500" rx="10" fill="${paint.vol}" fill-opacity=".45"/>` +
      `<path d="${crimp}" stroke="${paint.lo}" stroke-width="4"/>` +
      printedBrand(paint, 400, 360, 240, 30) +
      // The filter bag: white paper, a tear line and the two hanger arms that hook over a cup.
      `<path d="M520 420 H760 V760 H520 Z" fill="#f7f4ec" stroke="#cfc6b3" stroke-width="3"/>` +
      // The ground coffee shows through the paper at the bottom.
      `<path d="M524 640 Q640 610 756 640 V756 H524 Z" fill="#6b4a2e" fill-opacity=".22"/>` +
      `<path d="M520 420 H760 V440 H520 Z" fill="#e6e0d2"/>` +
      `<path d="M528 456 H752" stroke="#9b9385" stroke-width="3" stroke-dasharray="8 7"/>` +
      `<path d="M520 500 L450 470 L462 610 L520 620 Z" fill="#e6d6b4" stroke="#a8977a" stroke-width="3"/>` +
      `<path d="M760 500 L830 470 L818 610 L760 620 Z" fill="#e6d6b4" stroke="#a8977a" stroke-width="3"/>` +
      `<path d="M470 520 L508 534 M810 520 L772 534" stroke="#b9ae98" stroke-width="3"/>` +
      shade('M250 720 H550 V740 Q550 750 540 750 H260 Q250 750 250 740 Z', 0.15),
    bounds: box(250, 250, 580, 510),
    region: box(270, 430, 160, 250),
    shadow: { cx: 530, cy: 760, rx: 300, ry: 16 },
    focus: { x: 640, y: 540 },
  };
}

/** Wall calendars: a picture page over a month grid, bound with rings and hung from a hook. */
function calendar(paint: PaintContext) {
  const rings = Array.from(
    { length: 13 },
    (_, i) =>
      `<path d="M${fmt(322 + i * 32)} 240 V214 Q${fmt(322 + i * 32)} 202 ${fmt(332 + i * 32)} 202" stroke="${paint.mat('steel')}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
  ).join('');
  const cells = Array.from({ length: 35 }, (_, i) => {
    const x = 330 + (i % 7) * 52;
    const y = 640 + Math.floor(i / 7) * 44;
    const marked = i === 17;
    return `<rect x="${fmt(x)}" y="${fmt(y)}" width="46" height="38" fill="${marked ? paint.accent : '#000'}" fill-opacity="${marked ? '.7' : '.06'}"/>`;
  }).join('');
  return {
    svg:
      `<path d="M488 204 L512 170 L536 204" stroke="#5b6168" stroke-width="5" fill="none"/>` +
      `<rect x="306" y="218" width="412" height="672" fill="#e8e2d4"/>` +
      `<rect x="300" y="210" width="424" height="672" fill="#fbf9f4"/>` +
      // The picture page: painted in the product's colour, a sun over two hills.
      `<rect x="320" y="250" width="384" height="310" fill="${paint.base}"/>` +
      `<circle cx="626" cy="322" r="40" fill="${paint.paper}" fill-opacity=".8"/>` +
      `<path d="M320 500 C400 440 470 450 540 490 C600 460 660 456 704 480 V560 H320 Z" fill="${paint.lo}"/>` +
      `<rect x="330" y="590" width="120" height="22" rx="4" fill="${paint.ink}" fill-opacity=".75"/>` +
      `<rect x="600" y="594" width="84" height="14" rx="4" fill="${paint.ink}" fill-opacity=".35"/>` +
      cells +
      `<rect x="300" y="202" width="424" height="30" fill="#1f2024"/>` +
      rings,
    bounds: box(300, 170, 424, 720),
    region: box(340, 270, 220, 150),
    shadow: { cx: 512, cy: 890, rx: 220, ry: 12 },
    focus: { x: 512, y: 230 },
  };
}

/** One pencil, drawn horizontally: sharpened cone and lead on the left, ferrule and eraser right. */
function pencilShape(paint: PaintContext, dy: number): string {
  const y = (v: number) => fmt(v + dy);
  return (
    `<path d="M330 ${y(462)} L196 ${y(512)} L330 ${y(562)} Z" fill="#e6c79c"/>` +
    `<path d="M196 ${y(512)} L240 ${y(496)} V${y(528)} Z" fill="#2b2b2e"/>` +
    // Where the sharpener cut the paint, the hexagon's facets leave a scalloped edge.
    `<path d="M330 ${y(462)} Q310 ${y(478)} 330 ${y(492)} Q310 ${y(512)} 330 ${y(532)} Q310 ${y(546)} 330 ${y(562)} Z" fill="${paint.base}"/>` +
    `<rect x="328" y="${y(462)}" width="472" height="30" fill="${paint.hi}"/>` +
    `<rect x="328" y="${y(492)}" width="472" height="40" fill="${paint.base}"/>` +
    `<rect x="328" y="${y(532)}" width="472" height="30" fill="${paint.lo}"/>` +
    `<rect x="800" y="${y(460)}" width="58" height="104" fill="${paint.mat('steel')}"/>` +
    `<path d="M814 ${y(460)} V${y(564)} M830 ${y(460)} V${y(564)} M846 ${y(460)} V${y(564)}" stroke="#6b7178" stroke-width="3"/>` +
    `<path d="M858 ${y(464)} H884 Q904 ${y(464)} 904 ${y(490)} V${y(534)} Q904 ${y(560)} 884 ${y(560)} H858 Z" fill="#e79a9a"/>`
  );
}

function pencil(paint: PaintContext) {
  // Two of the set side by side, turned on the diagonal the way they are photographed.
  return {
    svg: `<g transform="rotate(-32 512 512)">${pencilShape(paint, -118)}${pencilShape(paint, 0)}</g>`,
    bounds: box(155, 162, 717, 562),
    region: box(528, 470, 50, 50),
    shadow: { cx: 512, cy: 780, rx: 300, ry: 18 },
    focus: { x: 330, y: 660 },
  };
}

/** Aquarium driftwood: a long bleached branch, gnarled, with a side fork, knots and grain along it. */
function driftwood(paint: PaintContext) {
  const trunk =
    'M170 604 C240 566 330 558 420 548 C520 538 600 500 700 470 C760 452 810 440 862 440 ' +
    'L852 458 L874 482 C800 500 730 532 650 568 C560 608 470 650 380 664 C300 676 230 682 182 680 ' +
    'L150 700 L164 654 L138 632 Z';
  const grain = [0, 1, 2, 3, 4]
    .map(
      (i) =>
        `<path d="M${fmt(200 + i * 6)} ${fmt(604 + i * 16)} C330 ${fmt(580 + i * 16)} 470 ${fmt(572 + i * 14)} 600 ${fmt(526 + i * 14)} S780 ${fmt(462 + i * 8)} 850 ${fmt(452 + i * 6)}" stroke="${paint.lo}" stroke-width="4" fill="none" stroke-linecap="round" stroke-opacity=".65"/>`,
    )
    .join('');
  return {
    svg:
      `<path d="M578 524 C610 462 640 410 688 338 L708 350 L700 372 C680 420 662 472 644 514 Z" fill="${paint.base}"/>` +
      `<path d="M604 500 C628 452 652 410 694 352" stroke="${paint.lo}" stroke-width="4" fill="none" stroke-opacity=".65"/>` +
      `<path d="M340 564 C320 526 298 504 262 484 L280 470 C322 490 352 514 384 556 Z" fill="${paint.base}"/>` +
      `<path d="${trunk}" fill="${paint.base}"/>` +
      `<path d="${trunk}" fill="${paint.vol}" fill-opacity=".35"/>` +
      grain +
      `<ellipse cx="560" cy="566" rx="20" ry="11" fill="${paint.deep}" fill-opacity=".6"/>` +
      `<ellipse cx="300" cy="630" rx="15" ry="9" fill="${paint.deep}" fill-opacity=".55"/>` +
      `<path d="M170 604 L138 632 L164 654 L150 700 L182 680 Z" fill="${paint.lo}"/>`,
    bounds: box(138, 338, 736, 362),
    region: box(390, 580, 130, 44),
    shadow: { cx: 512, cy: 690, rx: 350, ry: 18 },
    focus: { x: 660, y: 420 },
  };
}

export const namedGoodsDrawings = {
  slipmat: family('fabric', 'table', slipmat, { lies: true }),
  'desk-mat': family('fabric', 'table', deskMat, { lies: true, scale: 'large' }),
  cartridge: family('matte', 'table', cartridge, { scale: 'small' }),
  preamp: family('matte', 'table', preamp, { scale: 'small' }),
  'utensil-set': family('wood', 'table', utensilSet, { lies: true }),
  'drip-bag': family('matte', 'table', dripBag, { scale: 'small' }),
  calendar: family('matte', 'wall', calendar),
  pencil: family('glossy', 'table', pencil, { lies: true, scale: 'small' }),
  driftwood: family('wood', 'table', driftwood),
} satisfies Record<string, FamilyDefinition>;
