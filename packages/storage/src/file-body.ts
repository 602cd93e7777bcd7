import { AppError } from '@storecraft/core';
import type { FileBody } from './file-storage.ts';

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array)
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  // A Readable with setEncoding() yields strings.
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  throw new AppError('INVALID_INPUT', `file body chunks must be bytes, got ${typeof chunk}`);
}

/** The body as a sequence of Buffers, whatever form it was given in. */
export async function* byteChunks(body: FileBody): AsyncGenerator<Buffer, void, undefined> {
  if (typeof body === 'string' || body instanceof Uint8Array) {
    yield toBuffer(body);
    return;
  }
  for await (const chunk of body as AsyncIterable<unknown>) yield toBuffer(chunk);
}

/** Reads the whole body into memory. */
export async function readBody(body: FileBody): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of byteChunks(body)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Re-cuts a byte stream into buffers of exactly `size` bytes (the last may be shorter). An empty
 * stream yields one empty buffer, so callers always get at least one part.
 */
export async function* fixedSizeParts(
  chunks: AsyncIterable<Buffer>,
  size: number,
): AsyncGenerator<Buffer, void, undefined> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let yielded = false;
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < size) continue;
    let joined = Buffer.concat(pending, pendingBytes);
    while (joined.length >= size) {
      yield joined.subarray(0, size);
      yielded = true;
      joined = joined.subarray(size);
    }
    pending = [joined];
    pendingBytes = joined.length;
  }
  if (pendingBytes > 0 || !yielded) yield Buffer.concat(pending, pendingBytes);
}
