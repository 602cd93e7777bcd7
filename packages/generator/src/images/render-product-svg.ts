import { AppError } from '@storecraft/core';
import { colourTable } from '../knowledge/colours.ts';
import type { ImageFamily } from '../knowledge/types.ts';
import { luminance, mix, parseHex, rgbToLab } from './colour.ts';
import type { FamilyDefinition, ProductDrawing, Scale, Setting } from './drawing.ts';
import type { Affine, Box } from './geometry.ts';
import {
  boundingBox,
  chain,
  intersect,
  inscribedBox,
  rotate,
  scale,
  toTransform,
  translate,
} from './geometry.ts';
import type { Palette } from './paint.ts';
import { createPaintContext, resolveFinish } from './paint.ts';
import { between, createRandom } from './prng.ts';
import {
  castShadow,
  flatLayScene,
  floorScene,
  groundShadow,
  hangingScene,
  outdoorScene,
  shadowDefs,
  studioSweep,
  studioTones,
  tableScene,
  wallScene,
} from './studio.ts';
import { chooseDrawing, drawings, families, type ProductFacts } from './shape-classes.ts';
import { fmt } from './svg.ts';

export const productShots = ['front', 'angle', 'detail', 'lifestyle', 'flat'] as const;
export type ProductShot = (typeof productShots)[number];

export interface ProductImageSpec {
  family: ImageFamily;
  /** The product's colour (hex); the product body is painted in it. */
  colour: string;
  /** Brand palette: the background tints the set, accent and text colour the labels. */
  palette: Palette;
  /** Printed on labels where it fits (bottles, bags, jars, boxes, tins, books). */
  brandName: string;
  /** One of `productShots`: the same product and colour, framed differently. */
  shot: string;
  /** Free-text material or finish hint (`glossy`, `stoneware`, `merino`); optional. */
  finish?: string;
  /** Integer for small deterministic variation (prop choice, tilt). */
  seed: number;
  /**
   * The product's facts: when they name a thing with a drawing of its own (a Dutch oven, a pencil
   * case, a keyboard), that drawing replaces the archetype's family (see `chooseDrawing`).
   */
  facts?: ProductFacts;
}

export { families } from './shape-classes.ts';

const canvas: Box = { x: 0, y: 0, width: 1024, height: 1024 };

function parseShot(shot: string): ProductShot {
  const known = productShots.find((s) => s === shot);
  if (!known) {
    throw new AppError(
      'INVALID_INPUT',
      `Unknown shot ${JSON.stringify(shot)}; expected one of ${productShots.join(', ')}`,
    );
  }
  return known;
}

function getFamily(spec: Pick<ProductImageSpec, 'family' | 'facts'>): FamilyDefinition {
  if (!Object.hasOwn(families, spec.family)) {
    throw new AppError('INVALID_INPUT', `Unknown image family ${JSON.stringify(spec.family)}`);
  }
  return drawings[chooseDrawing(spec.family, spec.facts)];
}

interface Scene {
  shot: ProductShot;
  definition: FamilyDefinition;
  drawing: ProductDrawing;
  transform: Affine;
  markup: () => string;
}

/**
 * The close-up: zoom on the drawing's focus (a handle, laces, a label), moved towards the colour
 * region as far as needed to keep a good piece of the coloured body in frame.
 */
function detailTransform(drawing: ProductDrawing, zoom: number): Affine {
  const r = drawing.region;
  const target = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  const focus = drawing.focus ?? target;
  const minimum = Math.min(140, (r.width * zoom) / 2) * Math.min(140, (r.height * zoom) / 2);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const f = { x: focus.x + (target.x - focus.x) * t, y: focus.y + (target.y - focus.y) * t };
    const m = chain(translate(512, 512), scale(zoom), translate(-f.x, -f.y));
    const visible = intersect(inscribedBox(m, r), canvas);
    if (visible.width * visible.height >= minimum) return m;
  }
  return chain(translate(512, 512), scale(zoom), translate(-target.x, -target.y));
}

/** Largest edge (px) of the product in a lifestyle set, so a ring is not as big as a chair. */
const lifestyleSize: Record<Setting, Record<Scale, number>> = {
  table: { small: 290, medium: 440, large: 520 },
  floor: { small: 320, medium: 460, large: 600 },
  outdoor: { small: 320, medium: 480, large: 660 },
  hanging: { small: 540, medium: 600, large: 640 },
  wall: { small: 360, medium: 460, large: 520 },
};

/** Scale that fits `b` into a `width × height` box, never blowing small drawings up too far. */
function fit(b: Box, width: number, height: number): number {
  return Math.min(width / b.width, height / b.height, 1.6);
}

