import type { StorefrontCard } from '@storecraft/services';
import Link from 'next/link';
import { productHref, type StoreRef } from './hrefs.ts';
import { Price } from './price.tsx';
import { StoreImage } from './store-image.tsx';

/**
 * Card width in the grids, rounded down to the 256 px thumbnail on wide screens: the browser takes
 * the thumbnail where it is sharp enough, and the full picture only on dense (retina) screens.
 */
export const CARD_SIZES = '(min-width: 1024px) 256px, (min-width: 640px) 30vw, 45vw';

export function ProductCard({
  product,
  store,
  currency,
  locale,
  priority = false,
}: {
  product: StorefrontCard;
  store: StoreRef;
  currency: string;
  locale: string;
  priority?: boolean;
}) {
  return (
    <article className="group relative flex flex-col gap-2">
      <div className="relative">
        <StoreImage
          image={product.image}
          label={product.title}
          variant="card"
          sizes={CARD_SIZES}
          priority={priority}
          className="transition group-hover:opacity-90"
        />
        {product.available ? null : (
          <span className="absolute top-2 left-2 rounded-full bg-(--store-bg) px-2 py-0.5 text-xs font-semibold text-(--store-text)">
            Sold out
          </span>
        )}
      </div>
      <h3 className="text-sm leading-snug font-medium sm:text-base">
        {/* The stretched link makes the whole card clickable with one tab stop. */}
        <Link
          href={productHref(store, product.id)}
          className="after:absolute after:inset-0 after:content-[''] hover:underline"
        >
          {product.title}
        </Link>
      </h3>
      <Price
        cents={product.priceCents}
        maxCents={product.maxPriceCents}
        compareAtCents={product.compareAtPriceCents}
        currency={currency}
        locale={locale}
      />
    </article>
  );
}

export function ProductGrid({
  products,
  store,
  currency,
  locale,
  /** Cards in the first row load eagerly: they are on screen at once. */
  eager = 0,
}: {
  products: StorefrontCard[];
  store: StoreRef;
  currency: string;
  locale: string;
  eager?: number;
}) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            store={store}
            currency={currency}
            locale={locale}
            priority={index < eager}
          />
        </li>
      ))}
    </ul>
  );
}
