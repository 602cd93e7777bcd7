/** Procedural studio product shots as SVG: one drawing per image family, five compositions. */
export {
  describeImage,
  productBounds,
  productRegion,
  productShots,
  renderProductSvg,
} from './render-product-svg.ts';
export type { ProductImageSpec, ProductShot } from './render-product-svg.ts';
export { deltaE76, lighten, darken, mix, parseHex, rgbToLab, toHex } from './colour.ts';
export type { Lab, Rgb } from './colour.ts';
export type { Box } from './geometry.ts';
export type { Palette } from './paint.ts';
export { chooseDrawing, drawingNames, shapeClasses } from './shape-classes.ts';
export type { DrawingName, ProductFacts, ShapeClass } from './shape-classes.ts';
