import type { Metadata } from 'next';
import Link from 'next/link';
import { BrandEditor } from '../../../../../../ui/components/brand-editor.tsx';
import { BrandLogo } from '../../../../../../ui/components/brand-logo.tsx';
import { BuildStartForm } from '../../../../../../ui/components/build-start-form.tsx';
import { buildOptionsFrom } from '../../../../../../ui/components/build-options.ts';
import {
  BuildStatusBadge,
  buildPhaseOf,
} from '../../../../../../ui/components/build-status-badge.tsx';
import { formatUtc } from '../../../../../../ui/components/export-formats.tsx';
import { orNotFound, requireUser } from '../../../../../../ui/server/session.ts';

export const metadata: Metadata = { title: 'Brand' };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The brand's page: wizard step 2 (review, regenerate or edit each part, then "Build catalog",
 * with the options step 1 carried in the query string) and the brand's hub (builds, storefront
 * preview, catalog table, downloads).
 */
export default async function BrandPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string; brandId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { workspaceId, brandId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/brands/${brandId}`);
  const brand = await orNotFound(api.brands.get({ workspaceId, brandId }));
  const catalog = await api.catalogs.get({ workspaceId, brandId });
  const builds = await api.catalogs.builds({ workspaceId, brandId, limit: 5 });
  const limits = await api.catalogs.limits({ workspaceId });
  const options = buildOptionsFrom(await searchParams, limits);
  const base = `/w/${workspaceId}/brands/${brandId}`;
  const hasCatalog = catalog.counts.products > 0;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspaceId}`} className="hover:text-ink">
          Brands
        </Link>{' '}
        / {brand.name}
      </nav>
      <header className="flex flex-wrap items-center gap-4">
        <BrandLogo svg={brand.logoSvg} name={brand.name} className="h-12 w-auto max-w-full" />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold">{brand.name}</h1>
          <p className="text-muted">
            {brand.niche} · seed {brand.seed}
          </p>
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="review-heading" className="flex flex-col gap-3">
          <div>
            {hasCatalog ? null : <p className="text-sm font-medium text-accent">Step 2 of 2</p>}
            <h2 id="review-heading" className="text-xl font-semibold">
              Review the brand
            </h2>
            <p className="text-sm text-muted">
              Regenerate any part or edit it; the catalog is built with the brand as it stands.
            </p>
          </div>
          <BrandEditor workspaceId={workspaceId} initialBrand={brand} />
        </section>

        <aside className="flex flex-col gap-6">
          <section aria-labelledby="build-heading" className="rounded-lg border border-line p-4">
            <h2 id="build-heading" className="text-lg font-semibold">
              {hasCatalog ? 'Build again' : 'Build the catalog'}
            </h2>
            <p className="mb-4 text-sm text-muted">
              {hasCatalog
                ? `The catalog has ${catalog.counts.products.toLocaleString('en')} products; a new build replaces it.`
                : 'Products, variants, prices, barcodes and images, in the brand’s voice.'}
            </p>
            <BuildStartForm
              workspaceId={workspaceId}
              brandId={brandId}
              maxProducts={limits.maxProducts}
              initialOptions={options}
              ai={limits.ai}
            />
          </section>

          <nav aria-labelledby="hub-heading" className="rounded-lg border border-line p-4">
            <h2 id="hub-heading" className="text-lg font-semibold">
              This brand
            </h2>
            <ul className="mt-2 flex flex-col gap-1">
              {[
                [`/preview/${workspaceId}/${brandId}`, 'Storefront preview'],
                [`${base}/catalog`, 'Catalog table'],
                [`${base}/downloads`, 'Downloads'],
              ].map(([href, label]) => (
                <li key={href}>
                  <Link
                    href={href ?? '#'}
                    className="text-accent underline-offset-2 hover:underline"
                  >
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
            {hasCatalog ? null : (
              <p className="mt-2 text-xs text-muted">These fill in once the catalog is built.</p>
            )}
          </nav>

          <section aria-labelledby="builds-heading" className="rounded-lg border border-line p-4">
            <div className="flex items-baseline justify-between gap-2">
              <h2 id="builds-heading" className="text-lg font-semibold">
                Builds
              </h2>
              <Link
                href={`/w/${workspaceId}/builds`}
                className="text-sm text-accent underline-offset-2 hover:underline"
              >
                All builds
              </Link>
            </div>
            {builds.length === 0 ? (
              <p className="mt-2 text-sm text-muted">No builds yet.</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-2">
                {builds.map((build) => (
                  <li key={build.jobId}>
                    <Link
                      href={`/w/${workspaceId}/builds/${build.jobId}`}
                      className="flex items-center justify-between gap-2 rounded-md border border-line px-3 py-2 text-sm hover:border-accent"
                    >
                      <span>
                        {build.size.toLocaleString('en')} products
                        <span className="block text-xs text-muted">
                          {formatUtc(build.createdAt)}
                        </span>
                      </span>
                      <BuildStatusBadge phase={buildPhaseOf(build)} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
