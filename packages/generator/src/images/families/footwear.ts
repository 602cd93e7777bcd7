import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt } from '../svg.ts';
import { crease, seam, shade, stitch } from './shared.ts';

/** Shoes in lateral profile, toe to the left, the way catalogue shots show them. */

function laces(points: readonly [number, number][], colour: string, half = 26): string {
  const parts: string[] = [];
  for (const [x, y] of points) {
    parts.push(
      `<path d="M${fmt(x - half * 0.8)} ${fmt(y - half * 0.6)} L${fmt(x + half * 0.8)} ${fmt(y + half * 0.6)}" stroke="${colour}" stroke-width="10" stroke-linecap="round"/>`,
    );
  }
  return parts.join('');
}

function sneaker(paint: PaintContext) {
  const upper =
    'M214 650 C210 598 252 560 330 540 L438 500 C486 474 530 432 566 392 L602 370 C618 392 640 416 690 420 C730 420 758 402 780 376 C806 396 832 452 832 540 L828 650 Z';
  const white = '#f6f4ef';
  const eyelets = [
    [432, 520],
    [470, 492],
    [508, 464],
    [546, 436],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="6" fill="${paint.deep}"/>`)
    .join('');
  return {
    svg:
      `<path d="M566 392 L588 330 C598 316 626 316 634 332 L652 416 C630 412 610 400 602 370 Z" fill="${paint.hi}"/>` +
      `<path d="M588 330 C598 316 626 316 634 332 L640 360 C626 352 604 352 592 360 Z" fill="${paint.lo}"/>` +
      `<path d="${upper}" fill="${paint.soft}"/>` +
      `<path d="${upper}" fill="${paint.vol}"/>` +
      `<path d="M214 650 C210 598 252 560 330 540 C350 580 356 620 352 650 Z" fill="${paint.lo}"/>` +
      stitch('M234 616 C258 586 296 566 336 556', paint.seam) +
      `<path d="M712 420 C744 416 766 398 780 376 C806 396 832 452 832 540 L828 650 H724 C740 570 736 480 712 420 Z" fill="${paint.lo}"/>` +
      stitch('M722 432 C744 500 748 570 738 640', paint.seam) +
      `<path d="M214 650 C240 626 300 616 380 618 H760 C790 618 816 626 828 636 V650 Z" fill="${paint.lo}"/>` +
      `<path d="M610 384 C636 410 660 420 690 420 C730 420 758 402 780 376 C758 384 720 398 688 398 C660 398 634 392 610 384 Z" fill="${paint.deep}"/>` +
      `<path d="M780 376 C790 360 806 356 814 368 L820 400 C812 390 800 386 790 388 Z" fill="${paint.accent}"/>` +
      `<path d="M412 528 L586 402" stroke="${paint.lo}" stroke-width="40" stroke-linecap="round"/>` +
      eyelets +
      laces(
        [
          [446, 498],
          [484, 470],
          [522, 442],
          [560, 414],
        ],
        white,
      ) +
      `<path d="M300 644 C220 650 196 660 198 684 C200 712 228 724 270 724 L800 724 C826 724 840 706 838 680 L834 640 Z" fill="${paint.mat('sole')}"/>` +
      `<path d="M204 700 C210 718 232 728 270 728 L802 728 C824 728 838 716 840 700 L840 716 C838 736 822 744 800 744 L262 744 C226 744 206 726 204 700 Z" fill="${paint.mat('gum')}"/>` +
      stitch('M226 676 L820 672', '#b9b3a8', 2),
    bounds: box(196, 316, 646, 428),
    region: box(440, 540, 250, 72),
    shadow: { cx: 518, cy: 744, rx: 336, ry: 24 },
    focus: { x: 520, y: 450 },
  };
}

function boot(paint: PaintContext) {
  const upper =
    'M232 640 C228 590 270 566 350 552 L450 536 C480 530 500 500 504 460 L512 250 C560 236 660 236 716 252 L736 420 C752 500 770 560 772 644 Z';
  const hooks = [300, 340, 380, 420]
    .map(
      (y) =>
        `<circle cx="${fmt(512 + (420 - y) * 0.03)}" cy="${y}" r="8" fill="${paint.mat('steel')}"/>`,
    )
    .join('');
  return {
    svg:
      `<path d="M512 256 C520 224 548 206 580 206 C600 206 612 222 610 244 Z" fill="${paint.lo}"/>` +
      `<path d="${upper}" fill="${paint.soft}"/>` +
      `<path d="${upper}" fill="${paint.vol}"/>` +
      `<path d="M512 250 C560 236 660 236 716 252 L718 286 C660 270 560 270 512 284 Z" fill="${paint.lo}"/>` +
      `<path d="M232 640 C228 590 270 566 350 552 L380 548 C400 590 404 620 396 640 Z" fill="${paint.lo}" fill-opacity=".6"/>` +
      `<path d="M680 300 C700 400 720 520 730 640 L772 644 C770 560 752 500 736 420 L716 290 Z" fill="${paint.lo}" fill-opacity=".45"/>` +
      stitch('M252 612 C280 586 330 572 384 566', paint.seam) +
      stitch('M530 470 C580 460 640 470 700 500', paint.seam) +
      seam('M504 460 C470 520 430 540 370 552', paint.seam, 3) +
      hooks +
      `<path d="M500 300 L528 320 M500 340 L528 360 M498 380 L528 400 M496 420 L526 440 M492 456 L520 476" stroke="${paint.mat('gum')}" stroke-width="8" stroke-linecap="round"/>` +
      `<path d="M222 636 H780 L782 676 H226 C214 676 212 646 222 636 Z" fill="${paint.mat('darkwood')}"/>` +
      stitch('M236 652 H770', '#e9dcc4', 2.5) +
      `<path d="M226 676 H782 L782 716 C782 726 776 730 766 730 H620 V712 H400 V730 H240 C228 730 222 720 226 676 Z" fill="${paint.mat('rubber')}"/>` +
      crease('M600 300 C620 380 630 440 640 500', 12, 0.08, '#fff'),
    bounds: box(212, 206, 572, 524),
    region: box(560, 310, 120, 150),
    shadow: { cx: 500, cy: 730, rx: 310, ry: 24 },
    focus: { x: 512, y: 380 },
  };
}

const footbed =
  'M-20 -310 C60 -316 110 -260 112 -180 C114 -100 92 -40 82 40 C76 100 96 160 92 220 C88 290 40 318 -10 318 C-60 318 -92 290 -94 220 C-96 160 -76 100 -84 20 C-92 -60 -112 -140 -100 -220 C-90 -280 -60 -306 -20 -310 Z';

function sandalFoot(paint: PaintContext, x: number, angle: number, mirror: boolean): string {
  const strap = (y: number, h: number, left: number, right: number) =>
    `<path d="M${left} ${y} C${left + 60} ${y - 22} ${right - 60} ${y - 22} ${right} ${y} L${right + 4} ${y + h} C${right - 60} ${y + h - 20} ${left + 60} ${y + h - 20} ${left - 4} ${y + h} Z" fill="${paint.cyl}"/>` +
    stitch(
      `M${left + 12} ${y + 12} C${left + 60} ${y - 6} ${right - 60} ${y - 6} ${right - 12} ${y + 12}`,
      paint.seam,
    ) +
    stitch(
      `M${left + 10} ${y + h - 14} C${left + 60} ${y + h - 30} ${right - 60} ${y + h - 30} ${right - 8} ${y + h - 14}`,
      paint.seam,
    ) +
    `<rect x="${right - 18}" y="${y + 18}" width="30" height="${h - 30}" rx="6" fill="none" stroke="${paint.mat('steel')}" stroke-width="8"/>`;
  return (
    `<g transform="translate(${x} 520) rotate(${angle})${mirror ? ' scale(-1 1)' : ''}">` +
    `<path d="${footbed}" fill="${paint.deep}" transform="translate(0 18)"/>` +
    `<path d="${footbed}" fill="${paint.hi}" stroke="${paint.lo}" stroke-width="12"/>` +
    shade('M-40 -250 C0 -270 60 -250 70 -190 C40 -210 -10 -220 -40 -250 Z', 0.08) +
    shade('M-60 200 C-40 280 40 280 60 200 C40 240 -40 240 -60 200 Z', 0.1) +
    strap(-190, 104, -126, 132) +
    strap(-10, 96, -110, 114) +
    `</g>`
  );
}

function sandal(paint: PaintContext) {
  return {
    svg: sandalFoot(paint, 404, -6, true) + sandalFoot(paint, 628, 6, false),
    bounds: box(268, 190, 500, 670),
    region: box(566, 340, 110, 56),
    shadow: { cx: 516, cy: 846, rx: 230, ry: 26 },
    focus: { x: 516, y: 380 },
  };
}

export const footwearFamilies = {
  sneaker: family('leather', 'floor', sneaker, { scale: 'small' }),
  boot: family('leather', 'floor', boot, { scale: 'small' }),
  sandal: family('leather', 'floor', sandal, { lies: true, scale: 'small' }),
} satisfies Record<string, FamilyDefinition>;