function stage(spec: ProductImageSpec): Scene {
  const shot = parseShot(spec.shot);
  const definition = getFamily(spec);
  parseHex(spec.colour);
  const { primary, secondary, accent, background, text } = spec.palette;
  for (const value of [primary, secondary, accent, background, text]) parseHex(value);
  const paint = createPaintContext({
    colour: spec.colour.toLowerCase(),
    palette: spec.palette,
    brandName: spec.brandName,
    finish: resolveFinish(spec.finish, definition.finish),
    seed: spec.seed,
  });
  const drawing = definition.draw(paint);
  const random = createRandom((spec.seed * 2654435761) ^ shot.length);
  const tones = { ...studioTones(spec.palette), paper: paint.paper, ink: paint.ink };
  const b = drawing.bounds;
  const bottomCentre = { x: b.x + b.width / 2, y: b.y + b.height };
  const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const front = fit(b, 660, 640);
  const side = spec.seed % 2 === 0 ? 1 : -1;

  let transform: Affine;
  let backdrop: string;
  let mirrored = false;
  let shadow = groundShadow(drawing.shadow);
  switch (shot) {
    case 'front':
      transform = chain(
        translate(512, 850),
        scale(front),
        translate(-bottomCentre.x, -bottomCentre.y),
      );
      backdrop = studioSweep(tones.tint, 'centre');
      break;
    case 'angle': {
      // A turned view: the product mirrored (text kept readable), lit from the other side and
      // set off-centre with a longer shadow.
      transform = chain(
        translate(512 + side * 110, 840),
        scale(-front * 0.86, front * 0.86),
        translate(-bottomCentre.x, -bottomCentre.y),
      );
      backdrop = studioSweep(tones.tint, side > 0 ? 'right' : 'left');
      const s = drawing.shadow;
      shadow += `<ellipse cx="${fmt(s.cx + s.rx * 0.5)}" cy="${fmt(s.cy - s.ry * 0.2)}" rx="${fmt(s.rx * 1.3)}" ry="${fmt(s.ry * 1.6)}" fill="url(#s-soft)" fill-opacity=".75"/>`;
      mirrored = true;
      break;
    }
    case 'detail': {
      const zoom = front * 1.9;
      transform = detailTransform(drawing, zoom);
      backdrop = studioSweep(tones.tint, 'centre');
      break;
    }
    case 'lifestyle': {
      const size = lifestyleSize[definition.setting][definition.scale];
      const k = fit(b, size, size);
      switch (definition.setting) {
        case 'table':
          transform = chain(
            translate(470, 800),
            scale(k),
            translate(-bottomCentre.x, -bottomCentre.y),
          );
          backdrop = tableScene(tones, random, 700);
          break;
        case 'floor':
          transform = chain(
            translate(470, 900),
            scale(k),
            translate(-bottomCentre.x, -bottomCentre.y),
          );
          backdrop = floorScene(tones, random, 600);
          break;
        case 'outdoor':
          // Things that lie flat (a sleeping bag) lie down on the grass; the rest stand on it.
          transform = definition.lies
            ? chain(
                translate(512, 800),
                rotate(-84),
                scale(fit({ ...b, width: b.height, height: b.width }, size, size * 0.55)),
                translate(-centre.x, -centre.y),
              )
            : chain(translate(512, 880), scale(k), translate(-bottomCentre.x, -bottomCentre.y));
          backdrop = outdoorScene(random, 640);
          break;
        case 'hanging':
          transform = chain(
            translate(512, 246),
            scale(fit(b, 540, 640)),
            translate(-centre.x, -b.y),
          );
          backdrop = hangingScene(tones, 512, 196);
          shadow = castShadow(b);
          break;
        case 'wall':
          transform = chain(
            translate(512, 420),
            scale(fit(b, 460, 460)),
            translate(-centre.x, -centre.y),
          );
          backdrop = wallScene(tones, random, 770);
          shadow = castShadow(b);
          break;
        default:
          return definition.setting satisfies never;
      }
      break;
    }
    case 'flat': {
      const tilt = definition.lies ? between(random, 6, 16) : between(random, 2, 5);
      transform = chain(
        translate(512, 520),
        rotate(side * tilt),
        scale(fit(b, 600, 600)),
        translate(-centre.x, -centre.y),
      );
      backdrop = flatLayScene(tones, random, spec.brandName);
      shadow = castShadow(b);
      break;
    }
    default:
      return shot satisfies never;
  }

  const markup = () =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">` +
    `<defs>${shadowDefs(tones.tint)}${paint.defs()}</defs>` +
    backdrop +
    `<g transform="${toTransform(transform)}">${shadow}${mirrored ? unmirrorText(drawing.svg) : drawing.svg}</g>` +
    `</svg>`;
  return { shot, definition, drawing, transform, markup };
}

