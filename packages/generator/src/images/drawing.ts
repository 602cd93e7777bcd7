import type { Box, Point } from './geometry.ts';
import type { Finish, PaintContext } from './paint.ts';

/** Where the lifestyle shot stages the product. */
export type Setting = 'table' | 'floor' | 'hanging' | 'wall' | 'outdoor';

/** How big the product is next to the props of a lifestyle set (a plant, a cup, a book). */
export type Scale = 'small' | 'medium' | 'large';

/** What a family drawing returns: markup in its own frame plus what the studio needs to stage it. */
export interface ProductDrawing {
  svg: string;
  /** The whole product, for fitting it into each shot. */
  bounds: Box;
  /** A box inside the main body where the product colour dominates (no labels, no soles). */
  region: Box;
  /** Contact shadow on the ground. */
  shadow: { cx: number; cy: number; rx: number; ry: number };
  /** Centre of the close-up for the detail shot; defaults to the region's centre. */
  focus?: Point;
}

export interface FamilyDefinition {
  /** Surface used when the spec gives no (recognised) finish hint. */
  finish: Finish;
  setting: Setting;
  /** Lies flat naturally (garments, accessories), so the flat lay may turn it freely. */
  lies: boolean;
  scale: Scale;
  draw(paint: PaintContext): ProductDrawing;
}

export function family(
  finish: Finish,
  setting: Setting,
  draw: (paint: PaintContext) => ProductDrawing,
  options: { lies?: boolean; scale?: Scale } = {},
): FamilyDefinition {
  return { finish, setting, lies: options.lies ?? false, scale: options.scale ?? 'medium', draw };
}

/** Short-hand for boxes in drawings. */
export function box(x: number, y: number, width: number, height: number): Box {
  return { x, y, width, height };
}
