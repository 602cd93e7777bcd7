import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { and, eq, like } from 'drizzle-orm';
import { AppError, newId, type Product } from '@storecraft/core';
import {
  getBrand,
  listCategories,
  listProducts,
  schema,
  withWorkspace,
  type Database,
} from '@storecraft/db';
import { createZipStream, exportCatalog, type CsvFormat } from '@storecraft/exporters';
import { exportKey, type FileStorage } from '@storecraft/storage';

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

async function recordExport(
  db: Database,
  workspaceId: string,
  brandId: string,
  format: (typeof schema.exportJobs.$inferInsert)['format'],
  run: () => Promise<{ keys: string[]; rowCount: number | null }>,
): Promise<{ id: string; keys: string[]; rowCount: number | null }> {
  const id = newId('exportJob');
  await withWorkspace(db, workspaceId, (tx) =>
    tx.insert(schema.exportJobs).values({ id, workspaceId, brandId, format, status: 'running' }),
  );
  try {
    const { keys, rowCount } = await run();
    await withWorkspace(db, workspaceId, (tx) =>
      tx
        .update(schema.exportJobs)
        .set({ status: 'done', outputKey: keys[0] ?? null, rowCount, finishedAt: new Date() })
        .where(eq(schema.exportJobs.id, id)),
    );
    return { id, keys, rowCount };
  } catch (error) {
    await withWorkspace(db, workspaceId, (tx) =>
      tx
        .update(schema.exportJobs)
        .set({
          status: 'failed',
          lastError: error instanceof Error ? error.message : String(error),
          finishedAt: new Date(),
        })
        .where(eq(schema.exportJobs.id, id)),
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
  options: { imageBaseUrl?: string } = {},
): Promise<ExportResult> {
  const now = (deps.clock ?? (() => new Date()))();
  const { brand, categories } = await withWorkspace(deps.db, workspaceId, async (tx) => ({
    brand: await getBrand(tx, brandId),
    categories: await listCategories(tx, brandId),
  }));
  const base = exportKey(brandId, now, 'csv').replace(/\.csv$/, '');
  const result = await recordExport(deps.db, workspaceId, brandId, format, async () => {
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
          open = { path: chunk.path, stream, stored: deps.storage.put(key, stream) };
          keys.push(key);
          // Data rows, not the header each CSV file starts with.
          if (chunk.path.endsWith('.csv')) rows -= 1;
        }
        if (chunk.path.endsWith('.csv')) rows += (chunk.data.match(/\r\n/g) ?? []).length;
        if (!open.stream.write(chunk.data)) await once(open.stream, 'drain');
      }
      await finish();
    } catch (error) {
      open?.stream.destroy(error instanceof Error ? error : new Error(String(error)));
      await open?.stored.catch(() => undefined);
      throw error;
    }
    return { keys, rowCount: rows };
  });
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

/** `exports/{brand}/{ts}.csv` for the main file, `exports/{brand}/{ts}-{name}.{ext}` for the rest. */
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
): Promise<ExportResult> {
  const now = (deps.clock ?? (() => new Date()))();
  const key = exportKey(brandId, now, 'zip');
  const images = await withWorkspace(deps.db, workspaceId, (tx) =>
    tx
      .select({
        handle: schema.products.handle,
        position: schema.images.position,
        storageKey: schema.images.storageKey,
      })
      .from(schema.images)
      .innerJoin(schema.products, eq(schema.products.id, schema.images.productId))
      .where(
        and(
          eq(schema.images.brandId, brandId),
          eq(schema.images.status, 'ready'),
          like(schema.images.storageKey, 'images/%'),
        ),
      )
      .orderBy(schema.products.position, schema.images.position),
  );
  const result = await recordExport(deps.db, workspaceId, brandId, 'thumbnails', async () => {
    const zip = createZipStream(
      images.map((image) => ({
        name: `thumbnails/${image.handle}/${image.position}.webp`,
        open: () =>
          deps.storage.get((image.storageKey ?? '').replace(/(\d+)\.webp$/, '$1-thumb.webp')),
      })),
    );
    await deps.storage.put(key, zip, { contentType: 'application/zip' });
    return { keys: [key], rowCount: images.length };
  });
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
