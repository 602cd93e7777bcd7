'use client';

import { useEffect, useState } from 'react';

/**
 * Copies `value` to the clipboard and says so (visibly and to screen readers). Where the
 * clipboard is unavailable (plain http on another host), it asks the user to copy by hand.
 */
export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="shrink-0 rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-accent"
      >
        {status === 'copied' ? 'Copied' : label}
      </button>
      <span role="status" className={status === 'failed' ? 'text-sm text-danger' : 'sr-only'}>
        {status === 'copied' ? 'Copied to the clipboard.' : ''}
        {status === 'failed' ? 'Could not copy; select the text and copy it.' : ''}
      </span>
    </span>
  );
}

/** A one-time secret: read-only, selected on focus, with its copy button. */
export function CopyField({ value, label }: { value: string; label: string }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <input
        readOnly
        value={value}
        aria-label={label}
        onFocus={(event) => event.currentTarget.select()}
        className="min-w-0 flex-1 rounded-md border border-line bg-panel px-3 py-2 font-mono text-sm"
      />
      <CopyButton value={value} />
    </div>
  );
}
