import Link from 'next/link';
import { CatalogTable } from '../../../../../../../ui/components/catalog-table.tsx';
import { orNotFound, requireUser } from '../../../../../../../ui/server/session.ts';
import { categoryOptions } from './category-options.ts';
import { BrandBreadcrumb } from '../../../../../../../ui/components/brand-breadcrumb.tsx';

export const metadata = { title: 'Catalog table' };

/** Every variant of the brand in one sortable, filterable table. */
export default async function CatalogTablePage({
  params,
}: {
  params: Promise<{ workspaceId: string; brandId: string }>;
}) {
  const { workspaceId, brandId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/brands/${brandId}/catalog`);
  const brand = await orNotFound(api.brands.get({ workspaceId, brandId }));
  const catalog = await api.catalogs.get({ workspaceId, brandId });
  const brandPath = `/w/${workspaceId}/brands/${brandId}`;

  return (
    <section className="flex flex-col gap-4">
      <BrandBreadcrumb
        workspaceId={workspaceId}
        brandId={brandId}
        brandName={brand.name}
        page="Catalog table"
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Catalog table</h1>
          <p className="text-sm text-muted">
            {brand.name}: {catalog.counts.products.toLocaleString('en')} products, every variant a
            row. Click a column to sort.
          </p>
        </div>
        <Link
          href={`${brandPath}/downloads`}
          className="rounded-md border border-line px-4 py-2 text-sm font-medium hover:border-accent"
        >
          Exports and downloads
        </Link>
      </div>
      {catalog.counts.products === 0 ? (
        <EmptyCatalog
          brandPath={brandPath}
          building={catalog.build?.status === 'pending' || catalog.build?.status === 'running'}
        />
      ) : (
        <CatalogTable
          workspaceId={workspaceId}
          brandId={brandId}
          currency={brand.currency}
          categories={categoryOptions(catalog.categories)}
        />
      )}
    </section>
  );
}

function EmptyCatalog({ brandPath, building }: { brandPath: string; building: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-line p-10 text-center">
      <p className="font-medium">
        {building ? 'The catalog is being built.' : 'This brand has no catalog yet.'}
      </p>
      <p className="mt-1 text-sm text-muted">
        {building
          ? 'Its products appear here once the build has written them.'
          : 'Build one from the brand page, then come back to browse every variant.'}
      </p>
      <Link
        href={brandPath}
        className="mt-4 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90"
      >
        Go to the brand
      </Link>
    </div>
  );
}
