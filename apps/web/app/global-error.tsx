'use client';

import './globals.css';

/**
 * The last resort, when the root layout itself failed: it replaces the whole document, so it
 * brings its own html and body (and no links that need the app's router).
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · StoreCraft</title>
      </head>
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
        <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-4 px-4 py-16">
          <p className="text-lg font-bold tracking-tight">
            Store<span className="text-accent">Craft</span>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="text-muted">
            StoreCraft could not load this page. Try again; if it keeps happening, come back in a
            few minutes.
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
            {/* A plain link: a full load, in case the app's client code is what broke. */}
            <a
              href="/"
              className="rounded-md border border-line px-4 py-2 font-medium hover:bg-panel"
            >
              Go home
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
