'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { useJobStatus, type Connection, type JobStatusData } from '../client/job-events.ts';
import { describeError, trpc } from '../client/trpc.ts';
import { BuildStatusBadge, buildPhaseOf, isRunningPhase } from './build-status-badge.tsx';
import { exportFormatLabels } from './export-formats.tsx';

type Build = NonNullable<JobStatusData['build']>;

/** One stage's bar: an accessible progressbar with its count in words beside it. */
function StageBar({
  label,
  done,
  total,
  unit,
  failed,
  note,
}: {
  label: string;
  done: number;
  total: number;
  unit: string;
  failed?: number;
  note?: string;
}) {
  const labelId = useId();
  const max = Math.max(total, 1);
  const value = Math.min(done, max);
  const percent = total === 0 ? 0 : Math.round((value / max) * 100);
  const text = `${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${unit}`;
  return (
    <li className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span id={labelId} className="font-medium">
          {label}
        </span>
        <span className="tabular-nums text-muted">
          {text}
          {failed ? <span className="text-danger"> · {failed} failed</span> : null}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={`${text} (${percent}%)`}
        className="h-2.5 overflow-hidden rounded-full bg-line"
      >
        <div
          className="h-full rounded-full bg-accent transition-[width] duration-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      {note ? <p className="text-xs text-muted">{note}</p> : null}
    </li>
  );
}

function Stages({ build }: { build: Build }) {
  const exportsDone = build.exports.filter((e) => e.status === 'done').length;
  const exportsFailed = build.exports.filter((e) => e.status === 'failed').length;
  return (
    <ul className="flex flex-col gap-4">
      <StageBar label="Catalog rows" done={build.rows} total={build.size} unit="products" />
      {build.withImages ? (
        <StageBar
          label="Images"
          done={build.images.done}
          total={build.images.total}
          unit="pictures"
          failed={build.images.failed}
          note={
            build.rows < build.size
              ? 'Pictures are queued as the rows are written, so the total grows.'
              : undefined
          }
        />
      ) : null}
      {build.formats.length > 0 ? (
        <StageBar
          label="Exports"
          done={exportsDone}
          total={build.formats.length}
          unit="files"
          failed={exportsFailed}
          note={build.exports
            .map(
              (e) =>
                `${exportFormatLabels[e.format]}: ${e.status === 'running' ? 'writing' : e.status}`,
            )
            .join(' · ')}
        />
      ) : null}
    </ul>
  );
}

const connectionText: Record<Connection, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  polling: 'Updating every few seconds',
  finished: '',
};

const button =
  'rounded-md border px-4 py-2 text-sm font-medium hover:opacity-90 disabled:opacity-60';

/**
 * The live build: a bar per stage (catalog rows, images, exports), the reason and "Retry" when it
 * failed, "Cancel" while it runs, and where to go once it is done.
 */
export function BuildProgress({
  workspaceId,
  initial,
}: {
  workspaceId: string;
  initial: JobStatusData;
}) {
  const { status, connection, restart } = useJobStatus(workspaceId, initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const build = status.build;
  if (!build) return <p>This job is not a catalog build.</p>;
  const phase = buildPhaseOf(build);
  const running = isRunningPhase(phase);
  const canRetry = phase === 'failed' || phase === 'cancelled';
  // A build whose rows are written is done as a job: its pictures finish on their own.
  const canCancel = status.status === 'pending' || status.status === 'running';
  const base = `/w/${workspaceId}/brands/${status.brandId}`;

  async function act(action: 'retry' | 'cancel') {
    setBusy(true);
    setMessage('');
    try {
      const next = await trpc.jobs[action].mutate({ workspaceId, jobId: status.id });
      restart(next);
    } catch (error) {
      setMessage(describeError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <BuildStatusBadge phase={phase} />
        <span className="text-sm text-muted" aria-live="polite">
          {running ? connectionText[connection] : ''}
        </span>
      </div>

      <Stages build={build} />

      {phase === 'failed' || phase === 'cancelled' ? (
        <div role="alert" className="rounded-md border border-danger p-3 text-sm">
          <p className="font-medium text-danger">
            {phase === 'cancelled' ? 'The build was cancelled.' : 'The build failed.'}
          </p>
          {phase === 'failed' && status.lastError ? (
            <p className="mt-1">Reason: {status.lastError}</p>
          ) : null}
        </div>
      ) : null}

      <p role="alert" className="text-sm text-danger empty:hidden">
        {message}
      </p>

      {canRetry || canCancel ? (
        <div className="flex flex-wrap gap-3">
          {canRetry ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void act('retry')}
              className={`${button} border-accent bg-accent text-accent-ink`}
            >
              Retry
            </button>
          ) : null}
          {canCancel ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void act('cancel')}
              className={`${button} border-danger text-danger`}
            >
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}

      {phase === 'done' ? (
        <section aria-labelledby="build-done-heading" className="rounded-lg border border-ok p-4">
          <h2 id="build-done-heading" className="font-semibold text-ok">
            The catalog is ready
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link
                href={`/preview/${workspaceId}/${status.brandId}`}
                className="text-accent underline"
              >
                Storefront preview
              </Link>
            </li>
            <li>
              <Link href={`${base}/catalog`} className="text-accent underline">
                Catalog table
              </Link>
            </li>
            <li>
              <Link href={`${base}/downloads`} className="text-accent underline">
                Downloads
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
    </div>
  );
}
