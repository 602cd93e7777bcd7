import { mix } from '../colour.ts';
import type { FamilyDefinition } from '../drawing.ts';
import { box, family } from '../drawing.ts';
import type { PaintContext } from '../paint.ts';
import { fmt } from '../svg.ts';
import { crease, printedBrand, seam, shade, stitch } from './shared.ts';

/** Garments as a ghost-mannequin front view; accessories of cloth (cap, beanie, scarf, sock). */

type Point = readonly [x: number, y: number];

/**
 * Vertical rib-knit lines across a four-cornered patch (cuffs, waistbands, scarf panels). Lines
 * are drawn as one path instead of a `<pattern>`: librsvg renders patterns far more slowly.
 */
function rib(corners: readonly [Point, Point, Point, Point], pitch = 12): string {
  const [tl, tr, br, bl] = corners;
  const count = Math.max(2, Math.round((tr[0] - tl[0]) / pitch));
  const parts: string[] = [];
  for (let i = 1; i < count; i++) {
    const t = i / count;
    const top = [tl[0] + (tr[0] - tl[0]) * t, tl[1] + (tr[1] - tl[1]) * t];
    const bottom = [bl[0] + (br[0] - bl[0]) * t, bl[1] + (br[1] - bl[1]) * t];
    parts.push(
      `M${fmt(top[0] ?? 0)} ${fmt(top[1] ?? 0)}L${fmt(bottom[0] ?? 0)} ${fmt(bottom[1] ?? 0)}`,
    );
  }
  return `<path d="${parts.join('')}" stroke="#000" stroke-width="${fmt(pitch * 0.45)}" fill="none" stroke-opacity=".09"/>`;
}

/** Rib lines under an elliptical dome (beanie crown) standing on `baseY`. */
function domeRib(cx: number, baseY: number, rx: number, ry: number, pitch: number): string {
  const parts: string[] = [];
  for (let x = cx - rx + pitch; x < cx + rx; x += pitch) {
    const u = (x - cx) / rx;
    const top = baseY - ry * Math.sqrt(Math.max(0, 1 - u * u));
    parts.push(`M${fmt(x)} ${fmt(top + 6)}V${baseY}`);
  }
  return `<path d="${parts.join('')}" stroke="#000" stroke-width="${fmt(pitch * 0.42)}" fill="none" stroke-opacity=".09"/>`;
}

function tee(paint: PaintContext) {
  const body =
    'M452 206 C474 224 550 224 572 206 L706 252 L806 392 L724 438 L686 404 L690 800 Q512 814 334 800 L338 404 L300 438 L218 392 L318 252 Z';
  return {
    svg:
      `<path d="${body}" fill="${paint.soft}"/>` +
      `<path d="${body}" fill="${paint.vol}"/>` +
      `<path d="M452 206 C468 264 556 264 572 206 C552 216 472 216 452 206 Z" fill="${paint.deep}"/>` +
      seam('M448 208 C466 272 558 272 576 208', paint.seam, 12, 0.55) +
      shade('M318 252 L218 392 L300 438 L338 404 C334 340 326 290 318 252 Z', 0.06) +
      shade('M706 252 L806 392 L724 438 L686 404 C690 340 698 290 706 252 Z', 0.12) +
      seam('M320 256 C332 310 338 350 338 404', paint.seam, 2.5) +
      seam('M704 256 C692 310 686 350 686 404', paint.seam, 2.5) +
      stitch('M232 384 L306 424', paint.seam) +
      stitch('M792 384 L718 424', paint.seam) +
      stitch('M340 784 Q512 798 684 784', paint.seam) +
      crease('M352 440 C392 490 402 540 388 620', 14, 0.07) +
      crease('M672 450 C636 510 632 580 646 660', 14, 0.08) +
      crease('M420 740 C460 712 500 722 520 772', 12, 0.06),
    bounds: box(218, 206, 588, 608),
    region: box(376, 440, 272, 320),
    shadow: { cx: 512, cy: 818, rx: 260, ry: 22 },
    focus: { x: 512, y: 300 },
  };
}

