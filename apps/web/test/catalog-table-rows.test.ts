import { describe, expect, it } from 'vitest';
import {
  groupedRows,
  nextSort,
  sortedRows,
  type CategoryOption,
  type TableFilters,
  type VariantRow,
} from '../ui/components/catalog-table-rows.ts';

function variant(
  over: Partial<VariantRow> & Pick<VariantRow, 'variantId' | 'productId'>,
): VariantRow {
  return {
    productTitle: 'Linen Tee',
    productStatus: 'active',
    categoryId: 'cat_tops',
    optionNames: ['Size'],
    optionValues: ['M'],
    sku: `SKU-${over.variantId}`,
    barcode: '012345678905',
    priceCents: 1000,
    compareAtPriceCents: null,
    inventoryQuantity: 5,
    ...over,
  };
}

const rows: VariantRow[] = [
  variant({ variantId: 'a1', productId: 'a', priceCents: 3000 }),
  variant({ variantId: 'a2', productId: 'a', priceCents: 1000, inventoryQuantity: 0 }),
  variant({
    variantId: 'b1',
    productId: 'b',
    productTitle: 'Wool Socks',
    categoryId: 'cat_socks',
    priceCents: 2000,
    barcode: '098765432109',
  }),
];
const categories: CategoryOption[] = [
  { id: 'cat_clothing', title: 'Clothing', depth: 1, subtreeIds: ['cat_clothing', 'cat_tops'] },
  { id: 'cat_tops', title: 'Tops', depth: 2, subtreeIds: ['cat_tops'] },
  { id: 'cat_socks', title: 'Socks', depth: 1, subtreeIds: ['cat_socks'] },
];
const none: TableFilters = { text: '', categoryId: '', stock: 'all' };
const ids = (list: VariantRow[]) => list.map((r) => r.variantId);

describe('catalog table rows', () => {
  it('filters by title, SKU or barcode, by category subtree and by stock', () => {
    expect(ids(sortedRows(rows, { ...none, text: 'wool' }, null, categories))).toEqual(['b1']);
    expect(ids(sortedRows(rows, { ...none, text: 'sku-a2' }, null, categories))).toEqual(['a2']);
    expect(ids(sortedRows(rows, { ...none, text: '0987' }, null, categories))).toEqual(['b1']);
    expect(
      ids(sortedRows(rows, { ...none, categoryId: 'cat_clothing' }, null, categories)),
    ).toEqual(['a1', 'a2']);
    expect(ids(sortedRows(rows, { ...none, stock: 'sold-out' }, null, categories))).toEqual(['a2']);
    expect(ids(sortedRows(rows, { ...none, stock: 'in-stock' }, null, categories))).toEqual([
      'a1',
      'b1',
    ]);
  });

  it('sorts either way and keeps catalog order without a sort', () => {
    const byPrice = { column: 'price', direction: 'ascending' } as const;
    expect(ids(sortedRows(rows, none, byPrice, categories))).toEqual(['a2', 'b1', 'a1']);
    expect(
      ids(sortedRows(rows, none, { ...byPrice, direction: 'descending' }, categories)),
    ).toEqual(['a1', 'b1', 'a2']);
    expect(ids(sortedRows(rows, none, null, categories))).toEqual(['a1', 'a2', 'b1']);
    expect(nextSort(null, 'sku')).toEqual({ column: 'sku', direction: 'ascending' });
    expect(nextSort({ column: 'sku', direction: 'ascending' }, 'sku')?.direction).toBe(
      'descending',
    );
    expect(nextSort({ column: 'sku', direction: 'descending' }, 'sku')).toBeNull();
  });

  it('groups variants under their product, which takes its best variant’s place', () => {
    const sorted = sortedRows(rows, none, { column: 'price', direction: 'ascending' }, categories);
    const grouped = groupedRows(sorted, new Set());
    expect(grouped.map((r) => r.key)).toEqual(['p:a', 'a2', 'a1', 'p:b', 'b1']);
    expect(grouped[0]).toMatchObject({ variantCount: 2, minPriceCents: 1000, stock: 5 });
    expect(groupedRows(sorted, new Set(['a'])).map((r) => r.key)).toEqual(['p:a', 'p:b', 'b1']);
  });
});
