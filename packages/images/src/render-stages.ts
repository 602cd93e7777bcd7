import diagnosticsChannel from 'node:diagnostics_channel';

/**
 * Where each image spends its time, published on a `node:diagnostics_channel` so a benchmark (or a
 * tracer) can subscribe without the render path knowing about it; with no subscriber publishing is
 * skipped. Jobs (`storecraft:jobs:stage`) and the image job (`storecraft:image-job:stage`) publish
 * the same shape on their own channels.
 */
export interface StageTiming {
  /** `svg` (drawing), `encode` (librsvg rasterise + WebP encode of image and thumbnail), `pool` (waiting for a render slot, and crossing the thread boundary on worker threads). */
  stage: string;
  ms: number;
}

export const renderStageChannel = diagnosticsChannel.channel('storecraft:images:stage');

export function publishStage(stage: string, ms: number): void {
  if (renderStageChannel.hasSubscribers)
    renderStageChannel.publish({ stage, ms } satisfies StageTiming);
}