/** Inside a mirrored group, flip every text back around its own anchor so labels stay readable. */
function unmirrorText(svg: string): string {
  return svg.replace(
    /<text x="(-?[\d.]+)"/g,
    (_, x: string) => `<text transform="matrix(-1 0 0 1 ${fmt(2 * Number(x))} 0)" x="${x}"`,
  );
}

const unsafeAttribute = /="[^"]*(?:NaN|undefined|Infinity)/;

/** A complete 1024 × 1024 studio shot of the product as SVG markup. */
export function renderProductSvg(spec: ProductImageSpec): string {
  const svg = stage(spec).markup();
  if (unsafeAttribute.test(svg)) {
    throw new AppError('INTERNAL', `The ${spec.family} drawing produced an invalid number`);
  }
  return svg;
}

/** A box on the 1024 canvas inside which the product body, in its colour, dominates. */
export function productRegion(spec: ProductImageSpec): Box {
  const { drawing, transform } = stage(spec);
  const inner = intersect(inscribedBox(transform, drawing.region), {
    x: canvas.x + 4,
    y: canvas.y + 4,
    width: canvas.width - 8,
    height: canvas.height - 8,
  });
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r(inner.x), y: r(inner.y), width: r(inner.width), height: r(inner.height) };
}

/** The product's bounding box on the canvas (useful for crops and tests). */
export function productBounds(spec: ProductImageSpec): Box {
  const { drawing, transform } = stage(spec);
  return intersect(boundingBox(transform, drawing.bounds), canvas);
}

const describableColours = Object.entries(colourTable).filter(
  ([name]) => !/Clear|Gold|Silver|Bronze|Copper|Amber/.test(name),
);

/**
 * The backdrop is a pale wash of the brand background: near-neutral washes are called white or
 * light grey, tinted ones after the hue of the background (the nearest named colour, weighing hue
 * over lightness; dark backgrounds are lifted first since the set is always light).
 */
function backdropName(background: string, tint: string): string {
  const [tl, ta, tb] = rgbToLab(parseHex(tint));
  if (Math.hypot(ta, tb) < 3) return tl > 90 ? 'white' : 'light grey';
  const lifted = luminance(background) < 0.2 ? mix(background, '#ffffff', 0.25) : background;
  const [l, a, b] = rgbToLab(parseHex(lifted));
  let best = 'white';
  let bestDistance = Infinity;
  for (const [name, hex] of describableColours) {
    const [l2, a2, b2] = rgbToLab(parseHex(hex));
    const distance = Math.hypot((l - l2) * 0.4, a - a2, b - b2);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name.toLowerCase();
    }
  }
  return best;
}

/** Alt text for what `renderProductSvg` draws, e.g. "Forest Green hoodie, front view on a soft cream backdrop". */
export function describeImage(
  spec: ProductImageSpec & { productNoun: string; colourName: string | null },
): string {
  const shot = parseShot(spec.shot);
  const definition = getFamily(spec);
  const subject = spec.colourName ? `${spec.colourName} ${spec.productNoun}` : spec.productNoun;
  const backdrop = backdropName(spec.palette.background, studioTones(spec.palette).tint);
  let text: string;
  switch (shot) {
    case 'front':
      text = `${subject}, front view on a soft ${backdrop} backdrop`;
      break;
    case 'angle':
      text = `${subject}, angled view on a soft ${backdrop} backdrop`;
      break;
    case 'detail':
      text = `${subject}, close-up detail on a soft ${backdrop} backdrop`;
      break;
    case 'lifestyle':
      text = `${subject} ${lifestylePhrases[definition.setting]}`;
      break;
    case 'flat':
      text = `${subject}, flat lay from above on a soft ${backdrop} surface with a sprig of eucalyptus and a brand tag`;
      break;
    default:
      return shot satisfies never;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const lifestylePhrases: Record<FamilyDefinition['setting'], string> = {
  table: 'on an oak table by a window, beside a potted plant',
  floor: 'in a bright room on oak floorboards, beside a potted plant',
  hanging: 'hanging from a wooden peg rail on a light wall',
  wall: 'hanging on a light wall above an oak sideboard',
  outdoor: 'pitched on a grassy meadow below pine-covered hills',
};
