import { mix } from '../colour.ts';
import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt, op } from '../svg.ts';
import { brandLabel, crease, seam, shade, sheen } from './shared.ts';

/** Home goods and furniture: ceramics, textiles, lighting and pieces that stand on the floor. */

function leaf(x: number, y: number, length: number, angle: number, tone: string): string {
  return (
    `<g transform="translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(angle)})">` +
    `<path d="M0 0 C${fmt(length * 0.35)} ${fmt(-length * 0.2)} ${fmt(length * 0.4)} ${fmt(-length * 0.75)} 0 ${fmt(-length)} C${fmt(-length * 0.4)} ${fmt(-length * 0.75)} ${fmt(-length * 0.35)} ${fmt(-length * 0.2)} 0 0 Z" fill="${tone}"/>` +
    `<path d="M0 0 V${fmt(-length * 0.92)}" stroke="#234a2a" stroke-width="3" fill="none" stroke-opacity=".45"/></g>`
  );
}

function candle(paint: PaintContext) {
  const glow = paint.def(
    'g-flame',
    `<radialGradient id="g-flame" cx=".5" cy=".65" r=".5"><stop offset="0" stop-color="#fff7d6"/><stop offset=".45" stop-color="#ffd166"/><stop offset="1" stop-color="#f08a24"/></radialGradient>`,
  );
  const halo = paint.def(
    'g-halo',
    `<radialGradient id="g-halo"><stop offset="0" stop-color="#ffe8a8" stop-opacity=".55"/><stop offset="1" stop-color="#ffe8a8" stop-opacity="0"/></radialGradient>`,
  );
  return {
    svg:
      `<circle cx="512" cy="380" r="110" fill="url(#${halo})"/>` +
      `<path d="M352 430 V800 C352 826 420 846 512 846 C604 846 672 826 672 800 V430 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="512" cy="430" rx="160" ry="36" fill="${paint.hi}"/>` +
      `<ellipse cx="512" cy="434" rx="144" ry="28" fill="#f3ead6"/>` +
      `<ellipse cx="512" cy="438" rx="40" ry="8" fill="#e2d4b4"/>` +
      `<path d="M512 436 C510 420 516 410 512 398" stroke="#2b2420" stroke-width="5" fill="none"/>` +
      `<path d="M512 312 C540 350 544 380 530 396 C522 404 502 404 494 396 C480 380 486 350 512 312 Z" fill="url(#${glow})"/>` +
      sheen(paint, 380, 460, 26, 340, 12) +
      brandLabel(paint, 352, 560, 320, 150, { subtitle: 'Soy wax · 220 g', rx: 0 }) +
      shade(
        'M352 790 C352 816 420 836 512 836 C604 836 672 816 672 790 V800 C672 826 604 846 512 846 C420 846 352 826 352 800 Z',
        0.2,
      ),
    bounds: box(352, 312, 320, 534),
    region: box(384, 720, 256, 88),
    shadow: { cx: 512, cy: 846, rx: 190, ry: 18 },
    focus: { x: 512, y: 420 },
  };
}

function plantPot(paint: PaintContext) {
  const leafTone = paint.mat('leaf');
  const leaves = [
    leaf(512, 500, 300, -8, leafTone),
    leaf(500, 500, 260, -42, '#4f8a45'),
    leaf(524, 500, 270, 38, '#5e9a4e'),
    leaf(490, 500, 220, -70, '#3f7a40'),
    leaf(534, 500, 230, 68, '#467f42'),
    leaf(512, 500, 200, 12, '#6aa75a'),
  ].join('');
  return {
    svg:
      leaves +
      `<path d="M352 560 H672 L640 836 C638 848 628 854 616 854 H408 C396 854 386 848 384 836 Z" fill="${paint.cyl}"/>` +
      `<path d="M330 500 H694 V566 H330 Z" fill="${paint.cyl}"/>` +
      `<path d="M330 500 H694 V512 H330 Z" fill="#fff" fill-opacity=".2"/>` +
      `<path d="M352 566 H672 L670 582 H354 Z" fill="#000" fill-opacity=".18"/>` +
      `<ellipse cx="512" cy="500" rx="182" ry="12" fill="${paint.mat('soil')}"/>`,
    bounds: box(236, 200, 552, 654),
    region: box(400, 600, 224, 200),
    shadow: { cx: 512, cy: 856, rx: 170, ry: 18 },
    focus: { x: 512, y: 520 },
  };
}

