import Link from 'next/link';
import { requireUser } from '../../../../ui/server/session.ts';

/** The workspace's brands, newest first, and the way to forge another. */
export default async function BrandsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}`);
  const { items } = await api.brands.list({ workspaceId, limit: 100 });
  return (
    <section className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Brands</h1>
        <Link
          href={`/w/${workspaceId}/new`}
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90"
        >
          New brand
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="text-muted">
          No brands yet. Say what a store sells and StoreCraft forges one.
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((brand) => (
            <li key={brand.id}>
              <Link
                href={`/w/${workspaceId}/brands/${brand.id}`}
                className="block rounded-lg border border-line p-4 hover:border-accent"
              >
                <span className="block font-semibold">{brand.name}</span>
                <span className="block text-sm text-muted">{brand.niche}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
