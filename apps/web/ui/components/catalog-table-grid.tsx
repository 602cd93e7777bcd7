'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import {
  columnKeys,
  type ColumnKey,
  type DisplayRow,
  type SortState,
  type VariantRow,
} from './catalog-table-rows.ts';

/** Every row is this tall, so the virtualiser knows the whole table's height without measuring. */
const ROW_HEIGHT = 40;
/** Rows rendered beyond each edge of the viewport, so fast scrolling rarely shows blank space. */
const OVERSCAN = 10;

const columns: Record<ColumnKey, { label: string; width: number; numeric?: boolean }> = {
  product: { label: 'Product', width: 280 },
  options: { label: 'Options', width: 170 },
  sku: { label: 'SKU', width: 210 },
  barcode: { label: 'Barcode', width: 140 },
  price: { label: 'Price', width: 140, numeric: true },
  compareAt: { label: 'Compare-at', width: 120, numeric: true },
  stock: { label: 'Stock', width: 90, numeric: true },
  category: { label: 'Category', width: 160 },
  status: { label: 'Status', width: 100 },
};
const tableWidth = columnKeys.reduce((sum, key) => sum + columns[key].width, 0);

export interface GridFormatters {
  price: (cents: number) => string;
  category: (id: string) => string;
}

/**
 * The table itself: a real `<table>` (so assistive technology announces columns and headers) of
 * which only the rows in view exist in the DOM. `aria-rowcount` and `aria-rowindex` tell screen
 * readers where they are in the whole table; spacer rows stand in for the rest.
 */
