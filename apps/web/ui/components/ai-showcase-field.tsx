'use client';

import { aiProviderLabels, type BuildAi } from './ai-showcase.ts';

/**
 * "AI showcase: first N products" for servers that build with an AI provider: how many of the
 * catalog's first products get AI copy and pictures (the rest are procedural, as without AI).
 */
export function AiShowcaseField({
  idPrefix,
  ai,
  value,
  onChange,
  error,
  disabled,
}: {
  idPrefix: string;
  ai: NonNullable<BuildAi>;
  value: string;
  onChange: (next: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const id = `${idPrefix}-ai-products`;
  const hint = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        AI showcase: first N products
      </label>
      <input
        id={id}
        name="aiProducts"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        required
        disabled={disabled}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hint} ${errorId}` : hint}
        className="mt-1 block w-full max-w-48 rounded-md border border-line px-3 py-2 text-base focus:border-accent"
      />
      <p id={hint} className="mt-1 text-xs text-muted">
        0 to the number of products. These are made with AI ({aiProviderLabels[ai.provider]}), the
        rest procedurally; fewer builds faster and costs less.
      </p>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