function vase(paint: PaintContext) {
  const stems = [
    ['M490 330 C470 230 420 160 370 120', '#b79b6c'],
    ['M512 330 C516 220 530 150 560 96', '#a88c5e'],
    ['M534 330 C570 250 620 190 680 170', '#c2a878'],
    ['M500 330 C480 260 460 230 430 210', '#9c8458'],
  ]
    .map(([d, c]) => `<path d="${d}" fill="none" stroke="${c}" stroke-width="5"/>`)
    .join('');
  const fronds = [
    [370, 120, -40],
    [560, 96, 15],
    [680, 170, 55],
    [430, 210, -60],
  ]
    .map(
      ([x, y, a]) =>
        `<ellipse cx="${x}" cy="${y}" rx="24" ry="64" fill="#d8c6a0" transform="rotate(${a} ${x} ${y})"/>`,
    )
    .join('');
  // A round moon vase: a wide belly on a small foot, with a short neck.
  return {
    svg:
      stems +
      fronds +
      `<path d="M452 300 H572 V352 C700 380 778 470 778 590 C778 720 690 810 600 836 V852 H424 V836 C334 810 246 720 246 590 C246 470 324 380 452 352 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="512" cy="300" rx="70" ry="16" fill="${paint.hi}"/><ellipse cx="512" cy="301" rx="52" ry="10" fill="${paint.deep}"/>` +
      `<path d="M300 520 C286 600 300 690 350 760" fill="none" stroke="#fff" stroke-width="18" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.6)}"/>` +
      shade('M424 836 C480 846 544 846 600 836 V852 H424 Z', 0.2),
    bounds: box(246, 40, 532, 812),
    region: box(390, 480, 244, 240),
    shadow: { cx: 512, cy: 852, rx: 200, ry: 18 },
    focus: { x: 512, y: 330 },
  };
}

function cushion(paint: PaintContext) {
  const shape = 'M250 280 Q512 318 774 280 Q738 520 774 760 Q512 722 250 760 Q286 520 250 280 Z';
  return {
    svg:
      `<path d="${shape}" fill="${paint.dome}"/>` +
      `<path d="${shape}" fill="${paint.vol}"/>` +
      `<path d="${shape}" fill="none" stroke="${paint.lo}" stroke-width="10" stroke-linejoin="round"/>` +
      crease('M262 292 C330 340 380 380 420 420', 16, 0.1) +
      crease('M762 292 C700 340 650 380 610 420', 16, 0.1) +
      crease('M262 748 C330 700 380 660 420 620', 16, 0.12) +
      crease('M762 748 C700 700 650 660 610 620', 16, 0.14) +
      crease('M320 330 C420 360 600 360 700 330', 10, 0.08, '#fff'),
    bounds: box(250, 280, 524, 480),
    region: box(380, 420, 264, 200),
    shadow: { cx: 512, cy: 770, rx: 270, ry: 22 },
    focus: { x: 300, y: 300 },
  };
}