function hoodie(paint: PaintContext) {
  const cuff = (d: string, corners: readonly [Point, Point, Point, Point]) =>
    `<path d="${d}" fill="${paint.lo}"/>` + rib(corners, 10);
  const hood = 'M384 272 C366 184 418 118 512 108 C606 118 658 184 640 272 Z';
  const cord = mix(paint.base, paint.onBody, 0.55);
  const torso =
    'M420 240 C388 246 354 254 332 264 C352 300 358 360 356 422 L358 774 L666 774 L668 422 C666 360 672 300 692 264 C670 254 636 246 604 240 Z';
  return {
    svg:
      `<path d="${hood}" fill="${paint.top}"/>` +
      `<path d="${hood}" fill="${paint.vol}"/>` +
      shade('M512 108 C606 118 658 184 640 272 H512 Z', 0.08) +
      seam('M512 110 V150', paint.seam, 3) +
      `<path d="M332 262 C292 280 274 340 268 430 L240 726 L310 734 L384 430 L384 300 Z" fill="${paint.soft}"/>` +
      `<path d="M692 262 C732 280 750 340 756 430 L784 726 L714 734 L640 430 L640 300 Z" fill="${paint.soft}"/>` +
      shade('M692 262 C732 280 750 340 756 430 L784 726 L714 734 L660 430 Z', 0.12) +
      cuff('M240 722 L310 730 L306 790 L238 784 Z', [
        [240, 722],
        [310, 730],
        [306, 790],
        [238, 784],
      ]) +
      cuff('M784 722 L714 730 L718 790 L786 784 Z', [
        [714, 730],
        [784, 722],
        [786, 784],
        [718, 790],
      ]) +
      `<path d="${torso}" fill="${paint.soft}"/>` +
      `<path d="${torso}" fill="${paint.vol}"/>` +
      `<path d="M358 770 H666 L662 838 H362 Z" fill="${paint.base}"/>` +
      rib(
        [
          [358, 770],
          [666, 770],
          [662, 838],
          [362, 838],
        ],
        10,
      ) +
      seam('M358 772 H666', paint.seam, 3) +
      `<path d="M430 256 C420 196 460 150 512 148 C564 150 604 196 594 256 C586 304 552 344 512 362 C472 344 438 304 430 256 Z" fill="${paint.deep}"/>` +
      shade(
        'M440 250 C436 200 470 166 512 164 C554 166 588 200 584 250 C560 220 464 220 440 250 Z',
        0.25,
      ) +
      `<path d="M430 256 C420 196 460 150 512 148 C564 150 604 196 594 256" fill="none" stroke="${paint.hi}" stroke-width="14" stroke-opacity=".8"/>` +
      `<path d="M430 252 C440 312 476 350 520 368" fill="none" stroke="${paint.base}" stroke-width="22" stroke-linecap="round"/>` +
      `<path d="M594 252 C584 312 548 350 504 368" fill="none" stroke="${paint.hi}" stroke-width="22" stroke-linecap="round"/>` +
      seam('M418 250 C428 322 472 366 512 380 C552 366 596 322 606 250', paint.seam, 2.5) +
      `<path d="M486 346 C484 388 480 428 476 476" fill="none" stroke="${cord}" stroke-width="8" stroke-linecap="round"/>` +
      `<path d="M538 346 C542 392 546 436 552 486" fill="none" stroke="${cord}" stroke-width="8" stroke-linecap="round"/>` +
      `<rect x="469" y="470" width="14" height="26" rx="4" fill="${paint.mat('steel')}"/><rect x="545" y="480" width="14" height="26" rx="4" fill="${paint.mat('steel')}"/>` +
      `<circle cx="486" cy="344" r="6" fill="${paint.mat('steel')}"/><circle cx="538" cy="344" r="6" fill="${paint.mat('steel')}"/>` +
      shade('M414 598 C404 650 386 690 372 714 L392 716 C406 690 420 650 426 600 Z', 0.22) +
      shade('M610 598 C620 650 638 690 652 714 L632 716 C618 690 604 650 598 600 Z', 0.22) +
      stitch('M418 606 H606', paint.seam) +
      seam('M414 598 H610', paint.seam, 2.5, 0.5) +
      seam('M414 598 C404 650 386 690 372 714 V770', paint.seam, 3) +
      seam('M610 598 C620 650 638 690 652 714 V770', paint.seam, 3) +
      seam('M332 264 C350 300 356 360 356 422', paint.seam, 2.5) +
      seam('M692 264 C674 300 668 360 668 422', paint.seam, 2.5) +
      crease('M290 470 C300 540 296 600 282 660', 12, 0.08) +
      crease('M738 470 C728 540 732 600 746 660', 12, 0.1) +
      crease('M380 440 C410 500 412 540 400 580', 12, 0.06),
    bounds: box(238, 112, 548, 726),
    region: box(384, 510, 256, 236),
    shadow: { cx: 512, cy: 848, rx: 260, ry: 22 },
    focus: { x: 512, y: 380 },
  };
}

