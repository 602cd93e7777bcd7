import type { Metadata } from 'next';
import Link from 'next/link';
import { BuildsAutoRefresh } from '../../../../../ui/components/build-list-refresh.tsx';
import {
  BuildStatusBadge,
  buildPhaseOf,
  isRunningPhase,
} from '../../../../../ui/components/build-status-badge.tsx';
import { formatUtc } from '../../../../../ui/components/export-formats.tsx';
import { requireUser } from '../../../../../ui/server/session.ts';

export const metadata: Metadata = { title: 'Builds' };

/** The workspace's catalog builds, running ones first, so several at once stay in view. */
export default async function BuildsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/builds`);
  const builds = await api.jobs.list({ workspaceId, limit: 50 });
  const running = builds.some((b) => isRunningPhase(buildPhaseOf(b)));
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Builds</h1>
        <Link
          href={`/w/${workspaceId}/new`}
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90"
        >
          New brand
        </Link>
      </div>
      {running ? <BuildsAutoRefresh /> : null}
      {builds.length === 0 ? (
        <p className="text-muted">
          No builds yet. Open a brand and press “Build catalog” to make its products.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {builds.map((build) => {
            const phase = buildPhaseOf(build);
            const total = build.size;
            return (
              <li key={build.jobId}>
                <Link
                  href={`/w/${workspaceId}/builds/${build.jobId}`}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line p-4 hover:border-accent"
                >
                  <span className="min-w-0">
                    <span className="block font-semibold">{build.brandName}</span>
                    <span className="block text-sm text-muted">
                      {total.toLocaleString('en')} products
                      {build.withImages ? '' : ', no images'}
                      {build.formats.length > 0 ? ` · ${build.formats.join(', ')}` : ''} ·{' '}
                      {formatUtc(build.createdAt)}
                    </span>
                  </span>
                  <span className="flex items-center gap-3 text-sm text-muted">
                    {isRunningPhase(phase) ? (
                      <span className="tabular-nums">
                        {build.rows.toLocaleString('en')} / {total.toLocaleString('en')} rows
                        {build.withImages
                          ? ` · ${build.images.done.toLocaleString('en')} / ${build.images.total.toLocaleString('en')} images`
                          : ''}
                      </span>
                    ) : null}
                    <BuildStatusBadge phase={phase} />
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
