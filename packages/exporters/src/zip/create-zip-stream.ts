import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';

export interface ZipEntry {
  /** Path inside the archive, e.g. `thumbnails/mug-harbor/1.webp`. */
  name: string;
  /** Opens the entry's bytes; called when the archive reaches this entry (see `openAhead`). */
  open: () => Promise<Readable | Buffer>;
}

/**
 * A streamed ZIP archive: entries are opened one at a time as the archive is written (or up to
 * `openAhead` entries ahead of it), so memory stays flat however many there are. Images are
 * already compressed, so entries are stored (not deflated) by default.
 */
export function createZipStream(
  entries: Iterable<ZipEntry>,
  options: {
    compress?: boolean;
    /**
     * Entries opened before the archive reaches them, so their reads overlap (e.g. small files from
     * storage, each a file system round trip). The bytes still go in the listed order.
     */
    openAhead?: number;
  } = {},
): Readable {
  const zip = new yazl.ZipFile();
  const output = new PassThrough();
  zip.outputStream.pipe(output);
  // yazl reports an entry that failed to open on the ZipFile, not on its output stream.
  (zip as unknown as NodeJS.EventEmitter).on('error', (error: Error) => output.destroy(error));
  const mtime = new Date(Date.UTC(2020, 0, 1)); // fixed: same entries ⇒ same bytes
  const list = [...entries];
  const ahead = Math.max(0, Math.floor(options.openAhead ?? 0));
  /** Opens started and not yet handed to the archive, by index. */
  const opening = new Map<number, Promise<Readable | Buffer>>();
  const openAt = (index: number): Promise<Readable | Buffer> => {
    let opened = opening.get(index);
    if (!opened) {
      opened = (list[index] as ZipEntry).open();
      // Reported when the archive reaches the entry; until then nobody awaits it.
      opened.catch(() => {});
      opening.set(index, opened);
    }
    return opened;
  };
  // Streams opened ahead that the archive never reached (it failed first) are closed.
  output.once('close', () => {
    for (const opened of opening.values()) {
      opened.then((source) => Buffer.isBuffer(source) || source.destroy()).catch(() => {});
    }
    opening.clear();
  });
  try {
    list.forEach((entry, index) => {
      zip.addReadStreamLazy(
        entry.name,
        { compress: options.compress ?? false, mtime },
        (callback) => {
          const opened = openAt(index);
          opening.delete(index);
          for (let next = index + 1; next <= index + ahead && next < list.length; next++) {
            void openAt(next);
          }
          opened.then(
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
    });
    zip.end();
  } catch (error) {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  return output;
}