function jacket(paint: PaintContext) {
  const steel = paint.mat('steel');
  const torso =
    'M436 220 C394 232 354 246 330 258 C350 296 358 356 356 418 L356 800 H668 L668 418 C666 356 674 296 694 258 C670 246 630 232 588 220 Z';
  return {
    svg:
      `<path d="M330 258 C290 276 272 336 266 426 L244 730 L314 736 L380 426 L380 290 Z" fill="${paint.soft}"/>` +
      `<path d="M694 258 C734 276 752 336 758 426 L780 730 L710 736 L644 426 L644 290 Z" fill="${paint.soft}"/>` +
      shade('M694 258 C734 276 752 336 758 426 L780 730 L710 736 L660 426 Z', 0.12) +
      `<path d="M244 726 L314 732 L310 790 L242 784 Z" fill="${paint.lo}"/>` +
      `<path d="M780 726 L710 732 L714 790 L782 784 Z" fill="${paint.lo}"/>` +
      `<path d="${torso}" fill="${paint.soft}"/>` +
      `<path d="${torso}" fill="${paint.vol}"/>` +
      `<path d="M356 796 H668 V842 H356 Z" fill="${paint.lo}"/>` +
      rib(
        [
          [356, 796],
          [668, 796],
          [668, 842],
          [356, 842],
        ],
        10,
      ) +
      `<path d="M440 210 C470 222 554 222 584 210 L592 262 C560 276 464 276 432 262 Z" fill="${paint.hi}"/>` +
      `<path d="M444 212 C470 200 554 200 580 212 C556 226 468 226 444 212 Z" fill="${paint.deep}"/>` +
      seam('M434 258 C466 272 558 272 590 258', paint.seam, 2.5) +
      `<path d="M512 268 V842" stroke="${paint.deep}" stroke-width="12"/>` +
      `<path d="M512 268 V842" stroke="${steel}" stroke-width="5" stroke-dasharray="3 3"/>` +
      `<rect x="503" y="276" width="18" height="40" rx="5" fill="${steel}"/>` +
      seam('M420 600 L386 720', paint.deep, 6, 0.7) +
      seam('M604 600 L638 720', paint.deep, 6, 0.7) +
      stitch('M360 316 C420 330 470 330 506 322', paint.seam) +
      stitch('M664 316 C604 330 554 330 518 322', paint.seam) +
      seam('M330 260 C350 296 356 356 356 418', paint.seam, 2.5) +
      seam('M694 260 C674 296 668 356 668 418', paint.seam, 2.5) +
      crease('M290 470 C300 540 296 600 282 660', 12, 0.08) +
      crease('M736 470 C726 540 730 600 744 660', 12, 0.1),
    bounds: box(242, 200, 540, 642),
    region: box(372, 340, 124, 250),
    shadow: { cx: 512, cy: 850, rx: 250, ry: 22 },
    focus: { x: 512, y: 300 },
  };
}

