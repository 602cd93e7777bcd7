import type { StorefrontCategory, StorefrontProductList } from '@storecraft/services';
import type { Metadata } from 'next';
import Link from 'next/link';
import { brandIcons } from '../../../../../../../ui/store/brand-icon.ts';
import {
  ALL_PRODUCTS,
  collectionHref,
  type StoreRef,
} from '../../../../../../../ui/store/hrefs.ts';
import { loadStoreCollection } from '../../../../../../../ui/store/load.ts';
import { ProductGrid } from '../../../../../../../ui/store/product-card.tsx';
import { StoreFrame } from '../../../../../../../ui/store/store-frame.tsx';
import {
  containerClass,
  headingClass,
  linkClass,
  outlineButtonClass,
  primaryButtonClass,
} from '../../../../../../../ui/store/styles.ts';

type Params = Promise<{ workspaceId: string; brandId: string; categoryId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function firstOf(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, 200) : undefined;
}

async function load(params: Params, searchParams: SearchParams) {
  const { workspaceId, brandId, categoryId } = await params;
  const query = await searchParams;
  const q = firstOf(query.q);
  const cursor = firstOf(query.cursor);
  const store: StoreRef = { workspaceId, brandId };
  const page = await loadStoreCollection(store, categoryId, q, cursor);
  return { store, categoryId, q, cursor, page };
}

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { page } = await load(params, searchParams);
  return {
    title: { absolute: `${page.category?.title ?? 'All products'} · ${page.brand.name}` },
    robots: { index: false },
    icons: brandIcons(page.brand.name, page.brand.palette),
  };
}

/** A collection (or every product): filter by collection, search by title, page by page. */
export default async function CollectionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { store, categoryId, q, cursor, page } = await load(params, searchParams);
  const title = page.category?.title ?? 'All products';
  const topLevelId = topLevelOf(page.categories, page.category)?.id;
  return (
    <StoreFrame
      shell={page}
      store={store}
      activeCategoryId={topLevelId ?? ALL_PRODUCTS}
      showSearch={false}
    >
      <div className={`${containerClass} flex flex-col gap-6 py-10`}>
        <header className="flex flex-col gap-2">
          <h1 className={`${headingClass} text-3xl font-semibold sm:text-4xl`}>{title}</h1>
          {page.category?.description ? (
            <p className="max-w-prose text-(--store-muted)">{page.category.description}</p>
          ) : null}
        </header>
        <CategoryFilter page={page} store={store} categoryId={categoryId} q={q} />
        <SearchForm store={store} categoryId={categoryId} q={q} title={title} />
        {q ? (
          <p role="status" className="text-sm">
            {page.items.length === 0 ? 'No products' : 'Products'} matching “{q}”{' '}
            <Link href={collectionHref(store, categoryId)} className={linkClass}>
              Clear search
            </Link>
          </p>
        ) : null}
        {page.items.length === 0 ? (
          <EmptyResults store={store} q={q} />
        ) : (
          <ProductGrid
            products={page.items}
            store={store}
            currency={page.brand.currency}
            locale={page.brand.locale}
            eager={cursor ? 0 : 4}
          />
        )}
        <Pagination
          store={store}
          categoryId={categoryId}
          q={q}
          cursor={cursor}
          next={page.nextCursor}
        />
      </div>
    </StoreFrame>
  );
}

function topLevelOf(
  categories: StorefrontCategory[],
  category: StorefrontCategory | null,
): StorefrontCategory | null {
  let current = category;
  for (let depth = 0; current?.parentId && depth < 3; depth++) {
    const parentId: string = current.parentId;
    current = categories.find((c) => c.id === parentId) ?? null;
  }
  return current;
}

/**
 * Links to the top-level collections, and under the chosen one its sub-collections; the search
 * text is kept when switching.
 */
function CategoryFilter({
  page,
  store,
  categoryId,
  q,
}: {
  page: StorefrontProductList;
  store: StoreRef;
  categoryId: string;
  q: string | undefined;
}) {
  const top = topLevelOf(page.categories, page.category);
  const children = top ? page.categories.filter((c) => c.parentId === top.id) : [];
  const chip = (id: string, label: string) => {
    const current = id === categoryId;
    return (
      <li key={id}>
        <Link
          href={collectionHref(store, id, { q })}
          aria-current={current ? 'page' : undefined}
          className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm ${
            current
              ? 'border-(--store-text) bg-(--store-text) text-(--store-bg)'
              : 'border-(--store-line) hover:border-(--store-text)'
          }`}
        >
          {label}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Filter by collection" className="flex flex-col gap-2">
      <ul className="flex flex-wrap gap-2">
        {chip(ALL_PRODUCTS, 'All')}
        {page.categories.filter((c) => c.parentId === null).map((c) => chip(c.id, c.title))}
      </ul>
      {top && children.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={`In ${top.title}`}>
          {chip(top.id, `All ${top.title}`)}
          {children.map((c) => chip(c.id, c.title))}
        </ul>
      ) : null}
    </nav>
  );
}

function SearchForm({
  store,
  categoryId,
  q,
  title,
}: {
  store: StoreRef;
  categoryId: string;
  q: string | undefined;
  title: string;
}) {
  return (
    <form
      role="search"
      aria-label="Products"
      action={collectionHref(store, categoryId)}
      className="flex max-w-md gap-2"
    >
      <label htmlFor="collection-search" className="sr-only">
        Search {title}
      </label>
      <input
        id="collection-search"
        name="q"
        type="search"
        defaultValue={q}
        placeholder={`Search ${title.toLowerCase()}`}
        className="min-h-11 flex-1 rounded-full border border-(--store-line) bg-(--store-bg) px-4 text-(--store-text) placeholder:text-(--store-muted)"
      />
      <button type="submit" className={primaryButtonClass}>
        Search
      </button>
    </form>
  );
}

function EmptyResults({ store, q }: { store: StoreRef; q: string | undefined }) {
  return (
    <div className="flex flex-col items-start gap-4 rounded-xl border border-(--store-line) p-8">
      <p className="text-lg">
        {q ? 'Nothing here matches your search.' : 'This collection has no products yet.'}
      </p>
      <Link href={collectionHref(store, ALL_PRODUCTS)} className={outlineButtonClass}>
        Browse all products
      </Link>
    </div>
  );
}

function Pagination({
  store,
  categoryId,
  q,
  cursor,
  next,
}: {
  store: StoreRef;
  categoryId: string;
  q: string | undefined;
  cursor: string | undefined;
  next: string | null;
}) {
  if (!cursor && !next) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-center gap-3 pt-4">
      {cursor ? (
        <Link href={collectionHref(store, categoryId, { q })} className={outlineButtonClass}>
          First page
        </Link>
      ) : null}
      {next ? (
        <Link
          href={collectionHref(store, categoryId, { q, cursor: next })}
          className={primaryButtonClass}
        >
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
