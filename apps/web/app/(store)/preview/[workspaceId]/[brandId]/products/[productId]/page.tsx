import type { StorefrontProductPage } from '@storecraft/services';
import type { Metadata } from 'next';
import Link from 'next/link';
import { brandIcons } from '../../../../../../../ui/store/brand-icon.ts';
import {
  ALL_PRODUCTS,
  collectionHref,
  storeHomeHref,
  type StoreRef,
} from '../../../../../../../ui/store/hrefs.ts';
import { loadStoreProduct } from '../../../../../../../ui/store/load.ts';
import { ProductGrid } from '../../../../../../../ui/store/product-card.tsx';
import { ProductView } from '../../../../../../../ui/store/product-view.tsx';
import { StoreFrame } from '../../../../../../../ui/store/store-frame.tsx';
import { containerClass, headingClass, linkClass } from '../../../../../../../ui/store/styles.ts';

type Params = Promise<{ workspaceId: string; brandId: string; productId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspaceId, brandId, productId } = await params;
  const page = await loadStoreProduct({ workspaceId, brandId }, productId);
  return {
    title: { absolute: `${page.product.title} · ${page.brand.name}` },
    description: page.product.seoDescription,
    robots: { index: false },
    icons: brandIcons(page.brand.name, page.brand.palette),
  };
}

/** A product: gallery, variant picker, description and specs, and products like it. */
export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { workspaceId, brandId, productId } = await params;
  const store: StoreRef = { workspaceId, brandId };
  const page = await loadStoreProduct(store, productId);
  const variantParam = (await searchParams).variant;
  const { product, brand } = page;
  return (
    <StoreFrame shell={page} store={store} activeCategoryId={page.breadcrumbs[0]?.id}>
      <div className={`${containerClass} py-8`}>
        <ProductView
          title={product.title}
          options={product.options}
          variants={product.variants}
          images={product.images}
          currency={brand.currency}
          locale={brand.locale}
          initialVariantId={typeof variantParam === 'string' ? variantParam : null}
          header={<ProductHeader page={page} store={store} />}
          details={<ProductDetails page={page} />}
        />
        {page.related.length > 0 ? (
          <section aria-labelledby="related" className="mt-20">
            <h2 id="related" className={`${headingClass} mb-6 text-2xl font-semibold`}>
              You may also like
            </h2>
            <ProductGrid
              products={page.related}
              store={store}
              currency={brand.currency}
              locale={brand.locale}
            />
          </section>
        ) : null}
      </div>
    </StoreFrame>
  );
}

function ProductHeader({ page, store }: { page: StorefrontProductPage; store: StoreRef }) {
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Breadcrumb">
        <ol className="flex flex-wrap items-center gap-x-2 text-sm text-(--store-muted)">
          <li>
            <Link href={storeHomeHref(store)} className={linkClass}>
              Home
            </Link>
          </li>
          {page.breadcrumbs.map((category) => (
            <li key={category.id} className="flex items-center gap-2">
              <span aria-hidden="true">/</span>
              <Link href={collectionHref(store, category.id)} className={linkClass}>
                {category.title}
              </Link>
            </li>
          ))}
          {page.breadcrumbs.length === 0 ? (
            <li className="flex items-center gap-2">
              <span aria-hidden="true">/</span>
              <Link href={collectionHref(store, ALL_PRODUCTS)} className={linkClass}>
                All products
              </Link>
            </li>
          ) : null}
        </ol>
      </nav>
      <p className="text-sm tracking-wide text-(--store-muted) uppercase">{page.product.vendor}</p>
      <h1 className={`${headingClass} text-3xl leading-tight font-semibold sm:text-4xl`}>
        {page.product.title}
      </h1>
    </div>
  );
}

/** Description (sanitized by the API), then the facts a shopper checks: type, tags. */
function ProductDetails({ page }: { page: StorefrontProductPage }) {
  const { product } = page;
  return (
    <div className="flex flex-col gap-6 border-t border-(--store-line) pt-6">
      <section aria-labelledby="description">
        <h2 id="description" className={`${headingClass} mb-3 text-lg font-semibold`}>
          Description
        </h2>
        <div
          className="leading-relaxed [&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:font-semibold [&_h4]:mt-3 [&_h4]:font-semibold [&_li]:mb-1 [&_ol]:mb-4 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:mb-4 [&_table]:mb-4 [&_table]:w-full [&_table]:text-sm [&_td]:border-b [&_td]:border-(--store-line) [&_td]:py-2 [&_th]:border-b [&_th]:border-(--store-line) [&_th]:py-2 [&_th]:pr-4 [&_th]:text-left [&_th]:font-medium [&_ul]:mb-4 [&_ul]:list-disc [&_ul]:pl-5"
          // Generated by StoreCraft, and still filtered through the export allowlist server-side.
          dangerouslySetInnerHTML={{ __html: product.descriptionHtml }}
        />
      </section>
      <section aria-labelledby="details">
        <h2 id="details" className={`${headingClass} mb-3 text-lg font-semibold`}>
          Details
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-(--store-muted)">Type</dt>
          <dd>{product.productType}</dd>
          {product.options
            .filter((option) => option.values.length > 1)
            .map((option) => (
              <div key={option.name} className="contents">
                <dt className="text-(--store-muted)">{option.name}</dt>
                <dd>{option.values.join(', ')}</dd>
              </div>
            ))}
        </dl>
        {product.tags.length > 0 ? (
          <ul aria-label="Tags" className="mt-4 flex flex-wrap gap-2">
            {product.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-(--store-surface) px-3 py-1 text-xs">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