function blanket(paint: PaintContext) {
  // A quilted throw laid out at an angle, one corner turned back to show the lighter reverse.
  const top =
    'M262 420 C262 398 280 388 304 388 H720 C744 388 762 398 762 420 L800 640 C804 664 790 676 766 676 H258 C234 676 220 664 224 640 Z';
  const clip = paint.def('c-quilt', `<clipPath id="c-quilt"><path d="${top}"/></clipPath>`);
  const quilting: string[] = [];
  for (let i = -3; i <= 4; i++) {
    const x = 300 + i * 110;
    quilting.push(`M${x} 392 L${x + 280} 672`, `M${x + 280} 392 L${x} 672`);
  }
  const reverse = mix(paint.base, '#fbf7ef', 0.55);
  return {
    svg:
      `<path d="M224 640 C220 664 234 676 258 676 H766 C790 676 804 664 800 640 L804 670 C806 694 792 706 768 706 H256 C232 706 218 694 220 670 Z" fill="${paint.lo}"/>` +
      `<path d="${top}" fill="${paint.soft}"/>` +
      `<path d="${top}" fill="${paint.vol}"/>` +
      `<g clip-path="url(#${clip})"><path d="${quilting.join(' ')}" fill="none" stroke="${paint.seam}" stroke-width="3" stroke-dasharray="8 7" stroke-opacity=".7"/></g>` +
      `<path d="${top}" fill="none" stroke="${paint.hi}" stroke-width="10" stroke-opacity=".7"/>` +
      `<path d="M560 388 H720 C744 388 762 398 762 420 L784 548 C700 520 620 470 560 388 Z" fill="#000" fill-opacity=".16"/>` +
      `<path d="M600 388 H720 C744 388 762 398 762 420 L778 520 C690 500 640 450 600 388 Z" fill="${reverse}"/>` +
      `<path d="M600 388 C640 450 690 500 778 520" fill="none" stroke="${paint.hi}" stroke-width="8"/>`,
    bounds: box(218, 388, 590, 318),
    region: box(300, 440, 250, 200),
    shadow: { cx: 512, cy: 700, rx: 300, ry: 24 },
    focus: { x: 680, y: 460 },
  };
}

function towel(paint: PaintContext) {
  const slab = (y: number, x0: number, x1: number, h: number, fill: string) =>
    `<path d="M${x0 + 30} ${y} H${x1 - 30} C${x1 + 6} ${y} ${x1 + 6} ${y + h} ${x1 - 30} ${y + h} H${x0 + 30} C${x0 - 6} ${y + h} ${x0 - 6} ${y} ${x0 + 30} ${y} Z" fill="${fill}"/>` +
    `<path d="M${x0 + 90} ${y + 8} V${y + h - 8} M${x0 + 106} ${y + 8} V${y + h - 8}" stroke="${paint.seam}" stroke-width="6" fill="none" stroke-opacity=".7"/>` +
    crease(`M${x0 + 30} ${y + h / 2} H${x1 - 30}`, 4, 0.08);
  return {
    svg:
      slab(690, 262, 770, 130, paint.top) +
      slab(560, 282, 750, 132, paint.top) +
      slab(430, 272, 760, 132, paint.top) +
      `<path d="M300 430 C320 390 360 380 400 380 H640 C690 380 730 392 746 432 Z" fill="${paint.hi}"/>`,
    bounds: box(256, 380, 520, 440),
    region: box(420, 576, 300, 100),
    shadow: { cx: 516, cy: 822, rx: 280, ry: 20 },
    focus: { x: 420, y: 500 },
  };
}

function lamp(paint: PaintContext) {
  const linen = mix('#f4efe4', paint.base, 0.12);
  const shadeFill = paint.def(
    'g-shade',
    `<linearGradient id="g-shade" x1="0" x2="1"><stop offset="0" stop-color="${mix(linen, '#000000', 0.1)}"/><stop offset=".4" stop-color="#fffdf6"/><stop offset="1" stop-color="${mix(linen, '#000000', 0.14)}"/></linearGradient>`,
  );
  return {
    svg:
      `<rect x="500" y="420" width="24" height="90" fill="${paint.mat('gold')}"/>` +
      `<path d="M470 520 C470 500 554 500 554 520 C640 560 680 640 670 720 C660 800 600 840 512 840 C424 840 364 800 354 720 C344 640 384 560 470 520 Z" fill="${paint.cyl}"/>` +
      `<path d="M400 640 C396 700 414 760 450 800" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" stroke-opacity="${op(paint.gloss * 0.6)}"/>` +
      `<path d="M372 180 H652 L734 440 H290 Z" fill="url(#${shadeFill})"/>` +
      `<path d="M290 440 H734" stroke="${mix(linen, '#000000', 0.2)}" stroke-width="6"/>` +
      `<path d="M372 180 H652" stroke="${mix(linen, '#000000', 0.15)}" stroke-width="4"/>` +
      `<ellipse cx="512" cy="446" rx="200" ry="10" fill="#fff5d8" fill-opacity=".7"/>`,
    bounds: box(290, 180, 444, 660),
    region: box(424, 600, 176, 170),
    shadow: { cx: 512, cy: 842, rx: 180, ry: 18 },
    focus: { x: 512, y: 650 },
  };
}

