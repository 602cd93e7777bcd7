'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { describeError, trpc } from '../client/trpc.ts';

/**
 * Zips the brand's 256 px thumbnails (a `thumbnails` export). Named without the word "Export" so
 * the catalog form's "Export" button stays the only one of that name.
 */
export function ExportThumbnailsButton({
  workspaceId,
  brandId,
  disabledReason,
}: {
  workspaceId: string;
  brandId: string;
  disabledReason: string | null;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const pending = busy || refreshing;

  async function zip() {
    setBusy(true);
    setResult(null);
    try {
      await trpc.exports.create.mutate({ workspaceId, brandId, format: 'thumbnails' });
      setResult({
        kind: 'ok',
        text: 'Zipping the thumbnails: the ZIP is at the top of the list, with its download link once it is written.',
      });
      startRefresh(() => router.refresh());
    } catch (error) {
      setResult({ kind: 'error', text: describeError(error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void zip()}
          disabled={pending || disabledReason !== null}
          aria-busy={pending}
          className="rounded-md border border-line bg-white px-4 py-2 text-sm font-medium hover:border-accent disabled:opacity-60"
        >
          Zip thumbnails
        </button>
        <p role="status" className="text-sm text-ok">
          {pending ? <span className="text-muted">Starting…</span> : null}
          {!pending && result?.kind === 'ok' ? result.text : null}
        </p>
      </div>
      {disabledReason ? <p className="text-sm text-muted">{disabledReason}</p> : null}
      {result?.kind === 'error' ? (
        <p role="alert" className="text-sm text-danger">
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
