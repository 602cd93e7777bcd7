export { renderImage } from './render-image.ts';
export type { ImageFormat, RenderImageOptions, RenderedImage } from './render-image.ts';
export { createRenderPool } from './render-pool.ts';
export type { RenderPool, RenderPoolOptions } from './render-pool.ts';