function chair(paint: PaintContext) {
  const wood = paint.mat('darkwood');
  return {
    svg:
      `<path d="M330 690 L300 860 H324 L360 700 Z M694 690 L724 860 H700 L664 700 Z" fill="${wood}"/>` +
      `<path d="M300 300 C300 240 340 220 400 220 H624 C684 220 724 240 724 300 V600 H300 Z" fill="${paint.soft}"/>` +
      `<path d="M300 300 C300 240 340 220 400 220 H624 C684 220 724 240 724 300 V600 H300 Z" fill="${paint.vol}"/>` +
      `<path d="M240 470 C240 440 262 424 290 424 H340 V700 H240 Z" fill="${paint.lo}"/>` +
      `<path d="M784 470 C784 440 762 424 734 424 H684 V700 H784 Z" fill="${paint.lo}"/>` +
      `<path d="M240 470 C240 440 262 424 290 424 H320 C300 440 300 460 300 470 Z" fill="#fff" fill-opacity=".12"/>` +
      `<path d="M330 560 C330 540 350 530 380 530 H644 C674 530 694 540 694 560 V660 H330 Z" fill="${paint.top}"/>` +
      `<path d="M330 560 C330 540 350 530 380 530 H644 C674 530 694 540 694 560" fill="none" stroke="#fff" stroke-width="5" stroke-opacity=".2"/>` +
      `<path d="M240 660 H784 V716 C784 730 774 736 760 736 H264 C250 736 240 730 240 716 Z" fill="${paint.lo}"/>` +
      `<path d="M300 700 L270 860 H296 L330 714 Z M724 700 L754 860 H728 L694 714 Z" fill="${wood}"/>` +
      seam('M330 270 H694', paint.seam, 3, 0.5) +
      crease('M420 300 C440 380 440 440 420 500', 14, 0.06) +
      crease('M604 300 C584 380 584 440 604 500', 14, 0.08),
    bounds: box(240, 220, 544, 640),
    region: box(360, 290, 304, 210),
    shadow: { cx: 512, cy: 860, rx: 280, ry: 24 },
    focus: { x: 512, y: 560 },
  };
}

function table(paint: PaintContext) {
  const grain =
    paint.finish === 'wood'
      ? `<path d="M300 430 C420 416 600 420 720 436 M280 452 C420 440 620 444 744 458 M330 474 C460 466 600 468 700 478" fill="none" stroke="#000" stroke-width="2" stroke-opacity=".08"/>`
      : '';
  return {
    svg:
      `<ellipse cx="512" cy="846" rx="170" ry="36" fill="${paint.lo}"/>` +
      `<ellipse cx="512" cy="836" rx="170" ry="34" fill="${paint.cyl}"/>` +
      `<path d="M446 500 H578 L562 834 H462 Z" fill="${paint.cyl}"/>` +
      `<path d="M230 440 V476 C230 520 356 548 512 548 C668 548 794 520 794 476 V440 Z" fill="${paint.cyl}"/>` +
      `<ellipse cx="512" cy="440" rx="282" ry="72" fill="${paint.top}"/>` +
      grain +
      `<ellipse cx="512" cy="440" rx="282" ry="72" fill="none" stroke="#fff" stroke-width="3" stroke-opacity=".25"/>`,
    bounds: box(230, 368, 564, 514),
    region: box(472, 580, 84, 230),
    shadow: { cx: 512, cy: 860, rx: 230, ry: 26 },
    focus: { x: 512, y: 470 },
  };
}