function dress(paint: PaintContext) {
  const outline =
    'M444 176 L474 176 C482 232 542 232 550 176 L580 176 C590 250 612 300 640 326 C632 380 620 420 616 450 C662 560 724 700 776 834 Q512 880 248 834 C300 700 362 560 408 450 C404 420 392 380 384 326 C412 300 434 250 444 176 Z';
  return {
    svg:
      `<path d="${outline}" fill="${paint.soft}"/>` +
      `<path d="M474 176 C482 232 542 232 550 176 C530 188 494 188 474 176 Z" fill="${paint.deep}"/>` +
      seam('M470 178 C478 240 546 240 554 178', paint.seam, 6, 0.5) +
      seam('M408 450 Q512 470 616 450', paint.seam, 3) +
      shade('M616 450 C662 560 724 700 776 834 Q700 850 640 856 C620 720 600 580 580 458 Z', 0.1) +
      crease('M470 470 C460 600 440 720 420 846', 16, 0.08) +
      crease('M556 470 C566 600 590 720 610 850', 16, 0.09) +
      crease('M512 470 C514 600 512 720 514 858', 10, 0.06, '#fff') +
      crease('M432 468 C400 600 360 720 320 838', 10, 0.05, '#fff') +
      crease('M440 330 C470 360 480 400 480 440', 10, 0.06) +
      stitch('M262 826 Q512 868 762 826', paint.seam),
    bounds: box(248, 176, 528, 692),
    region: box(444, 500, 136, 300),
    shadow: { cx: 512, cy: 866, rx: 250, ry: 22 },
    focus: { x: 512, y: 320 },
  };
}

function trousers(paint: PaintContext) {
  const legs =
    'M362 244 H662 C672 450 676 650 682 842 H538 L514 432 H510 L486 842 H342 C348 650 352 450 362 244 Z';
  return {
    svg:
      `<path d="${legs}" fill="${paint.soft}"/>` +
      shade('M512 252 H662 C672 450 676 650 682 842 H538 L514 432 Z', 0.07) +
      `<path d="M360 204 H664 L662 250 H362 Z" fill="${paint.hi}"/>` +
      seam('M362 250 H662', paint.seam, 3) +
      [392, 452, 572, 632]
        .map(
          (x) => `<rect x="${x - 7}" y="200" width="14" height="58" rx="3" fill="${paint.base}"/>`,
        )
        .join('') +
      `<circle cx="512" cy="226" r="9" fill="${paint.mat('steel')}"/>` +
      stitch('M534 252 V392 C534 412 522 424 512 428', paint.seam) +
      seam('M512 252 V428', paint.deep, 3) +
      seam('M400 252 C396 300 382 330 358 342', paint.deep, 3.5) +
      seam('M624 252 C628 300 642 330 666 342', paint.deep, 3.5) +
      crease('M424 300 C426 500 420 680 414 830', 6, 0.1, '#fff') +
      crease('M600 300 C598 500 604 680 610 830', 6, 0.1, '#fff') +
      crease('M470 470 C480 520 486 560 488 600', 10, 0.07) +
      stitch('M346 826 H482', paint.seam) +
      stitch('M542 826 H678', paint.seam),
    bounds: box(342, 200, 340, 642),
    region: box(376, 440, 96, 300),
    shadow: { cx: 512, cy: 846, rx: 190, ry: 18 },
    focus: { x: 512, y: 270 },
  };
}

