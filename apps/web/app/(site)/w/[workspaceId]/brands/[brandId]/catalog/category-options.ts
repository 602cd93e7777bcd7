import type { CategoryOption } from '../../../../../../../ui/components/catalog-table-rows.ts';

interface CategoryNode {
  id: string;
  handle: string;
  title: string;
  parentHandle: string | null;
  depth: number;
}

/**
 * The brand's categories in tree order (each parent followed by its children), each knowing the
 * ids under it: products sit in leaf categories, and filtering by a parent should find them.
 */
export function categoryOptions(categories: readonly CategoryNode[]): CategoryOption[] {
  const children = new Map<string | null, CategoryNode[]>();
  for (const category of categories) {
    const siblings = children.get(category.parentHandle) ?? [];
    siblings.push(category);
    children.set(category.parentHandle, siblings);
  }
  const options: CategoryOption[] = [];
  const visit = (node: CategoryNode): string[] => {
    const option: CategoryOption = {
      id: node.id,
      title: node.title,
      depth: node.depth,
      subtreeIds: [node.id],
    };
    options.push(option);
    for (const child of children.get(node.handle) ?? []) option.subtreeIds.push(...visit(child));
    return option.subtreeIds;
  };
  const handles = new Set(categories.map((c) => c.handle));
  // Roots, and (defensively) any category whose parent is missing.
  for (const category of categories) {
    if (category.parentHandle === null || !handles.has(category.parentHandle)) visit(category);
  }
  return options;
}
