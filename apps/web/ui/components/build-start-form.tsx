'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import { AiShowcaseField } from './ai-showcase-field.tsx';
import { parseAiProducts, type BuildAi } from './ai-showcase.ts';
import { BuildOptionsFields } from './build-options-fields.tsx';
import { parseProducts, type BuildOptions } from './build-options.ts';

/**
 * "Build catalog": starts a build with the chosen options and follows it on the build page. When
 * the server builds with an AI provider (`ai`, from `catalogs.limits`), it also asks how many of
 * the first products get AI copy and pictures.
 */
export function BuildStartForm({
  workspaceId,
  brandId,
  maxProducts,
  initialOptions,
  ai,
}: {
  workspaceId: string;
  brandId: string;
  maxProducts: number;
  initialOptions: BuildOptions;
  ai: BuildAi;
}) {
  const router = useRouter();
  const [options, setOptions] = useState(initialOptions);
  // As typed; undefined until edited, so the showcase follows the product count (all of them).
  const [aiProducts, setAiProducts] = useState<string | undefined>();
  const [productsError, setProductsError] = useState<string | undefined>();
  const [aiProductsError, setAiProductsError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage('');
    const products = parseProducts(options.products, maxProducts);
    const showcase =
      ai && 'products' in products
        ? parseAiProducts(aiProducts ?? options.products, products.products)
        : undefined;
    setProductsError('error' in products ? products.error : undefined);
    setAiProductsError(showcase && 'error' in showcase ? showcase.error : undefined);
    if ('error' in products || (showcase && 'error' in showcase)) return;
    setBusy(true);
    try {
      const { jobId } = await trpc.catalogs.build.mutate({
        workspaceId,
        brandId,
        products: products.products,
        images: options.images,
        formats: options.formats,
        ...(showcase ? { aiProducts: showcase.aiProducts } : {}),
      });
      router.push(`/w/${workspaceId}/builds/${jobId}`);
    } catch (error) {
      const { message: text, fieldErrors } = describeError(error);
      setProductsError(fieldErrors.find((e) => e.path === 'products')?.message);
      setAiProductsError(fieldErrors.find((e) => e.path === 'aiProducts')?.message);
      setMessage(text);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-5">
      <BuildOptionsFields
        idPrefix="build"
        value={options}
        onChange={(next) => {
          setOptions(next);
          if (next.products !== options.products) {
            setProductsError(undefined);
            // The showcase's upper bound moved with it.
            setAiProductsError(undefined);
          }
        }}
        maxProducts={maxProducts}
        productsError={productsError}
        disabled={busy}
      />
      {ai ? (
        <AiShowcaseField
          idPrefix="build"
          ai={ai}
          value={aiProducts ?? options.products}
          onChange={(next) => {
            setAiProducts(next);
            setAiProductsError(undefined);
          }}
          error={aiProductsError}
          disabled={busy}
        />
      ) : null}
      <p role="alert" className="text-sm text-danger empty:hidden">
        {message}
      </p>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          aria-describedby="build-start-status"
          className="rounded-md bg-accent px-5 py-2.5 font-medium text-accent-ink hover:opacity-90 disabled:opacity-60"
        >
          Build catalog
        </button>
        <span id="build-start-status" role="status" className="text-sm text-muted">
          {busy ? 'Starting the build…' : ''}
        </span>
      </div>
    </form>
  );
}
