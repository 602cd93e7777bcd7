import type { StorefrontCategory, StorefrontShell } from '@storecraft/services';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { BrandLogo } from './brand-logo.tsx';
import {
  ALL_PRODUCTS,
  brandAdminHref,
  collectionHref,
  storeHomeHref,
  type StoreRef,
} from './hrefs.ts';
import { containerClass, headingClass, linkClass } from './styles.ts';
import { storeThemeStyle } from './theme.ts';

/**
 * Every storefront page: StoreCraft's slim preview bar, then the brand's own header, the page and
 * its footer, all in the brand's palette and typefaces.
 */
export function StoreFrame({
  shell,
  store,
  activeCategoryId,
  showSearch = true,
  children,
}: {
  shell: StorefrontShell;
  store: StoreRef;
  /** The top-level collection the page belongs to, marked in the navigation. */
  activeCategoryId?: string | undefined;
  /** Off where the page has its own search form (collections), so there is one search box. */
  showSearch?: boolean;
  children: ReactNode;
}) {
  const { brand, categories } = shell;
  const topLevel = categories.filter((c) => c.parentId === null);
  return (
    <div
      style={storeThemeStyle(brand.palette, brand.typography)}
      className="flex min-h-screen flex-col [&_:focus-visible]:outline-(--store-link)"
    >
      <a
        href="#store-main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black"
      >
        Skip to content
      </a>
      <PreviewBar brandName={brand.name} store={store} />
      <header className="border-b border-(--store-line)">
        <div className={`${containerClass} flex flex-wrap items-center justify-between gap-3 py-4`}>
          <Link href={storeHomeHref(store)} className="shrink-0" aria-label={`${brand.name} home`}>
            <BrandLogo svg={brand.logoSvg} name={brand.name} />
          </Link>
          {showSearch ? (
            <form
              role="search"
              aria-label="Store"
              action={collectionHref(store, ALL_PRODUCTS)}
              className="order-last flex w-full sm:order-none sm:w-auto"
            >
              <label htmlFor="store-search" className="sr-only">
                Search products
              </label>
              <input
                id="store-search"
                name="q"
                type="search"
                placeholder="Search products"
                className="min-h-11 w-full rounded-full border border-(--store-line) bg-(--store-bg) px-4 text-sm text-(--store-text) placeholder:text-(--store-muted) sm:w-56"
              />
            </form>
          ) : null}
        </div>
        <CategoryNav categories={topLevel} store={store} activeCategoryId={activeCategoryId} />
      </header>
      <main id="store-main" className="flex-1">
        {children}
      </main>
      <StoreFooter shell={shell} store={store} topLevel={topLevel} />
    </div>
  );
}

function PreviewBar({ brandName, store }: { brandName: string; store: StoreRef }) {
  return (
    <div className="bg-[#111827] text-sm text-white">
      <div className={`${containerClass} flex items-center justify-between gap-3 py-1.5`}>
        <p className="truncate">
          Preview of <span className="font-semibold">{brandName}</span>
        </p>
        <Link
          href={brandAdminHref(store)}
          className="shrink-0 underline underline-offset-2 hover:no-underline focus-visible:outline-white"
        >
          Back to StoreCraft
        </Link>
      </div>
    </div>
  );
}

function CategoryNav({
  categories,
  store,
  activeCategoryId,
}: {
  categories: StorefrontCategory[];
  store: StoreRef;
  activeCategoryId: string | undefined;
}) {
  const links = [
    { id: ALL_PRODUCTS, title: 'Shop all' },
    ...categories.map((c) => ({ id: c.id, title: c.title })),
  ];
  return (
    <nav aria-label="Collections" className={containerClass}>
      {/* One scrolling row on phones rather than a menu: nothing to open, nothing hidden. */}
      <ul className="-mx-1 flex gap-1 overflow-x-auto pb-2 text-sm font-medium">
        {links.map((link) => {
          const active = link.id === (activeCategoryId ?? '');
          return (
            <li key={link.id} className="shrink-0">
              <Link
                href={collectionHref(store, link.id)}
                aria-current={active ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-full px-3 hover:bg-(--store-surface) ${
                  active ? 'bg-(--store-surface) underline underline-offset-4' : ''
                }`}
              >
                {link.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function StoreFooter({
  shell,
  store,
  topLevel,
}: {
  shell: StorefrontShell;
  store: StoreRef;
  topLevel: StorefrontCategory[];
}) {
  const { brand } = shell;
  return (
    <footer className="mt-16 border-t border-(--store-line) bg-(--store-surface)">
      <div className={`${containerClass} grid gap-8 py-10 sm:grid-cols-[2fr_1fr]`}>
        <div className="flex flex-col gap-3">
          <p className={`${headingClass} text-lg font-semibold`}>{brand.name}</p>
          <p className="max-w-prose text-sm leading-relaxed text-(--store-muted)">
            {brand.mission}
          </p>
        </div>
        <nav aria-label="Footer">
          <h2 className={`${headingClass} mb-2 text-sm font-semibold`}>Shop</h2>
          <ul className="flex flex-col gap-1 text-sm">
            <li>
              <Link href={collectionHref(store, ALL_PRODUCTS)} className={linkClass}>
                All products
              </Link>
            </li>
            {topLevel.map((c) => (
              <li key={c.id}>
                <Link href={collectionHref(store, c.id)} className={linkClass}>
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className={`${containerClass} pb-8 text-xs text-(--store-muted)`}>
        © {brand.name}. A demo storefront generated by StoreCraft; products and prices are
        fictional.
      </p>
    </footer>
  );
}
