'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import { BuildOptionsFields } from './build-options-fields.tsx';
import { parseProducts, type BuildOptions } from './build-options.ts';

/** "Build catalog": starts a build with the chosen options and follows it on the build page. */
export function BuildStartForm({
  workspaceId,
  brandId,
  maxProducts,
  initialOptions,
}: {
  workspaceId: string;
  brandId: string;
  maxProducts: number;
  initialOptions: BuildOptions;
}) {
  const router = useRouter();
  const [options, setOptions] = useState(initialOptions);
  const [productsError, setProductsError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage('');
    const products = parseProducts(options.products, maxProducts);
    if ('error' in products) {
      setProductsError(products.error);
      return;
    }
    setProductsError(undefined);
    setBusy(true);
    try {
      const { jobId } = await trpc.catalogs.build.mutate({
        workspaceId,
        brandId,
        products: products.products,
        images: options.images,
        formats: options.formats,
      });
      router.push(`/w/${workspaceId}/builds/${jobId}`);
    } catch (error) {
      const { message: text, fieldErrors } = describeError(error);
      setProductsError(fieldErrors.find((e) => e.path === 'products')?.message);
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
          if (next.products !== options.products) setProductsError(undefined);
        }}
        maxProducts={maxProducts}
        productsError={productsError}
        disabled={busy}
      />
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