function shorts(paint: PaintContext) {
  const legs =
    'M346 300 H678 C690 400 704 500 724 606 L546 630 L514 470 H510 L478 630 L300 606 C320 500 334 400 346 300 Z';
  const cord = paint.onBody;
  return {
    svg:
      `<path d="${legs}" fill="${paint.soft}"/>` +
      shade('M512 304 H678 C690 400 704 500 724 606 L546 630 L514 470 Z', 0.07) +
      `<path d="M344 236 H680 L680 304 H344 Z" fill="${paint.base}"/>` +
      crease('M344 250 H680 M344 270 H680 M344 290 H680', 2, 0.12) +
      [370, 410, 450, 490, 530, 570, 610, 650]
        .map((x) => crease(`M${x} 240 L${x + 6} 300`, 4, 0.1))
        .join('') +
      seam('M346 304 H678', paint.seam, 3) +
      `<circle cx="492" cy="284" r="6" fill="${paint.deep}"/><circle cx="532" cy="284" r="6" fill="${paint.deep}"/>` +
      `<path d="M492 284 C486 330 478 360 470 390 M532 284 C540 330 548 360 556 386" fill="none" stroke="${cord}" stroke-width="6" stroke-linecap="round"/>` +
      seam('M392 306 C388 350 374 376 350 388', paint.deep, 3.5) +
      seam('M632 306 C636 350 650 376 674 388', paint.deep, 3.5) +
      stitch('M530 306 V440 C530 456 520 466 512 470', paint.seam) +
      `<path d="M300 606 L478 630 L474 662 L296 638 Z" fill="${paint.hi}"/>` +
      `<path d="M724 606 L546 630 L550 662 L728 638 Z" fill="${paint.base}"/>` +
      seam('M300 606 L478 630 M724 606 L546 630', paint.seam, 2.5) +
      crease('M460 480 C466 520 470 560 470 600', 10, 0.07),
    bounds: box(296, 236, 432, 426),
    region: box(372, 400, 100, 180),
    shadow: { cx: 512, cy: 672, rx: 220, ry: 18 },
    focus: { x: 512, y: 300 },
  };
}

function leggings(paint: PaintContext) {
  const legs =
    'M380 224 H644 C654 360 640 520 622 660 C612 740 604 800 600 850 H540 C534 760 528 620 516 470 H508 C496 620 490 760 484 850 H424 C420 800 412 740 402 660 C384 520 370 360 380 224 Z';
  return {
    svg:
      `<path d="${legs}" fill="${paint.soft}"/>` +
      shade(
        'M516 470 C528 620 534 760 540 850 H600 C604 800 612 740 622 660 C640 520 650 360 640 300 Z',
        0.1,
      ) +
      `<path d="M376 180 H648 L644 262 H380 Z" fill="${paint.hi}"/>` +
      seam('M380 262 H644', paint.seam, 3) +
      seam('M512 262 L512 470', paint.seam, 2.5) +
      seam('M392 300 C392 480 410 640 440 850', paint.seam, 2) +
      seam('M632 300 C632 480 614 640 584 850', paint.seam, 2) +
      crease('M430 300 C438 420 444 540 450 620', 14, 0.14, '#fff') +
      crease('M580 300 C584 420 584 540 580 620', 10, 0.06, '#fff') +
      printedBrand(paint, 512, 230, 200, 26),
    bounds: box(376, 180, 272, 670),
    region: box(404, 300, 88, 260),
    shadow: { cx: 512, cy: 852, rx: 140, ry: 16 },
    focus: { x: 512, y: 240 },
  };
}

function sockShape(dx: number, dy: number): string {
  const p = (x: number, y: number) => `${fmt(x + dx)} ${fmt(y + dy)}`;
  return `M${p(400, 180)} H${fmt(540 + dx)} L${p(544, 520)} C${p(562, 562)} ${p(604, 580)} ${p(664, 584)} L${p(724, 588)} C${p(786, 594)} ${p(806, 644)} ${p(784, 678)} C${p(768, 702)} ${p(732, 706)} ${p(700, 706)} L${p(472, 706)} C${p(420, 706)} ${p(392, 672)} ${p(396, 620)} Z`;
}

