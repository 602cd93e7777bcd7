import Link from 'next/link';
import {
  DownloadList,
  type DownloadItem,
} from '../../../../../../../ui/components/download-list.tsx';
import { ExportAutoRefresh } from '../../../../../../../ui/components/export-auto-refresh.tsx';
import { ExportForm } from '../../../../../../../ui/components/export-form.tsx';
import { ExportThumbnailsButton } from '../../../../../../../ui/components/export-thumbnails-button.tsx';
import { orNotFound, requireUser } from '../../../../../../../ui/server/session.ts';
import { BrandBreadcrumb } from '../../../../../../../ui/components/brand-breadcrumb.tsx';

export const metadata = { title: 'Downloads' };

/** The brand's download centre: every export with a fresh 24-hour link, and new exports. */
export default async function DownloadsPage({
  params,
}: {
  params: Promise<{ workspaceId: string; brandId: string }>;
}) {
  const { workspaceId, brandId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/brands/${brandId}/downloads`);
  const brand = await orNotFound(api.brands.get({ workspaceId, brandId }));
  const catalog = await api.catalogs.get({ workspaceId, brandId });
  const exports = await api.exports.list({ workspaceId, brandId });
  // Links are minted as the page renders, one per finished export, each good for 24 hours.
  const items: DownloadItem[] = [];
  for (const item of exports) {
    const download =
      item.status === 'done'
        ? await api.exports.downloadUrl({ workspaceId, exportId: item.id })
        : null;
    items.push({ ...item, download });
  }
  const brandPath = `/w/${workspaceId}/brands/${brandId}`;
  const { products, images, imagesReady } = catalog.counts;

  return (
    <section className="flex flex-col gap-6">
      <BrandBreadcrumb
        workspaceId={workspaceId}
        brandId={brandId}
        brandName={brand.name}
        page="Downloads"
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Downloads</h1>
          <p className="text-sm text-muted">
            Every export of {brand.name}. Download links work for 24 hours without signing in;
            reload the page for fresh ones.
          </p>
        </div>
        <Link
          href={`${brandPath}/catalog`}
          className="rounded-md border border-line px-4 py-2 text-sm font-medium hover:border-accent"
        >
          Catalog table
        </Link>
      </div>

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="new-export" className="rounded-lg border border-line p-4">
          <h2 id="new-export" className="mb-3 text-lg font-semibold">
            Export the catalog
          </h2>
          <ExportForm
            workspaceId={workspaceId}
            brandId={brandId}
            disabledReason={
              products === 0 ? 'This brand has no products yet: build its catalog first.' : null
            }
          />
        </section>
        <section aria-labelledby="thumbnails" className="rounded-lg border border-line p-4">
          <h2 id="thumbnails" className="mb-1 text-lg font-semibold">
            Thumbnails ZIP
          </h2>
          <p className="mb-3 text-sm text-muted">
            {imagesReady === images
              ? `The 256 px thumbnails of all ${images.toLocaleString('en')} pictures in one ZIP.`
              : `${imagesReady.toLocaleString('en')} of ${images.toLocaleString('en')} pictures are ready; the ZIP holds the ready ones.`}
          </p>
          <ExportThumbnailsButton
            workspaceId={workspaceId}
            brandId={brandId}
            disabledReason={imagesReady === 0 ? 'No pictures are ready yet.' : null}
          />
        </section>
      </div>

      <section aria-labelledby="exports" className="flex flex-col gap-3">
        <h2 id="exports" className="text-lg font-semibold">
          Exports
        </h2>
        <DownloadList items={items} />
      </section>
      <ExportAutoRefresh
        active={exports.some((e) => e.status === 'running' || e.status === 'pending')}
      />
    </section>
  );
}
