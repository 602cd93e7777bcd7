'use client';

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { CatalogTableGrid, type GridFormatters } from './catalog-table-grid.tsx';
import { MAX_LOADED_ROWS, useCatalogRows } from './catalog-table-loader.tsx';
import {
  flatRows,
  groupedRows,
  nextSort,
  sortedRows,
  type CategoryOption,
  type ColumnKey,
  type SortState,
  type TableFilters,
} from './catalog-table-rows.ts';
import { CatalogTableToolbar } from './catalog-table-toolbar.tsx';

const noFilters: TableFilters = { text: '', categoryId: '', stock: 'all' };

/**
 * Every variant of a brand in one table for power users: streamed in page by page, then sorted,
 * filtered and grouped in the browser, and virtualised so 10,000 rows scroll like 50.
 */
export function CatalogTable({
  workspaceId,
  brandId,
  currency,
  categories,
}: {
  workspaceId: string;
  brandId: string;
  currency: string;
  categories: CategoryOption[];
}) {
  const { rows, totalRows, status, error, retry } = useCatalogRows(workspaceId, brandId);
  const [filters, setFilters] = useState<TableFilters>(noFilters);
  const [sort, setSort] = useState<SortState | null>(null);
  const [grouped, setGrouped] = useState(true);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  // Typing and streaming stay responsive: the 10,000-row re-derivation runs at lower priority.
  const deferredRows = useDeferredValue(rows);
  const deferredFilters = useDeferredValue(filters);
  const sorted = useMemo(
    () => sortedRows(deferredRows, deferredFilters, sort, categories),
    [deferredRows, deferredFilters, sort, categories],
  );
  const display = useMemo(
    () => (grouped ? groupedRows(sorted, collapsed) : flatRows(sorted)),
    [sorted, grouped, collapsed],
  );

  const format = useMemo<GridFormatters>(() => {
    const money = new Intl.NumberFormat('en', { style: 'currency', currency });
    const titles = new Map(categories.map((c) => [c.id, c.title]));
    return {
      price: (cents) => money.format(cents / 100),
      category: (id) => titles.get(id) ?? '—',
    };
  }, [currency, categories]);

  const onSort = useCallback((column: ColumnKey) => setSort((s) => nextSort(s, column)), []);
  const onToggleProduct = useCallback((productId: string) => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(productId)) next.add(productId);
      return next;
    });
  }, []);
  const collapseAll = useCallback(
    () => setCollapsed(new Set(rows.map((row) => row.productId))),
    [rows],
  );

  const filtering =
    filters.text.trim() !== '' || filters.categoryId !== '' || filters.stock !== 'all';
  const productCount = useMemo(() => new Set(sorted.map((r) => r.productId)).size, [sorted]);

  return (
    <div className="flex flex-col gap-3">
      <CatalogTableToolbar
        filters={filters}
        onFiltersChange={setFilters}
        categories={categories}
        grouped={grouped}
        onGroupedChange={setGrouped}
        onExpandAll={() => setCollapsed(new Set())}
        onCollapseAll={collapseAll}
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <LoadStatus loaded={rows.length} total={totalRows} status={status} />
        <p className="text-muted">
          {filtering ? `${sorted.length.toLocaleString('en')} matching variants` : null}
          {filtering ? ` in ${productCount.toLocaleString('en')} products` : null}
        </p>
      </div>
      {status === 'error' ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-danger">
          <span>Loading stopped: {error}</span>
          <button
            type="button"
            onClick={retry}
            className="rounded-md border border-line px-3 py-1 font-medium text-ink hover:border-accent"
          >
            Retry
          </button>
        </div>
      ) : null}
      {status !== 'loading' && rows.length > 0 && sorted.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line p-8 text-center">
          <p className="font-medium">No variants match these filters.</p>
          <button
            type="button"
            onClick={() => setFilters(noFilters)}
            className="mt-3 rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:border-accent"
          >
            Clear filters
          </button>
        </div>
      ) : (
        <CatalogTableGrid
          rows={display}
          sort={sort}
          onSort={onSort}
          onToggleProduct={onToggleProduct}
          format={format}
          viewKey={JSON.stringify([deferredFilters, sort, grouped])}
          grouped={grouped}
        />
      )}
    </div>
  );
}

function LoadStatus({
  loaded,
  total,
  status,
}: {
  loaded: number;
  total: number | null;
  status: 'loading' | 'done' | 'capped' | 'error';
}) {
  const n = (value: number) => value.toLocaleString('en');
  return (
    <p role="status" className="flex items-center gap-2 font-medium">
      {status === 'loading' ? (
        <span
          aria-hidden="true"
          className="inline-block size-3 animate-spin rounded-full border-2 border-line border-t-accent"
        />
      ) : null}
      {total === null ? 'Loading rows…' : `${n(loaded)} of ${n(total)} rows loaded`}
      {status === 'capped'
        ? ` (the table holds the first ${n(MAX_LOADED_ROWS)}; export the catalog for the rest)`
        : null}
    </p>
  );
}
