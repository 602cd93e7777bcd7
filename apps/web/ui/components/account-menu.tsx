'use client';

import { AlertDialog, DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { signOut } from './sign-out-button.tsx';
import { ConfirmDialogContent } from './workspace-confirm-button.tsx';

const itemClass =
  'flex cursor-pointer select-none items-center rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-panel data-[disabled]:opacity-50';

/**
 * The signed-in person's menu in the header: who is signed in, sign out, and sign out
 * everywhere (after a confirmation, since it also ends sessions on other devices).
 */
export function AccountMenu({ email }: { email: string }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function run(everywhere: boolean) {
    setBusy(true);
    setError('');
    try {
      await signOut({ everywhere });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That did not work; try again.');
      setBusy(false);
    }
  }

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button
            type="button"
            aria-label={`Account: ${email}`}
            className="flex max-w-[14rem] items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-muted hover:bg-panel hover:text-ink"
          >
            <span
              aria-hidden="true"
              className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold uppercase text-accent-ink"
            >
              {email.slice(0, 1)}
            </span>
            <span className="hidden truncate sm:inline">{email}</span>
            <span aria-hidden="true">▾</span>
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            className="z-50 min-w-56 rounded-lg border border-line bg-white p-1 shadow-lg"
          >
            <DropdownMenu.Label className="truncate px-3 py-2 text-xs text-muted">
              Signed in as <span className="font-medium text-ink">{email}</span>
            </DropdownMenu.Label>
            <DropdownMenu.Separator className="my-1 h-px bg-line" />
            <DropdownMenu.Item
              className={itemClass}
              disabled={busy}
              onSelect={() => void run(false)}
            >
              Sign out
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className={`${itemClass} text-danger`}
              disabled={busy}
              onSelect={() => setConfirming(true)}
            >
              Sign out everywhere
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>

      <AlertDialog.Root open={confirming} onOpenChange={(open) => !busy && setConfirming(open)}>
        <ConfirmDialogContent
          title="Sign out everywhere?"
          description={
            <p className="mt-2 text-sm text-muted">
              Every session of {email} ends at once: this browser, other browsers and other devices.
              API keys keep working; revoke them on a workspace&apos;s API keys page.
            </p>
          }
          error={error}
          busy={busy}
          confirmLabel={busy ? 'Signing out…' : 'Sign out everywhere'}
          onConfirm={() => void run(true)}
        />
      </AlertDialog.Root>
    </>
  );
}
