'use client';

import { useState } from 'react';
import { describeError, trpc } from '../../../../ui/client/trpc.ts';

/** "Join workspace": accepts the invitation, then opens the workspace it belongs to. */
export function AcceptInvitation({ token }: { token: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function accept() {
    setBusy(true);
    setError('');
    try {
      const workspace = await trpc.workspace.invitations.accept.mutate({ token });
      // A full load: the header's workspace list must include the one just joined.
      window.location.assign(`/w/${workspace.id}`);
    } catch (caught) {
      setError(describeError(caught).message);
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        onClick={() => void accept()}
        disabled={busy}
        aria-busy={busy}
        className="self-start rounded-md bg-accent px-5 py-2.5 font-medium text-accent-ink hover:opacity-90 disabled:cursor-wait disabled:opacity-60"
      >
        {busy ? 'Joining…' : 'Join workspace'}
      </button>
      <p role="alert" className="text-sm text-danger empty:hidden">
        {error}
      </p>
    </div>
  );
}