function sock(paint: PaintContext) {
  const front = sockShape(0, 0);
  const back = sockShape(70, -40);
  return {
    svg:
      `<path d="${back}" fill="${paint.lo}"/>` +
      rib(
        [
          [470, 140],
          [610, 140],
          [610, 222],
          [470, 222],
        ],
        10,
      ) +
      `<path d="${front}" fill="${paint.soft}"/>` +
      `<path d="M400 180 H540 V262 H400 Z" fill="${paint.hi}"/>` +
      rib(
        [
          [400, 180],
          [540, 180],
          [540, 262],
          [400, 262],
        ],
        10,
      ) +
      seam('M400 262 H540', paint.seam, 3) +
      `<path d="M396 604 C392 672 420 706 472 706 L506 706 C486 672 478 634 480 596 C450 594 420 598 396 604 Z" fill="${paint.lo}"/>` +
      `<path d="M724 588 C786 594 806 644 784 678 C768 702 732 706 700 706 L690 706 C706 670 708 620 700 588 Z" fill="${paint.lo}"/>` +
      crease('M420 560 C450 580 480 600 520 606', 10, 0.08),
    bounds: box(392, 140, 484, 566),
    region: box(416, 290, 112, 240),
    shadow: { cx: 590, cy: 712, rx: 230, ry: 18 },
    focus: { x: 470, y: 240 },
  };
}

function cap(paint: PaintContext) {
  const crown = 'M262 612 C250 424 352 300 492 294 C640 290 736 400 742 596 Z';
  return {
    svg:
      `<path d="${crown}" fill="${paint.dome}"/>` +
      `<path d="${crown}" fill="${paint.vol}"/>` +
      seam('M492 296 C440 380 410 500 404 606', paint.seam, 3) +
      seam('M492 296 C560 370 612 480 630 600', paint.seam, 3) +
      seam('M492 296 C380 340 310 460 296 610', paint.seam, 2.5, 0.45) +
      `<circle cx="400" cy="396" r="6" fill="${paint.deep}"/><circle cx="560" cy="384" r="6" fill="${paint.deep}"/>` +
      `<ellipse cx="492" cy="296" rx="22" ry="10" fill="${paint.base}"/><ellipse cx="492" cy="294" rx="17" ry="7" fill="${paint.hi}"/>` +
      `<path d="M262 612 C252 570 262 548 290 540 C300 570 304 592 300 614 Z" fill="${paint.deep}" fill-opacity=".6"/>` +
      printedBrand(paint, 548, 500, 150, 30) +
      `<path d="M262 604 C400 626 620 626 742 590 L744 606 C620 640 400 640 264 620 Z" fill="${paint.lo}"/>` +
      `<path d="M560 604 C660 568 806 566 892 606 C914 620 908 644 882 652 C800 676 668 668 578 636 Z" fill="${paint.top}"/>` +
      shade(
        'M578 636 C668 668 800 676 882 652 C908 644 914 620 892 606 C896 630 860 640 800 644 C700 648 640 640 578 620 Z',
        0.2,
      ) +
      stitch('M600 612 C690 588 800 588 870 616', paint.seam) +
      stitch('M596 626 C690 604 800 606 866 632', paint.seam),
    bounds: box(250, 284, 654, 400),
    region: box(300, 430, 96, 150),
    shadow: { cx: 560, cy: 680, rx: 330, ry: 22 },
    focus: { x: 560, y: 520 },
  };
}

