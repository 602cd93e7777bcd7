'use client';

import { useRouter } from 'next/navigation';
import { AlertDialog } from 'radix-ui';
import { useState, type ReactElement, type ReactNode } from 'react';
import { describeError } from '../client/trpc.ts';

export interface ConfirmButtonProps {
  /** The button that opens the dialog (its accessible name, e.g. "Remove a@example.com"). */
  label: string;
  /** Visible text of the button when it differs from `label` (e.g. "Remove"). */
  children?: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The destructive call; a thrown error is shown in the dialog, which stays open. */
  action: () => Promise<unknown>;
  /** After success: defaults to re-rendering the server components of the page. */
  onDone?: () => void;
  className?: string;
}

/**
 * A button that asks before doing something that cannot be undone (Radix AlertDialog: focus is
 * trapped, Escape cancels, the safe choice has focus first).
 */
export function ConfirmButton({
  label,
  children,
  title,
  description,
  confirmLabel,
  action,
  onDone,
  className,
}: ConfirmButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function confirm() {
    setBusy(true);
    setError('');
    try {
      await action();
      setOpen(false);
      if (onDone) onDone();
      else router.refresh();
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (busy) return;
        setOpen(next);
        if (next) setError('');
      }}
    >
      <AlertDialog.Trigger asChild>
        <button
          type="button"
          aria-label={children ? label : undefined}
          className={
            className ??
            'rounded-md border border-line px-3 py-1.5 text-sm font-medium text-danger hover:border-danger'
          }
        >
          {children ?? label}
        </button>
      </AlertDialog.Trigger>
      <ConfirmDialogContent
        title={title}
        description={<div className="mt-2 text-sm text-muted">{description}</div>}
        error={error}
        busy={busy}
        confirmLabel={busy ? 'Working…' : confirmLabel}
        onConfirm={() => void confirm()}
      />
    </AlertDialog.Root>
  );
}

/**
 * The body of a confirmation (Radix AlertDialog): title, what will happen, the error of a failed
 * attempt, Cancel (focused first) and the destructive button. The caller owns `AlertDialog.Root`.
 */
export function ConfirmDialogContent({
  title,
  description,
  error,
  busy,
  confirmLabel,
  onConfirm,
}: {
  title: string;
  /** One element: it becomes the dialog's description. */
  description: ReactElement;
  error: string;
  busy: boolean;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  return (
    <AlertDialog.Portal>
      <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
      <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
        <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
        <AlertDialog.Description asChild>{description}</AlertDialog.Description>
        {error ? (
          <p role="alert" className="mt-3 text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <AlertDialog.Cancel asChild>
            <button
              type="button"
              disabled={busy}
              className="rounded-md border border-line px-4 py-2 text-sm font-medium hover:bg-panel disabled:opacity-60"
            >
              Cancel
            </button>
          </AlertDialog.Cancel>
          {/* Not AlertDialog.Action: that would close the dialog before the call answers. */}
          <button
            type="button"
            disabled={busy}
            aria-busy={busy}
            onClick={onConfirm}
            className="rounded-md bg-danger px-4 py-2 text-sm font-medium text-white hover:opacity-90 disabled:cursor-wait disabled:opacity-60"
          >
            {confirmLabel}
          </button>
        </div>
      </AlertDialog.Content>
    </AlertDialog.Portal>
  );
}
