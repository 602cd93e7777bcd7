'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/**
 * A page that failed to render. The server already logged the cause; the digest ties what the
 * user reports to that log line without showing them internals.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    document.title = 'Something went wrong · StoreCraft';
  }, []);

  return (
    <main
      id="main"
      className="mx-auto flex min-h-[70vh] max-w-lg flex-col justify-center gap-4 px-4 py-16"
    >
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="text-muted">
        This page could not be shown just now. Try again; if it keeps happening, come back in a few
        minutes.
      </p>
      {error.digest ? (
        <p className="text-sm text-muted">
          Reference: <code className="font-mono text-ink">{error.digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90"
        >
          Try again
        </button>
        <Link
          href="/"
          className="rounded-md border border-line px-4 py-2 font-medium hover:bg-panel"
        >
          Go home
        </Link>
      </div>
    </main>
  );
}
