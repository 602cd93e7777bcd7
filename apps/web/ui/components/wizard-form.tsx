'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import { BuildOptionsFields } from './build-options-fields.tsx';
import {
  buildOptionsQuery,
  defaultBuildOptions,
  parseProducts,
  type BuildOptions,
} from './build-options.ts';
import { WizardNicheField } from './wizard-niche-field.tsx';

type Field = 'niche' | 'seed' | 'products';

/** Seeds the "Surprise me" button deals: up to nine digits, easy to note down and type again. */
export function randomSeed(): string {
  return String(1 + Math.floor(Math.random() * 999_999_999));
}

/**
 * Wizard step 1: the niche, the seed and the build options. "Create brand" forges the brand and
 * goes on to its page (step 2), carrying the build options in the query string.
 */
export function WizardForm({
  workspaceId,
  maxProducts,
  defaultProducts,
  initialSeed,
}: {
  workspaceId: string;
  maxProducts: number;
  defaultProducts: number;
  initialSeed: string;
}) {
  const router = useRouter();
  const [niche, setNiche] = useState('');
  const [seed, setSeed] = useState(initialSeed);
  const [options, setOptions] = useState<BuildOptions>(() => defaultBuildOptions(defaultProducts));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (niche.trim() === '') found.niche = 'Say what the store sells, in a few words.';
    if (!/^\d{1,18}$/.test(seed.trim())) found.seed = 'Enter a whole number, or press Surprise me.';
    const products = parseProducts(options.products, maxProducts);
    if ('error' in products) found.products = products.error;
    setErrors(found);
    setMessage('');
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const brand = await trpc.brands.create.mutate({
        workspaceId,
        niche: niche.trim(),
        seed: seed.trim(),
      });
      router.push(`/w/${workspaceId}/brands/${brand.id}?${buildOptionsQuery(options)}`);
    } catch (error) {
      const { message: text, fieldErrors } = describeError(error);
      const byField: Partial<Record<Field, string>> = {};
      for (const fieldError of fieldErrors) {
        if (fieldError.path === 'niche' || fieldError.path === 'seed') {
          byField[fieldError.path] = fieldError.message;
        }
      }
      setErrors(byField);
      setMessage(text);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      <WizardNicheField
        workspaceId={workspaceId}
        value={niche}
        onChange={(next) => {
          setNiche(next);
          if (errors.niche) setErrors({ ...errors, niche: undefined });
        }}
        error={errors.niche}
        disabled={busy}
      />

      <div>
        <label htmlFor="seed" className="block text-sm font-medium">
          Seed
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="seed"
            name="seed"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required
            disabled={busy}
            value={seed}
            onChange={(event) => setSeed(event.target.value)}
            aria-invalid={errors.seed ? true : undefined}
            aria-describedby={errors.seed ? 'seed-hint seed-error' : 'seed-hint'}
            className="block w-48 rounded-md border border-line px-3 py-2 text-base focus:border-accent"
          />
          <button
            type="button"
            disabled={busy}
            onClick={() => setSeed(randomSeed())}
            className="rounded-md border border-line px-3 py-2 text-sm font-medium hover:border-accent"
          >
            Surprise me
          </button>
        </div>
        <p id="seed-hint" className="mt-1 text-xs text-muted">
          The same niche and seed always forge the same brand and catalog.
        </p>
        {errors.seed ? (
          <p id="seed-error" className="mt-1 text-sm text-danger">
            {errors.seed}
          </p>
        ) : null}
      </div>

      <BuildOptionsFields
        idPrefix="wizard"
        value={options}
        onChange={(next) => {
          setOptions(next);
          if (next.products !== options.products) setErrors({ ...errors, products: undefined });
        }}
        maxProducts={maxProducts}
        productsError={errors.products}
        disabled={busy}
      />

      <p role="alert" className="text-sm text-danger empty:hidden">
        {message}
      </p>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          aria-describedby="create-status"
          className="rounded-md bg-accent px-5 py-2.5 font-medium text-accent-ink hover:opacity-90 disabled:opacity-60"
        >
          Create brand
        </button>
        <span id="create-status" role="status" className="text-sm text-muted">
          {busy ? 'Forging the brand…' : ''}
        </span>
      </div>
    </form>
  );
}
