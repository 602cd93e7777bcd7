import type { StorefrontCollectionTile, StorefrontHome } from '@storecraft/services';
import type { Metadata } from 'next';
import Link from 'next/link';
import { brandIcons } from '../../../../../ui/store/brand-icon.ts';
import {
  ALL_PRODUCTS,
  brandAdminHref,
  collectionHref,
  type StoreRef,
} from '../../../../../ui/store/hrefs.ts';
import { loadStoreHome } from '../../../../../ui/store/load.ts';
import { CARD_SIZES, ProductGrid } from '../../../../../ui/store/product-card.tsx';
import { StoreFrame } from '../../../../../ui/store/store-frame.tsx';
import { StoreImage } from '../../../../../ui/store/store-image.tsx';
import {
  containerClass,
  headingClass,
  linkClass,
  outlineButtonClass,
} from '../../../../../ui/store/styles.ts';

type Params = Promise<{ workspaceId: string; brandId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const home = await loadStoreHome(await params);
  return {
    title: { absolute: `${home.brand.name} — ${home.brand.tagline}` },
    robots: { index: false },
    icons: brandIcons(home.brand.name, home.brand.palette),
  };
}

/** The storefront's home page: hero, collections, featured products. */
export default async function StoreHomePage({ params }: { params: Params }) {
  const store = await params;
  const home = await loadStoreHome(store);
  const { brand } = home;
  return (
    <StoreFrame shell={home} store={store}>
      <Hero home={home} store={store} />
      {home.featured.length === 0 ? (
        <EmptyCatalog store={store} />
      ) : (
        <>
          <Collections tiles={home.collections} store={store} />
          <section aria-labelledby="featured" className={`${containerClass} mt-16`}>
            <div className="mb-6 flex items-end justify-between gap-4">
              <h2 id="featured" className={`${headingClass} text-2xl font-semibold sm:text-3xl`}>
                Featured
              </h2>
              <Link
                href={collectionHref(store, ALL_PRODUCTS)}
                className={`${linkClass} text-sm font-medium`}
              >
                View all products
              </Link>
            </div>
            <ProductGrid
              products={home.featured}
              store={store}
              currency={brand.currency}
              locale={brand.locale}
            />
          </section>
          <Values values={brand.values} name={brand.name} />
        </>
      )}
    </StoreFrame>
  );
}

function Hero({ home, store }: { home: StorefrontHome; store: StoreRef }) {
  const { brand } = home;
  return (
    <section className="bg-(--store-primary) text-(--store-on-primary)">
      <div className={`${containerClass} flex flex-col items-start gap-5 py-16 sm:py-24`}>
        <h1
          className={`${headingClass} max-w-3xl text-4xl leading-tight font-semibold sm:text-6xl`}
        >
          {brand.name}
        </h1>
        <p className="max-w-2xl text-lg sm:text-xl">{brand.tagline}</p>
        {home.featured.length > 0 ? (
          <Link
            href={collectionHref(store, ALL_PRODUCTS)}
            className="inline-flex min-h-11 items-center rounded-full bg-(--store-bg) px-6 py-2.5 font-semibold text-(--store-text) hover:opacity-90"
          >
            Shop all
          </Link>
        ) : null}
      </div>
    </section>
  );
}

function Collections({ tiles, store }: { tiles: StorefrontCollectionTile[]; store: StoreRef }) {
  const shown = tiles.filter((tile) => tile.productCount > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="collections" className={`${containerClass} mt-14`}>
      <h2 id="collections" className={`${headingClass} mb-6 text-2xl font-semibold sm:text-3xl`}>
        Collections
      </h2>
      <ul className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {shown.map(({ category, image, productCount }) => (
          <li key={category.id} className="group relative flex flex-col gap-2">
            <StoreImage
              image={image}
              label={category.title}
              variant="card"
              sizes={CARD_SIZES}
              className="transition group-hover:opacity-90"
            />
            <h3 className={`${headingClass} text-lg font-semibold`}>
              <Link
                href={collectionHref(store, category.id)}
                className="after:absolute after:inset-0 after:content-[''] hover:underline"
              >
                {category.title}
              </Link>
            </h3>
            <p className="text-sm text-(--store-muted)">
              {productCount} {productCount === 1 ? 'product' : 'products'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Values({ values, name }: { values: string[]; name: string }) {
  return (
    <section
      aria-labelledby="values"
      className="mt-20 bg-(--store-secondary) text-(--store-on-secondary)"
    >
      <div className={`${containerClass} py-12`}>
        <h2 id="values" className={`${headingClass} mb-6 text-2xl font-semibold`}>
          Why {name}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {values.map((value) => (
            <li key={value} className="flex gap-3">
              <span aria-hidden="true">✦</span>
              <span>{value}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function EmptyCatalog({ store }: { store: StoreRef }) {
  return (
    <section className={`${containerClass} mt-16 flex flex-col items-start gap-4`}>
      <h2 className={`${headingClass} text-2xl font-semibold`}>No products yet</h2>
      <p className="max-w-prose text-(--store-muted)">
        This brand’s catalog has not been built. Build it in StoreCraft and its products appear
        here.
      </p>
      <Link href={brandAdminHref(store)} className={outlineButtonClass}>
        Go to the brand page
      </Link>
    </section>
  );
}
