'use client';

import { useEffect, useRef, useState } from 'react';
import { trpc } from '../client/trpc.ts';

interface NicheAnswer {
  suggestions: string[];
  note: string;
  matched: boolean;
  ranges: string[];
  productTypes: string[];
}

/** Wait this long after the last keystroke before asking the matcher. */
const DEBOUNCE_MS = 250;

/**
 * "What do you sell?": free text, with niches to pick and the matcher's note (which curated range
 * or taxonomy departments the text matched) as the person types.
 */
export function WizardNicheField({
  workspaceId,
  value,
  onChange,
  error,
  disabled,
}: {
  workspaceId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const [answer, setAnswer] = useState<NicheAnswer | null>(null);
  const [checking, setChecking] = useState(false);
  // Answers can arrive out of order: only the latest question's answer is shown.
  const latest = useRef(0);

  useEffect(() => {
    const text = value.trim();
    const question = ++latest.current;
    if (text.length < 2) {
      setAnswer(null);
      setChecking(false);
      return;
    }
    setChecking(true);
    const timer = setTimeout(() => {
      trpc.brands.suggestNiches
        .query({ workspaceId, text })
        .then((result) => {
          if (question !== latest.current) return;
          setAnswer({
            suggestions: result.suggestions,
            note: result.note,
            matched: result.match !== null,
            ranges: result.match?.ranges ?? [],
            productTypes: result.match?.productTypes ?? [],
          });
        })
        .catch(() => {
          // Suggestions are a help, not a requirement: the brand can still be created.
          if (question === latest.current) setAnswer(null);
        })
        .finally(() => {
          if (question === latest.current) setChecking(false);
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, workspaceId]);

  const describedBy = ['niche-hint', 'niche-note', error ? 'niche-error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <label htmlFor="niche" className="block text-sm font-medium">
        What do you sell?
      </label>
      <input
        id="niche"
        name="niche"
        type="text"
        autoComplete="off"
        maxLength={200}
        required
        disabled={disabled}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        placeholder="e.g. specialty coffee, sustainable yoga wear"
        className="mt-1 block w-full rounded-md border border-line px-3 py-2 text-base focus:border-accent"
      />
      <p id="niche-hint" className="mt-1 text-xs text-muted">
        A few words about the store: StoreCraft matches them to its curated ranges and
        Shopify&apos;s product taxonomy.
      </p>
      {error ? (
        <p id="niche-error" className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div id="niche-note" role="status" aria-live="polite" className="mt-2 min-h-5 text-sm">
        {checking ? (
          <span className="text-muted">Matching…</span>
        ) : answer ? (
          <NicheNote answer={answer} />
        ) : null}
      </div>
      {answer && answer.suggestions.length > 0 ? (
        <div className="mt-2">
          <p id="niche-suggestions-label" className="text-xs font-medium text-muted">
            Suggestions
          </p>
          <ul aria-labelledby="niche-suggestions-label" className="mt-1 flex flex-wrap gap-2">
            {answer.suggestions.map((suggestion) => (
              <li key={suggestion}>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onChange(suggestion)}
                  className="rounded-full border border-line bg-panel px-3 py-1 text-sm hover:border-accent"
                >
                  {suggestion}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function NicheNote({ answer }: { answer: NicheAnswer }) {
  if (!answer.matched) return <span className="text-danger">{answer.note}</span>;
  return (
    <span className="flex flex-col gap-1">
      <span className="text-ok">{answer.note}</span>
      {answer.productTypes.length > 0 ? (
        <span className="text-muted">Sells: {answer.productTypes.join(', ')}.</span>
      ) : null}
    </span>
  );
}
