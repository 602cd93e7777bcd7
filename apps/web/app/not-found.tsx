import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * One page for "does not exist" and "not yours": workspaces and their contents answer other
 * people exactly like missing ones, so this page must not guess which it was. A section, not a
 * `<main>`: pages that call `notFound()` show it inside the site layout's own `<main>`.
 */
export default function NotFound() {
  return (
    <section
      aria-labelledby="not-found-heading"
      className="mx-auto flex min-h-[70vh] max-w-lg flex-col justify-center gap-4 px-4 py-16"
    >
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 id="not-found-heading" className="text-3xl font-bold tracking-tight">
        This page does not exist, or is not yours to see
      </h1>
      <p className="text-muted">
        The address may be mistyped or out of date, the item may have been deleted, or it belongs to
        a workspace you are not a member of. If someone sent you this link, ask them to invite you
        to their workspace.
      </p>
      <Link
        href="/"
        className="self-start rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90"
      >
        Go home
      </Link>
    </section>
  );
}
