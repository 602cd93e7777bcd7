'use client';

import type { CategoryOption, StockFilter, TableFilters } from './catalog-table-rows.ts';

const fieldClass =
  'rounded-md border border-line bg-white px-3 py-2 text-sm text-ink focus-visible:border-accent';

/** The table's filters and view switches; every control is labelled. */
export function CatalogTableToolbar({
  filters,
  onFiltersChange,
  categories,
  grouped,
  onGroupedChange,
  onExpandAll,
  onCollapseAll,
}: {
  filters: TableFilters;
  onFiltersChange: (filters: TableFilters) => void;
  categories: readonly CategoryOption[];
  grouped: boolean;
  onGroupedChange: (grouped: boolean) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}) {
  return (
    <div
      role="search"
      aria-label="Filter the catalog"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-panel p-3"
    >
      <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm font-medium">
        Filter by title, SKU or barcode
        <input
          type="search"
          value={filters.text}
          onChange={(event) => onFiltersChange({ ...filters, text: event.target.value })}
          placeholder="e.g. linen, TSH-001, 0123…"
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Category
        <select
          value={filters.categoryId}
          onChange={(event) => onFiltersChange({ ...filters, categoryId: event.target.value })}
          className={fieldClass}
        >
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {'\u2003'.repeat(category.depth - 1)}
              {category.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Stock
        <select
          value={filters.stock}
          onChange={(event) =>
            onFiltersChange({ ...filters, stock: event.target.value as StockFilter })
          }
          className={fieldClass}
        >
          <option value="all">In stock and sold out</option>
          <option value="in-stock">In stock</option>
          <option value="sold-out">Sold out</option>
        </select>
      </label>
      <div className="flex flex-wrap items-center gap-2 pb-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={grouped}
            onChange={(event) => onGroupedChange(event.target.checked)}
            className="size-4 accent-accent"
          />
          Group by product
        </label>
        {grouped ? (
          <>
            <button type="button" onClick={onExpandAll} className={smallButtonClass}>
              Expand all
            </button>
            <button type="button" onClick={onCollapseAll} className={smallButtonClass}>
              Collapse all
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}

const smallButtonClass =
  'rounded-md border border-line bg-white px-2.5 py-1 text-sm font-medium hover:border-accent';
