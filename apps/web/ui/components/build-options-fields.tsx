'use client';

import type { BuildOptions } from './build-options.ts';
import { csvFormats, exportFormatLabels, type CsvFormat } from './export-formats.tsx';

const fieldClass =
  'mt-1 block w-full rounded-md border border-line px-3 py-2 text-base focus:border-accent';

/** Number of products, import formats and pictures on/off. */
export function BuildOptionsFields({
  idPrefix,
  value,
  onChange,
  maxProducts,
  productsError,
  disabled,
}: {
  idPrefix: string;
  value: BuildOptions;
  onChange: (next: BuildOptions) => void;
  maxProducts: number;
  productsError?: string | undefined;
  disabled?: boolean;
}) {
  const productsHint = `${idPrefix}-products-hint`;
  const productsErrorId = `${idPrefix}-products-error`;
  const toggleFormat = (format: CsvFormat, on: boolean) =>
    onChange({
      ...value,
      formats: on
        ? csvFormats.filter((f) => f === format || value.formats.includes(f))
        : value.formats.filter((f) => f !== format),
    });
  return (
    <div className="flex flex-col gap-5">
      <div>
        <label htmlFor={`${idPrefix}-products`} className="block text-sm font-medium">
          Number of products
        </label>
        <input
          id={`${idPrefix}-products`}
          name="products"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxProducts}
          step={1}
          required
          disabled={disabled}
          value={value.products}
          onChange={(event) => onChange({ ...value, products: event.target.value })}
          aria-invalid={productsError ? true : undefined}
          aria-describedby={productsError ? `${productsHint} ${productsErrorId}` : productsHint}
          className={`${fieldClass} max-w-48`}
        />
        <p id={productsHint} className="mt-1 text-xs text-muted">
          1 to {maxProducts.toLocaleString('en')}. Each product comes with variants, prices and
          barcodes.
        </p>
        {productsError ? (
          <p id={productsErrorId} className="mt-1 text-sm text-danger">
            {productsError}
          </p>
        ) : null}
      </div>

      <fieldset>
        <legend className="text-sm font-medium">Export formats</legend>
        <p className="text-xs text-muted">Import files written when the catalog is built.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {csvFormats.map((format) => (
            <label
              key={format}
              className="flex items-center gap-2 rounded-md border border-line px-3 py-2 text-sm has-checked:border-accent"
            >
              <input
                type="checkbox"
                name="formats"
                value={format}
                disabled={disabled}
                checked={value.formats.includes(format)}
                onChange={(event) => toggleFormat(format, event.target.checked)}
                className="size-4 accent-accent"
              />
              {exportFormatLabels[format]}
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="images"
            disabled={disabled}
            checked={value.images}
            onChange={(event) => onChange({ ...value, images: event.target.checked })}
            className="size-4 accent-accent"
          />
          Product images
        </label>
        <p className="ml-6 text-xs text-muted">
          Studio shots for every product and colour. Off builds much faster.
        </p>
      </div>
    </div>
  );
}