function beanie(paint: PaintContext) {
  const crown = 'M330 572 C324 340 408 236 512 234 C616 236 700 340 694 572 Z';
  const cuff = 'M314 548 H710 C718 610 718 670 710 730 H314 C306 670 306 610 314 548 Z';
  const pom: string[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    pom.push(
      `<circle cx="${fmt(512 + Math.cos(a) * 50)}" cy="${fmt(190 + Math.sin(a) * 44)}" r="24" fill="${paint.base}"/>`,
    );
  }
  return {
    svg:
      pom.join('') +
      `<circle cx="512" cy="190" r="56" fill="${paint.dome}"/>` +
      `<path d="${crown}" fill="${paint.dome}"/>` +
      domeRib(512, 560, 176, 320, 14) +
      `<path d="${cuff}" fill="${paint.cyl}"/>` +
      rib(
        [
          [312, 548],
          [712, 548],
          [712, 730],
          [312, 730],
        ],
        18,
      ) +
      seam('M314 550 H710', paint.deep, 4, 0.5) +
      `<rect x="454" y="610" width="116" height="58" rx="6" fill="${paint.mat('gum')}"/>` +
      printedBrand({ ...paint, onBody: '#3b2a1a' }, 512, 648, 96, 18),
    bounds: box(306, 120, 412, 610),
    region: box(400, 330, 224, 190),
    shadow: { cx: 512, cy: 736, rx: 220, ry: 20 },
    focus: { x: 512, y: 600 },
  };
}

function scarf(paint: PaintContext) {
  // Folded in a neat stack, with one fringed end falling over the front; a woven check.
  const fringe = (x0: number, x1: number, y: number) => {
    const lines: string[] = [];
    for (let x = x0 + 6; x < x1; x += 12) lines.push(`M${x} ${y}l${fmt((x % 5) - 2)} 50`);
    return `<path d="${lines.join('')}" stroke="${paint.base}" stroke-width="6" stroke-linecap="round"/>`;
  };
  const fold = (y: number, h: number, fill: string) =>
    `<path d="M250 ${y + 20} C250 ${y} 264 ${y} 290 ${y} H734 C760 ${y} 774 ${y} 774 ${y + 20} V${y + h - 16} C774 ${y + h} 760 ${y + h} 734 ${y + h} H290 C264 ${y + h} 250 ${y + h} 250 ${y + h - 16} Z" fill="${fill}"/>` +
    crease(`M262 ${y + h - 8} H762`, 6, 0.14);
  const check = (x0: number, x1: number, y0: number, y1: number) => {
    const d: string[] = [];
    for (let x = x0 + 40; x < x1; x += 80) d.push(`M${x} ${y0}V${y1}`);
    for (let y = y0 + 30; y < y1; y += 80) d.push(`M${x0} ${y}H${x1}`);
    return `<path d="${d.join('')}" stroke="${paint.seam}" stroke-width="6" stroke-opacity=".45"/>`;
  };
  return {
    svg:
      fold(420, 110, paint.lo) +
      fold(520, 110, paint.top) +
      fold(620, 120, paint.soft) +
      check(262, 762, 424, 736) +
      `<path d="M560 628 H700 L716 880 H576 Z" fill="${paint.cyl}"/>` +
      check(560, 716, 640, 880) +
      fringe(576, 716, 880) +
      `<path d="M560 628 H700" stroke="#fff" stroke-width="4" stroke-opacity=".25"/>` +
      `<path d="M270 440 C340 426 520 426 700 436" fill="none" stroke="#fff" stroke-width="6" stroke-opacity=".18"/>`,
    bounds: box(250, 420, 524, 510),
    region: box(300, 646, 240, 80),
    shadow: { cx: 512, cy: 748, rx: 290, ry: 24 },
    focus: { x: 640, y: 800 },
  };
}

export const apparelFamilies = {
  tee: family('fabric', 'hanging', tee, { lies: true }),
  hoodie: family('fabric', 'hanging', hoodie, { lies: true }),
  jacket: family('fabric', 'hanging', jacket, { lies: true }),
  dress: family('fabric', 'hanging', dress, { lies: true }),
  trousers: family('fabric', 'hanging', trousers, { lies: true }),
  shorts: family('fabric', 'hanging', shorts, { lies: true }),
  leggings: family('fabric', 'hanging', leggings, { lies: true }),
  sock: family('knit', 'table', sock, { lies: true }),
  cap: family('fabric', 'table', cap, { scale: 'medium' }),
  beanie: family('knit', 'table', beanie),
  scarf: family('knit', 'hanging', scarf, { lies: true }),
} satisfies Record<string, FamilyDefinition>;