export function CatalogTableGrid({
  rows,
  sort,
  onSort,
  onToggleProduct,
  format,
  grouped,
  viewKey,
}: {
  rows: readonly DisplayRow[];
  sort: SortState | null;
  onSort: (column: ColumnKey) => void;
  onToggleProduct: (productId: string) => void;
  format: GridFormatters;
  grouped: boolean;
  /** Changes when filters, sort or grouping do (not when more rows stream in): back to the top. */
  viewKey: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [viewKey]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      // Focusable so keyboard users can scroll it; named for the region landmark.
      tabIndex={0}
      role="region"
      aria-label="Catalog rows"
      className="h-[70vh] min-h-80 overflow-auto rounded-lg border border-line"
    >
      <table
        aria-rowcount={rows.length + 1}
        className="table-fixed border-separate border-spacing-0 text-sm"
        style={{ width: tableWidth }}
      >
        <caption className="sr-only">
          Catalog variants{grouped ? ', grouped by product' : ''},{' '}
          {sort ? `sorted by ${columns[sort.column].label} ${sort.direction}` : 'in catalog order'}
        </caption>
        <colgroup>
          {columnKeys.map((key) => (
            <col key={key} style={{ width: columns[key].width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columnKeys.map((key) => (
              <HeaderCell key={key} column={key} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? <SpacerRow height={paddingTop} /> : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return row.kind === 'product' ? (
              <ProductRow
                key={row.key}
                row={row}
                rowIndex={item.index + 2}
                format={format}
                onToggle={onToggleProduct}
              />
            ) : (
              <VariantRowView
                key={row.key}
                row={row.row}
                grouped={row.grouped}
                rowIndex={item.index + 2}
                format={format}
              />
            );
          })}
          {paddingBottom > 0 ? <SpacerRow height={paddingBottom} /> : null}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({
  column,
  sort,
  onSort,
}: {
  column: ColumnKey;
  sort: SortState | null;
  onSort: (column: ColumnKey) => void;
}) {
  const { label, numeric } = columns[column];
  const direction = sort?.column === column ? sort.direction : 'none';
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th
      scope="col"
      aria-sort={direction}
      className={`sticky top-0 border-b border-line bg-panel p-0 text-left font-semibold ${
        column === 'product' ? 'left-0 z-20 border-r' : 'z-10'
      }`}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className={`flex w-full items-center gap-1.5 whitespace-nowrap px-3 py-2.5 hover:bg-line/60 ${numeric ? 'justify-end' : ''}`}
      >
        {label}
        <span aria-hidden="true" className={direction === 'none' ? 'text-muted' : 'text-accent'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}

/** Stands in for the rows scrolled out of view; hidden from assistive technology. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columnKeys.length} className="p-0" />
    </tr>
  );
}

const cell = 'truncate border-b border-line px-3';
/** The product column stays in view while the table scrolls sideways (narrow screens). */
const stickyCell = 'sticky left-0 z-[5] border-r';
const numericCell = `${cell} text-right tabular-nums`;

const ProductRow = memo(function ProductRow({
  row,
  rowIndex,
  format,
  onToggle,
}: {
  row: Extract<DisplayRow, { kind: 'product' }>;
  rowIndex: number;
  format: GridFormatters;
  onToggle: (productId: string) => void;
}) {
  const price =
    row.minPriceCents === row.maxPriceCents
      ? format.price(row.minPriceCents)
      : `${format.price(row.minPriceCents)}–${format.price(row.maxPriceCents)}`;
  return (
    <tr aria-rowindex={rowIndex} style={{ height: ROW_HEIGHT }} className="bg-panel">
      <th scope="row" className={`${cell} ${stickyCell} bg-panel p-0 text-left font-semibold`}>
        <button
          type="button"
          aria-expanded={row.expanded}
          onClick={() => onToggle(row.productId)}
          title={row.title}
          className="flex w-full items-center gap-2 px-3 py-2 text-left hover:text-accent"
        >
          <span aria-hidden="true" className="inline-block w-3 shrink-0 text-muted">
            {row.expanded ? '▾' : '▸'}
          </span>
          <span className="truncate">{row.title}</span>
        </button>
      </th>
      <td className={`${cell} text-muted`}>
        {row.variantCount} {row.variantCount === 1 ? 'variant' : 'variants'}
      </td>
      <td className={cell} />
      <td className={cell} />
      <td className={numericCell}>{price}</td>
      <td className={cell} />
      <td className={numericCell}>
        <StockValue quantity={row.stock} />
      </td>
      <td className={cell}>{format.category(row.categoryId)}</td>
      <td className={cell}>
        <StatusBadge status={row.status} />
      </td>
    </tr>
  );
});

const VariantRowView = memo(function VariantRowView({
  row,
  grouped,
  rowIndex,
  format,
}: {
  row: VariantRow;
  grouped: boolean;
  rowIndex: number;
  format: GridFormatters;
}) {
  const options = row.optionValues.join(' / ');
  const optionsTitle = row.optionNames
    .map((name, i) => `${name}: ${row.optionValues[i] ?? ''}`)
    .join(', ');
  return (
    <tr aria-rowindex={rowIndex} style={{ height: ROW_HEIGHT }} className="bg-white">
      <th
        scope="row"
        className={`${cell} ${stickyCell} bg-white text-left font-normal`}
        title={row.productTitle}
      >
        {grouped ? (
          // Under its product's row: a tree mark, the title kept for screen readers only.
          <span className="flex items-center pl-6">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 -translate-y-1 border-b border-l border-muted/50"
            />
            <span className="sr-only">{row.productTitle}</span>
          </span>
        ) : (
          row.productTitle
        )}
      </th>
      <td className={cell} title={optionsTitle}>
        {options || <span className="text-muted">—</span>}
      </td>
      <td className={`${cell} font-mono text-xs`}>{row.sku}</td>
      <td className={`${cell} font-mono text-xs`}>
        {row.barcode ?? <span className="text-muted">—</span>}
      </td>
      <td className={numericCell}>{format.price(row.priceCents)}</td>
      <td className={numericCell}>
        {row.compareAtPriceCents === null ? (
          <span className="text-muted">—</span>
        ) : (
          format.price(row.compareAtPriceCents)
        )}
      </td>
      <td className={numericCell}>
        <StockValue quantity={row.inventoryQuantity} />
      </td>
      <td className={cell}>{grouped ? '' : format.category(row.categoryId)}</td>
      <td className={cell}>{grouped ? '' : <StatusBadge status={row.productStatus} />}</td>
    </tr>
  );
});

function StockValue({ quantity }: { quantity: number }) {
  return quantity > 0 ? (
    <>{quantity.toLocaleString('en')}</>
  ) : (
    <span className="font-medium text-danger">Sold out</span>
  );
}

const statusStyles: Record<VariantRow['productStatus'], string> = {
  active: 'bg-ok/10 text-ok',
  draft: 'bg-line text-muted',
  archived: 'bg-line text-muted',
};

function StatusBadge({ status }: { status: VariantRow['productStatus'] }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusStyles[status]}`}>
      {status[0]?.toUpperCase()}
      {status.slice(1)}
    </span>
  );
}
