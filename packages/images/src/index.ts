export { renderImage } from './render-image.ts';
export type { ImageFormat, RenderImageOptions, RenderedImage } from './render-image.ts';
export { createRenderPool } from './render-pool.ts';
export type { RenderPool, RenderPoolOptions } from './render-pool.ts';
export { publishStage, renderStageChannel } from './render-stages.ts';
export type { StageTiming } from './render-stages.ts';
export { renderContactSheet } from './contact-sheet.ts';
export type { ContactSheetItem, ContactSheetOptions } from './contact-sheet.ts';
