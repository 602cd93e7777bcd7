import { AppError } from '@storecraft/core';
import {
  countCatalogTableRecords,
  findBrand,
  listCatalogTableRecords,
  type CatalogTableRecord,
  type TenantTx,
} from '@storecraft/db';
import { brandNotFound } from './brands.ts';

/** Rows a page holds unless the caller asks otherwise, and at most. */
export const CATALOG_TABLE_PAGE = 1_000;
export const CATALOG_TABLE_MAX_PAGE = 2_000;

/** What the cursor looks like: the catalog position of the last product seen. */
export const CATALOG_TABLE_CURSOR = /^\d{1,9}$/;

/** One variant of the catalog table (with its product's title, status, category and options). */
export type CatalogTableRow = CatalogTableRecord;

export interface CatalogTablePage {
  rows: CatalogTableRow[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Variants the brand has in all, so a client can say how far it has loaded. */
  totalRows: number;
}

/**
 * A page of the catalog table: every variant of the brand as a row, in catalog order. The whole
 * table is meant to be streamed page by page into a client that sorts and filters it locally.
 * Pages end between products, so a page holds at most `limit` rows unless one product alone has
 * more variants than that.
 */
export async function listCatalogTableRows(
  tx: TenantTx,
  params: { brandId: string; limit?: number; cursor?: string },
): Promise<CatalogTablePage> {
  const limit = Math.min(Math.max(params.limit ?? CATALOG_TABLE_PAGE, 1), CATALOG_TABLE_MAX_PAGE);
  const after = params.cursor === undefined ? undefined : parseCursor(params.cursor);
  if (!(await findBrand(tx, params.brandId))) throw brandNotFound(params.brandId);
  // In turn: the transaction is one connection.
  const totalRows = await countCatalogTableRecords(tx, params.brandId);
  const page = await listCatalogTableRecords(tx, {
    brandId: params.brandId,
    limit,
    ...(after === undefined ? {} : { afterProductPosition: after }),
  });
  return {
    rows: page.records,
    nextCursor:
      page.hasMore && page.lastProductPosition !== null ? String(page.lastProductPosition) : null,
    totalRows,
  };
}

function parseCursor(cursor: string): number {
  if (!CATALOG_TABLE_CURSOR.test(cursor)) {
    throw new AppError(
      'INVALID_INPUT',
      `Malformed catalog table cursor ${JSON.stringify(cursor)}`,
      {
        userMessage: 'That page cursor is not one this table handed out.',
      },
    );
  }
  return Number(cursor);
}
