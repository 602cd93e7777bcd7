import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@storecraft/api';

/**
 * The catalog table's data model, free of React: filtering, sorting and grouping the loaded
 * variants into the rows the grid shows. Pure functions, so the table re-derives its view in one
 * pass (a few milliseconds for 10,000 variants) whenever a page arrives or a control changes.
 */

export type VariantRow = inferRouterOutputs<AppRouter>['catalogTable']['rows']['rows'][number];

export interface CategoryOption {
  id: string;
  title: string;
  depth: number;
  /** This category and every category under it. */
  subtreeIds: string[];
}

export type StockFilter = 'all' | 'in-stock' | 'sold-out';

export interface TableFilters {
  text: string;
  categoryId: string;
  stock: StockFilter;
}

export const columnKeys = [
  'product',
  'options',
  'sku',
  'barcode',
  'price',
  'compareAt',
  'stock',
  'category',
  'status',
] as const;
export type ColumnKey = (typeof columnKeys)[number];

export interface SortState {
  column: ColumnKey;
  direction: 'ascending' | 'descending';
}

/** A product heading its variants (grouped view), or one variant. */
export type DisplayRow =
  | {
      kind: 'product';
      key: string;
      productId: string;
      title: string;
      status: VariantRow['productStatus'];
      categoryId: string;
      variantCount: number;
      minPriceCents: number;
      maxPriceCents: number;
      stock: number;
      expanded: boolean;
    }
  | { kind: 'variant'; key: string; row: VariantRow; grouped: boolean };

export function matchesFilters(
  row: VariantRow,
  filters: TableFilters,
  categoryIds: ReadonlySet<string> | null,
): boolean {
  if (filters.stock === 'in-stock' && row.inventoryQuantity <= 0) return false;
  if (filters.stock === 'sold-out' && row.inventoryQuantity > 0) return false;
  if (categoryIds && !categoryIds.has(row.categoryId)) return false;
  const needle = filters.text.trim().toLowerCase();
  if (needle === '') return true;
  return (
    row.productTitle.toLowerCase().includes(needle) ||
    row.sku.toLowerCase().includes(needle) ||
    (row.barcode ?? '').includes(needle)
  );
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareBy(
  column: ColumnKey,
  categoryTitle: (id: string) => string,
): (a: VariantRow, b: VariantRow) => number {
  switch (column) {
    case 'product':
      return (a, b) => collator.compare(a.productTitle, b.productTitle);
    case 'options':
      return (a, b) => collator.compare(a.optionValues.join(' / '), b.optionValues.join(' / '));
    case 'sku':
      return (a, b) => collator.compare(a.sku, b.sku);
    case 'barcode':
      return (a, b) => collator.compare(a.barcode ?? '', b.barcode ?? '');
    case 'price':
      return (a, b) => a.priceCents - b.priceCents;
    case 'compareAt':
      // Variants without a compare-at price sort after those with one.
      return (a, b) =>
        (a.compareAtPriceCents ?? Number.MAX_SAFE_INTEGER) -
        (b.compareAtPriceCents ?? Number.MAX_SAFE_INTEGER);
    case 'stock':
      return (a, b) => a.inventoryQuantity - b.inventoryQuantity;
    case 'category':
      return (a, b) => collator.compare(categoryTitle(a.categoryId), categoryTitle(b.categoryId));
    case 'status':
      return (a, b) => collator.compare(a.productStatus, b.productStatus);
  }
}

/**
 * The filtered variants in sort order. Rows arrive in catalog order and `Array.prototype.sort` is
 * stable, so ties (and no sort at all) keep catalog order.
 */
export function sortedRows(
  rows: readonly VariantRow[],
  filters: TableFilters,
  sort: SortState | null,
  categories: readonly CategoryOption[],
): VariantRow[] {
  const category = categories.find((c) => c.id === filters.categoryId);
  const categoryIds = category ? new Set(category.subtreeIds) : null;
  const kept = rows.filter((row) => matchesFilters(row, filters, categoryIds));
  if (!sort) return kept;
  const titles = new Map(categories.map((c) => [c.id, c.title]));
  const compare = compareBy(sort.column, (id) => titles.get(id) ?? '');
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return kept.sort((a, b) => sign * compare(a, b));
}

/**
 * Groups sorted variants under their products. A product takes the place of its first variant in
 * the sort, and its variants follow in sort order: sorting by price puts the product with the
 * cheapest variant first, its variants cheapest first.
 */
export function groupedRows(
  sorted: readonly VariantRow[],
  collapsed: ReadonlySet<string>,
): DisplayRow[] {
  const groups = new Map<string, VariantRow[]>();
  for (const row of sorted) {
    const group = groups.get(row.productId);
    if (group) group.push(row);
    else groups.set(row.productId, [row]);
  }
  const display: DisplayRow[] = [];
  for (const [productId, variants] of groups) {
    const first = variants[0];
    if (!first) continue;
    const prices = variants.map((v) => v.priceCents);
    const expanded = !collapsed.has(productId);
    display.push({
      kind: 'product',
      key: `p:${productId}`,
      productId,
      title: first.productTitle,
      status: first.productStatus,
      categoryId: first.categoryId,
      variantCount: variants.length,
      minPriceCents: Math.min(...prices),
      maxPriceCents: Math.max(...prices),
      stock: variants.reduce((sum, v) => sum + v.inventoryQuantity, 0),
      expanded,
    });
    if (expanded) {
      for (const row of variants) {
        display.push({ kind: 'variant', key: row.variantId, row, grouped: true });
      }
    }
  }
  return display;
}

export function flatRows(sorted: readonly VariantRow[]): DisplayRow[] {
  return sorted.map((row) => ({ kind: 'variant', key: row.variantId, row, grouped: false }));
}

/** The sort after clicking a column header: ascending, then descending, then catalog order. */
export function nextSort(current: SortState | null, column: ColumnKey): SortState | null {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}
