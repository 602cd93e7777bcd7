import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { AppError, newId, type ExportFormat, type Product } from '@storecraft/core';
import {
  completeExportJob,
  failExportJob,
  getBrand,
  insertExportJob,
  listCategories,
  requeueExportJob,
  startExportJob,
  listImages,
  listProducts,
  withWorkspace,
  type Database,
} from '@storecraft/db';
import { createZipStream, exportCatalog, type CsvFormat } from '@storecraft/exporters';
import { exportKeyStem, imageKey, thumbnailKey, type FileStorage } from '@storecraft/storage';

export interface ExportDeps {
  db: Database;
  storage: FileStorage;
  clock?: () => Date;
}

export interface ExportResult {
  exportJobId: string;
  /** Storage keys written; the first is the main file. */
  keys: string[];
  /** Signed download URL of the main file, valid 24 h. */
  url: string;
  rowCount: number | null;
}

const DOWNLOAD_SECONDS = 24 * 60 * 60;
const PAGE = 500;

/** Streams a brand's products from the database, page by page, in catalog order. */
async function* productsOf(
  db: Database,
  workspaceId: string,
  brandId: string,
): AsyncGenerator<Product> {
  let after: number | undefined;
  for (;;) {
    const page = await withWorkspace(db, workspaceId, (tx) =>
      listProducts(tx, {
        brandId,
        limit: PAGE,
        ...(after === undefined ? {} : { afterPosition: after }),
      }),
    );
    for (const product of page) yield product;
    if (page.length < PAGE) return;
    after = page[page.length - 1]?.position;
  }
}

/**
 * A queued export's row, written by the export job: its id names the files, and its creation
 * time their folder, so every attempt writes the same keys (a retry overwrites, never adds).
 */
export interface QueuedExport {
  id: string;
  createdAt: Date;
  /** What to do with the row when this attempt fails: `pending` when another attempt follows. */
  onFailure: (error: unknown) => 'failed' | 'pending';
}

async function recordExport(
  db: Database,
  workspaceId: string,
  brandId: string,
  format: ExportFormat,
  queued: QueuedExport | undefined,
  run: (exportJobId: string) => Promise<{ keys: string[]; rowCount: number | null }>,
): Promise<{ id: string; keys: string[]; rowCount: number | null }> {
  const id = queued?.id ?? newId('exportJob');
  await withWorkspace(db, workspaceId, async (tx) => {
    if (!queued) return insertExportJob(tx, { id, workspaceId, brandId, format });
    if (!(await startExportJob(tx, id))) {
      throw new AppError('NOT_FOUND', `Export ${id} no longer exists`);
    }
  });
  try {
    const { keys, rowCount } = await run(id);
    await withWorkspace(db, workspaceId, (tx) =>
      completeExportJob(tx, id, { outputKey: keys[0] ?? null, rowCount }),
    );
    return { id, keys, rowCount };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await withWorkspace(db, workspaceId, (tx) =>
      queued?.onFailure(error) === 'pending'
        ? requeueExportJob(tx, id, message)
        : failExportJob(tx, id, message),
    );
    throw error;
  }
}

/**
 * ExportSvc.export: streams the format's files to storage under `exports/{brandId}/{timestamp}…`,
 * records an `export_jobs` row (running → done | failed) and answers with a 24-hour signed URL.
 * Signed storage URLs expire, so image URLs in the file come from the caller's `imageBaseUrl`.
 */
