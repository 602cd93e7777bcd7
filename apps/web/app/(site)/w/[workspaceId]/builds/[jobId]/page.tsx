import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { JobStatusData } from '../../../../../../ui/client/job-events.ts';
import { BuildProgress } from '../../../../../../ui/components/build-progress.tsx';
import { formatUtc } from '../../../../../../ui/components/export-formats.tsx';
import { orNotFound, requireUser } from '../../../../../../ui/server/session.ts';
import { BuildAiSummary } from './build-ai-summary.tsx';

export const metadata: Metadata = { title: 'Build' };

/**
 * A catalog build, live: rendered with its current status, then followed in the browser (SSE,
 * polling as a fallback), so closing the tab and coming back picks it up where it is.
 */
export default async function BuildPage({
  params,
}: {
  params: Promise<{ workspaceId: string; jobId: string }>;
}) {
  const { workspaceId, jobId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/builds/${jobId}`);
  const status = await orNotFound(api.jobs.status({ workspaceId, jobId }));
  if (status.kind !== 'catalog' || !status.build) notFound();
  const brand = await api.brands.get({ workspaceId, brandId: status.brandId });
  // As the browser's own queries will see it: dates as ISO strings.
  const initial = JSON.parse(JSON.stringify(status)) as JobStatusData;
  const { build } = status;
  return (
    <section className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspaceId}/builds`} className="hover:text-ink">
          Builds
        </Link>{' '}
        / {brand.name}
      </nav>
      <div>
        <h1 className="text-2xl font-bold">{brand.name}: catalog build</h1>
        <p className="text-muted">
          {build.size.toLocaleString('en')} products
          {build.withImages ? ' with images' : ', no images'}
          {build.formats.length > 0 ? `, exported for ${build.formats.join(', ')}` : ''} · started{' '}
          {formatUtc(status.createdAt)} ·{' '}
          <Link
            href={`/w/${workspaceId}/brands/${status.brandId}`}
            className="text-accent underline-offset-2 hover:underline"
          >
            Brand page
          </Link>
        </p>
      </div>
      <div className="rounded-lg border border-line p-4 sm:p-6">
        <BuildProgress workspaceId={workspaceId} initial={initial} />
      </div>
      <BuildAiSummary workspaceId={workspaceId} initial={initial} />
    </section>
  );
}
