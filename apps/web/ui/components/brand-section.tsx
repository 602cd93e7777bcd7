'use client';

import { useId, useState, type ReactNode } from 'react';

const smallButton =
  'rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:border-accent disabled:opacity-60';

/**
 * One part of the brand on the review page: what it is now, and buttons to make it again or to
 * edit it by hand (the editor replaces the view until it is saved or cancelled).
 */
export function BrandSection({
  title,
  children,
  onRegenerate,
  renderEditor,
  busy,
  regenerating,
}: {
  title: string;
  children: ReactNode;
  onRegenerate?: () => void;
  renderEditor?: (close: () => void) => ReactNode;
  /** Another change to the brand is in flight: hold these buttons. */
  busy: boolean;
  /** This part is being regenerated. */
  regenerating: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const lower = title.toLowerCase();
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={regenerating || undefined}
      className="rounded-lg border border-line p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-muted">
          {title}
        </h3>
        {editing ? null : (
          <div className="flex gap-2">
            {onRegenerate ? (
              <button
                type="button"
                className={smallButton}
                disabled={busy}
                onClick={onRegenerate}
                aria-label={`Regenerate ${lower}`}
              >
                {regenerating ? 'Regenerating…' : 'Regenerate'}
              </button>
            ) : null}
            {renderEditor ? (
              <button
                type="button"
                className={smallButton}
                disabled={busy}
                onClick={() => setEditing(true)}
                aria-label={`Edit ${lower}`}
              >
                Edit
              </button>
            ) : null}
          </div>
        )}
      </div>
      <div className="mt-3">
        {editing && renderEditor ? renderEditor(() => setEditing(false)) : children}
      </div>
    </section>
  );
}
