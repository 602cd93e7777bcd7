import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';

export interface ZipEntry {
  /** Path inside the archive, e.g. `thumbnails/mug-harbor/1.webp`. */
  name: string;
  /** Opens the entry's bytes; called only when the archive reaches this entry. */
  open: () => Promise<Readable | Buffer>;
}

/**
 * A streamed ZIP archive: entries are opened one at a time as the archive is written, so memory
 * stays flat however many there are. Images are already compressed, so entries are stored
 * (not deflated) by default.
 */
export function createZipStream(
  entries: Iterable<ZipEntry>,
  options: { compress?: boolean } = {},
): Readable {
  const zip = new yazl.ZipFile();
  const output = new PassThrough();
  zip.outputStream.pipe(output);
  // yazl reports an entry that failed to open on the ZipFile, not on its output stream.
  (zip as unknown as NodeJS.EventEmitter).on('error', (error: Error) => output.destroy(error));
  const mtime = new Date(Date.UTC(2020, 0, 1)); // fixed: same entries ⇒ same bytes
  try {
    for (const entry of entries) {
      zip.addReadStreamLazy(
        entry.name,
        { compress: options.compress ?? false, mtime },
        (callback) => {
          entry.open().then(
            (source) => {
              if (Buffer.isBuffer(source)) {
                const stream = new PassThrough();
                stream.end(source);
                callback(null, stream);
              } else {
                callback(null, source);
              }
            },
            (error: unknown) =>
              callback(
                error instanceof Error ? error : new Error(String(error)),
                new PassThrough(),
              ),
          );
        },
      );
    }
    zip.end();
  } catch (error) {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  return output;
}
