import Link from 'next/link';

/** Brands / <brand> / <page>: where a page of one brand sits in the workspace. */
export function BrandBreadcrumb({
  workspaceId,
  brandId,
  brandName,
  page,
}: {
  workspaceId: string;
  brandId: string;
  brandName: string;
  page: string;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href={`/w/${workspaceId}`} className="hover:text-ink hover:underline">
            Brands
          </Link>{' '}
          /
        </li>
        <li>
          <Link
            href={`/w/${workspaceId}/brands/${brandId}`}
            className="hover:text-ink hover:underline"
          >
            {brandName}
          </Link>{' '}
          /
        </li>
        <li aria-current="page" className="text-ink">
          {page}
        </li>
      </ol>
    </nav>
  );
}
