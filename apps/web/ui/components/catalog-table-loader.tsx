'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import type { VariantRow } from './catalog-table-rows.ts';

/** Rows per request: the API's largest page, so 10,000 variants arrive in five round trips. */
const PAGE_SIZE = 2_000;
/** Beyond this the browser holds more than a table can usefully show; the rest stays unloaded. */
export const MAX_LOADED_ROWS = 100_000;

export interface CatalogRowsState {
  rows: VariantRow[];
  /** Variants the brand has; null until the first page answers. */
  totalRows: number | null;
  status: 'loading' | 'done' | 'capped' | 'error';
  error: string | null;
  /** Continues from the page that failed. */
  retry: () => void;
}

/**
 * Streams every variant of the brand into memory, page after page, so the table shows (and sorts
 * and filters) what has arrived while the rest loads.
 */
export function useCatalogRows(workspaceId: string, brandId: string): CatalogRowsState {
  const [rows, setRows] = useState<VariantRow[]>([]);
  const [totalRows, setTotalRows] = useState<number | null>(null);
  const [status, setStatus] = useState<CatalogRowsState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  // Where the next page starts; kept across a failure so Retry resumes instead of starting over.
  const cursor = useRef<string | undefined>(undefined);
  const loaded = useRef(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      try {
        for (;;) {
          const page = await trpc.catalogTable.rows.query({
            workspaceId,
            brandId,
            limit: PAGE_SIZE,
            ...(cursor.current === undefined ? {} : { cursor: cursor.current }),
          });
          if (cancelled) return;
          loaded.current += page.rows.length;
          setRows((previous) => previous.concat(page.rows));
          setTotalRows(page.totalRows);
          cursor.current = page.nextCursor ?? undefined;
          if (page.nextCursor === null) return setStatus('done');
          if (loaded.current >= MAX_LOADED_ROWS) return setStatus('capped');
        }
      } catch (caught) {
        if (cancelled) return;
        setError(describeError(caught).message);
        setStatus('error');
      }
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [workspaceId, brandId, attempt]);

  const retry = useCallback(() => {
    setError(null);
    setStatus('loading');
    setAttempt((n) => n + 1);
  }, []);

  return { rows, totalRows, status, error, retry };
}
