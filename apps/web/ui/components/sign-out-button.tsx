'use client';

import { useState } from 'react';

/**
 * Ends this session, or every session of the account (`everywhere`: other browsers and devices
 * too; the sessions table is checked on each request, so they stop working at once). A full page
 * load follows so nothing rendered for the signed-in person stays on screen.
 */
export async function signOut({ everywhere }: { everywhere: boolean }): Promise<void> {
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' };
  if (everywhere) {
    // Every other session first, then this one through sign-out, which also clears the cookie
    // (revoke-sessions would leave this session's cookie behind, pointing at nothing).
    const response = await fetch('/api/auth/revoke-other-sessions', init);
    if (!response.ok) throw new Error('Signing out everywhere did not work; try again.');
  }
  await fetch('/api/auth/sign-out', init).catch(() => undefined);
  window.location.assign(everywhere ? '/sign-in' : '/');
}

/** A plain "Sign out" button (for pages that offer switching account, e.g. an invitation). */
export function SignOutButton({
  label = 'Sign out',
  returnTo,
}: {
  label?: string;
  returnTo?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy}
      className="rounded-md border border-line px-4 py-2 text-sm font-medium hover:bg-panel disabled:opacity-60"
      onClick={() => {
        setBusy(true);
        void fetch('/api/auth/sign-out', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
          .catch(() => undefined)
          .then(() => {
            window.location.assign(
              returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/',
            );
          });
      }}
    >
      {label}
    </button>
  );
}
