import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * An async byte source like a renderer or a zip writer: yields each chunk on a later turn, then
 * throws `failure` if given (a source dying midway).
 */
export async function* chunksOverTime(
  chunks: Iterable<Uint8Array>,
  failure?: Error,
): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    await nextTurn();
    yield chunk;
  }
  if (failure) throw failure;
}
