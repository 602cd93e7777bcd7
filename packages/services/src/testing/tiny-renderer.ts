/**
 * A renderer for tests about builds and queues, not pictures (the pipeline test covers those):
 * every image job gets the same few bytes at once (an injected adapter, not a module mock).
 */
export const tinyRenderer = {
  render: () =>
    Promise.resolve({
      image: Buffer.from('RIFF-image'),
      thumbnail: Buffer.from('RIFF-thumb'),
      width: 1024,
      height: 1024,
      format: 'webp' as const,
    }),
};
