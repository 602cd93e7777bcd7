import Link from 'next/link';
import type { ReactNode } from 'react';
import { AccountMenu } from '../../ui/components/account-menu.tsx';
import { currentSession } from '../../ui/server/session.ts';

/** StoreCraft's own pages: a header with the account controls, then the page. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { actor } = await currentSession();
  const signedIn = actor?.kind === 'user';
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight text-ink">
            Store<span className="text-accent">Craft</span>
          </Link>
          <nav aria-label="Account" className="flex items-center gap-2">
            {signedIn ? (
              <AccountMenu email={actor.email} />
            ) : (
              <>
                <Link
                  href="/sign-in"
                  className="rounded-md px-3 py-1.5 text-sm font-medium text-muted hover:text-ink"
                >
                  Sign in
                </Link>
                <Link
                  href="/sign-up"
                  className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90"
                >
                  Create account
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