function shelf(paint: PaintContext) {
  const books = (x: number, y: number, tones: readonly string[]) =>
    tones
      .map((tone, i) => {
        const h = 150 - (i % 3) * 16;
        return `<rect x="${x + i * 30}" y="${y - h}" width="26" height="${h}" rx="2" fill="${tone}"/><rect x="${x + i * 30 + 4}" y="${y - h + 18}" width="18" height="5" fill="#fff" fill-opacity=".5"/>`;
      })
      .join('');
  const tones = [paint.accent, '#d9d2c3', paint.secondary, '#8a8f94', '#c9b48f', paint.accent];
  const back = mix(paint.base, '#000000', 0.08);
  return {
    svg:
      `<rect x="290" y="140" width="444" height="720" fill="${back}"/>` +
      shade('M318 166 H706 V196 H318 Z M318 396 H706 V420 H318 Z M318 626 H706 V650 H318 Z', 0.14) +
      books(330, 372, tones.slice(0, 5)) +
      `<path d="M600 372 C600 320 620 300 640 300 C660 300 680 320 680 372 Z" fill="#efe9dd"/>` +
      books(520, 602, tones.slice(1)) +
      `<rect x="350" y="540" width="90" height="62" rx="6" fill="#efe9dd"/>` +
      `<path d="M360 540 C360 500 430 500 430 540" fill="${paint.mat('leaf')}"/>` +
      `<rect x="290" y="140" width="28" height="720" fill="${paint.cyl}"/><rect x="706" y="140" width="28" height="720" fill="${paint.cyl}"/>` +
      [140, 372, 602, 832]
        .map((y) => `<rect x="290" y="${y}" width="444" height="28" fill="${paint.top}"/>`)
        .join('') +
      `<rect x="300" y="860" width="20" height="20" fill="${paint.lo}"/><rect x="704" y="860" width="20" height="20" fill="${paint.lo}"/>`,
    bounds: box(290, 140, 444, 740),
    region: box(330, 668, 364, 150),
    shadow: { cx: 512, cy: 878, rx: 250, ry: 18 },
    focus: { x: 512, y: 480 },
  };
}

function rug(paint: PaintContext) {
  const fringe = (y: number, x0: number, x1: number, dir: number) =>
    `<path d="${Array.from({ length: 24 }, (_, i) => `M${fmt(x0 + ((x1 - x0) * i) / 23)} ${y} l0 ${dir * 22}`).join(' ')}" stroke="#efe6d2" stroke-width="5" stroke-linecap="round"/>`;
  return {
    svg:
      fringe(440, 300, 724, -1) +
      fringe(800, 180, 844, 1) +
      `<path d="M180 800 L300 440 H724 L844 800 Z" fill="${paint.seam}"/>` +
      `<path d="M222 780 L318 460 H706 L802 780 Z" fill="${paint.soft}"/>` +
      `<path d="M248 764 L330 476 H694 L776 764 Z" fill="none" stroke="${paint.hi}" stroke-width="6" stroke-opacity=".8"/>` +
      `<path d="M512 520 L620 620 L512 720 L404 620 Z" fill="none" stroke="${paint.seam}" stroke-width="10" stroke-opacity=".5"/>` +
      `<path d="M512 574 L566 620 L512 666 L458 620 Z" fill="${paint.seam}" fill-opacity=".35"/>`,
    bounds: box(180, 418, 664, 404),
    region: box(360, 540, 304, 180),
    shadow: { cx: 512, cy: 800, rx: 340, ry: 20 },
    focus: { x: 700, y: 700 },
  };
}

export const homeFamilies = {
  candle: family('glossy', 'table', candle),
  'plant-pot': family('matte', 'table', plantPot),
  vase: family('glossy', 'table', vase),
  cushion: family('fabric', 'floor', cushion, { lies: true, scale: 'medium' }),
  blanket: family('knit', 'floor', blanket, { lies: true, scale: 'medium' }),
  towel: family('fabric', 'table', towel),
  lamp: family('glossy', 'table', lamp),
  chair: family('fabric', 'floor', chair, { scale: 'large' }),
  table: family('wood', 'floor', table, { scale: 'large' }),
  shelf: family('wood', 'floor', shelf, { scale: 'large' }),
  rug: family('fabric', 'floor', rug, { lies: true, scale: 'large' }),
} satisfies Record<string, FamilyDefinition>;