export async function exportToStorage(
  deps: ExportDeps,
  workspaceId: string,
  brandId: string,
  format: CsvFormat,
  options: { imageBaseUrl?: string; queued?: QueuedExport } = {},
): Promise<ExportResult> {
  const now = options.queued?.createdAt ?? (deps.clock ?? (() => new Date()))();
  const { brand, categories } = await withWorkspace(deps.db, workspaceId, async (tx) => ({
    brand: await getBrand(tx, brandId),
    categories: await listCategories(tx, brandId),
  }));
  const result = await recordExport(
    deps.db,
    workspaceId,
    brandId,
    format,
    options.queued,
    async (id) => {
      const base = exportKeyStem(brandId, now, id);
      const keys: string[] = [];
      let rows = 0;
      const chunks = exportCatalog(format, {
        brand,
        categories,
        products: productsOf(deps.db, workspaceId, brandId),
        ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
      });
      // Each file the exporter yields streams into its own storage object as it is written; the
      // exporter finishes one file before it starts the next.
      let open: { path: string; stream: PassThrough; stored: Promise<unknown> } | undefined;
      const finish = async () => {
        if (!open) return;
        open.stream.end();
        await open.stored;
        open = undefined;
      };
      try {
        for await (const chunk of chunks) {
          if (open?.path !== chunk.path) {
            await finish();
            const key = storageKeyFor(base, chunk.path);
            const stream = new PassThrough();
            // Destroyed with the export's own error (rethrown below) so storage drops the partial
            // file; storage hears it through its own listener, and unheard it would crash us.
            stream.on('error', () => undefined);
            const stored = deps.storage.put(key, stream);
            // A refusal is rethrown below (at the next wait for the reader, or at the end of the
            // file); until then it must not count as unhandled.
            stored.catch(() => undefined);
            open = { path: chunk.path, stream, stored };
            keys.push(key);
            // Data rows, not the header each CSV file starts with.
            if (chunk.path.endsWith('.csv')) rows -= 1;
          }
          if (chunk.path.endsWith('.csv')) rows += (chunk.data.match(/\r\n/g) ?? []).length;
          // Wait for the reader, unless storage gave up on the file: it will never read again.
          if (!open.stream.write(chunk.data)) {
            await Promise.race([once(open.stream, 'drain'), open.stored]);
          }
        }
        await finish();
      } catch (error) {
        open?.stream.destroy(error instanceof Error ? error : new Error(String(error)));
        await open?.stored.catch(() => undefined);
        throw error;
      }
      return { keys, rowCount: rows };
    },
  );
  const main = result.keys[0];
  if (!main) throw new AppError('INTERNAL', `The ${format} export produced no file`);
  return {
    exportJobId: result.id,
    keys: result.keys,
    url: await deps.storage.signedUrl(main, {
      expiresInSeconds: DOWNLOAD_SECONDS,
      downloadName: `${brand.handle}-${format}.csv`,
    }),
    rowCount: result.rowCount,
  };
}

/** `{base}.csv` for the main file, `{base}-{name}.{ext}` for the rest. */
function storageKeyFor(base: string, path: string): string {
  const ext = path.slice(path.lastIndexOf('.'));
  const name = path.replace(/\.[^.]+$/, '');
  return ['products', 'catalog_product'].includes(name) ? `${base}${ext}` : `${base}-${name}${ext}`;
}

/** The brand's 256 px thumbnails as one streamed ZIP in storage, with a 24-hour signed URL. */
export async function exportThumbnails(
  deps: ExportDeps,
  workspaceId: string,
  brandId: string,
  options: { queued?: QueuedExport } = {},
): Promise<ExportResult> {
  const now = options.queued?.createdAt ?? (deps.clock ?? (() => new Date()))();
  // The images the render job stored (always WebP, at the image key), each with its thumbnail.
  const images = (
    await withWorkspace(deps.db, workspaceId, (tx) => listImages(tx, brandId))
  ).filter(
    (image) =>
      image.status === 'ready' &&
      image.storageKey === imageKey(brandId, image.productId, image.position, 'webp'),
  );
  const result = await recordExport(
    deps.db,
    workspaceId,
    brandId,
    'thumbnails',
    options.queued,
    async (id) => {
      const key = `${exportKeyStem(brandId, now, id)}.zip`;
      const zip = createZipStream(
        images.map((image) => ({
          name: `thumbnails/${image.productHandle}/${image.position}.webp`,
          open: () =>
            deps.storage.get(thumbnailKey(brandId, image.productId, image.position, 'webp')),
        })),
      );
      await deps.storage.put(key, zip, { contentType: 'application/zip' });
      return { keys: [key], rowCount: images.length };
    },
  );
  const key = result.keys[0];
  if (!key) throw new AppError('INTERNAL', 'The thumbnails export produced no file');
  return {
    exportJobId: result.id,
    keys: result.keys,
    url: await deps.storage.signedUrl(key, {
      expiresInSeconds: DOWNLOAD_SECONDS,
      downloadName: 'thumbnails.zip',
    }),
    rowCount: result.rowCount,
  };
}
