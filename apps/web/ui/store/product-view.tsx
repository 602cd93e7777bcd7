'use client';

import type { StorefrontImage, StorefrontVariant } from '@storecraft/services';
import { useId, useState, type ReactNode } from 'react';
import { Price } from './price.tsx';
import { ImagePlaceholder } from './store-image.tsx';
import { primaryButtonClass } from './styles.ts';

/**
 * The interactive part of a product page: the gallery and the buy box. Choosing a colour or size
 * selects that variant, which swaps in its picture, price and stock; sold-out choices are
 * disabled and say so. Everything else on the page is rendered on the server (`header`,
 * `details`).
 */
export function ProductView({
  title,
  options,
  variants,
  images,
  currency,
  locale,
  initialVariantId,
  header,
  details,
}: {
  title: string;
  options: { name: string; values: string[] }[];
  variants: StorefrontVariant[];
  images: StorefrontImage[];
  currency: string;
  locale: string;
  initialVariantId: string | null;
  header: ReactNode;
  details: ReactNode;
}) {
  const initial =
    variants.find((v) => v.id === initialVariantId) ??
    variants.find(isAvailable) ??
    variants[0] ??
    null;
  const [variant, setVariant] = useState(initial);
  const [imagePosition, setImagePosition] = useState(
    initial?.imagePosition ?? images[0]?.position ?? 1,
  );
  const [note, setNote] = useState('');

  function choose(optionIndex: number, value: string) {
    const next = variantFor(variants, variant?.optionValues ?? [], optionIndex, value);
    if (!next) return;
    setVariant(next);
    if (next.imagePosition !== null) setImagePosition(next.imagePosition);
    setNote('');
    // Shareable and survives a reload, without a navigation.
    const url = new URL(window.location.href);
    url.searchParams.set('variant', next.id);
    window.history.replaceState(window.history.state, '', url);
  }

  const soldOut = variant !== null && !isAvailable(variant);
  return (
    <div className="grid gap-8 md:grid-cols-2 md:gap-12">
      <Gallery title={title} images={images} position={imagePosition} onSelect={setImagePosition} />
      <div className="flex flex-col gap-6">
        {header}
        {variant ? (
          <div className="flex flex-col gap-1">
            <Price
              cents={variant.priceCents}
              compareAtCents={variant.compareAtPriceCents}
              currency={currency}
              locale={locale}
              size="lg"
            />
            <StockLine variant={variant} />
          </div>
        ) : null}
        {options.map((option, index) =>
          // A product without real choices has one option with one value ("Default Title").
          option.values.length > 1 ? (
            <OptionPicker
              key={option.name}
              name={option.name}
              values={option.values}
              selected={variant?.optionValues[index]}
              stateOf={(value) => choiceState(variants, variant?.optionValues ?? [], index, value)}
              onChoose={(value) => choose(index, value)}
            />
          ) : null,
        )}
        <div className="flex flex-col gap-2">
          <button
            type="button"
            className={primaryButtonClass}
            disabled={soldOut || variant === null}
            onClick={() =>
              setNote('This is a preview: the cart is not connected, nothing was added.')
            }
          >
            {soldOut ? 'Sold out' : 'Add to cart'}
          </button>
          <p role="status" className="min-h-5 text-sm text-(--store-muted)">
            {note}
          </p>
        </div>
        {details}
      </div>
    </div>
  );
}

function isAvailable(variant: StorefrontVariant): boolean {
  return variant.inventoryQuantity > 0;
}

type ChoiceState = 'available' | 'sold-out' | 'unavailable';

/**
 * Whether `value` of option `index` can be chosen, given the choices before it (a colour is
 * judged on its own, a size with the chosen colour): so a choice never strands the shopper.
 */
function choiceState(
  variants: StorefrontVariant[],
  selected: string[],
  index: number,
  value: string,
): ChoiceState {
  const matching = variants.filter(
    (v) =>
      v.optionValues[index] === value &&
      selected.slice(0, index).every((chosen, i) => v.optionValues[i] === chosen),
  );
  if (matching.length === 0) return 'unavailable';
  return matching.some(isAvailable) ? 'available' : 'sold-out';
}

/**
 * The variant to show after choosing `value` for option `index`: the one keeping every other
 * choice if it is in stock, else the first in-stock one with the earlier choices and this value.
 */
function variantFor(
  variants: StorefrontVariant[],
  selected: string[],
  index: number,
  value: string,
): StorefrontVariant | undefined {
  const wanted = selected.map((chosen, i) => (i === index ? value : chosen));
  const exact = variants.find((v) => v.optionValues.every((x, i) => x === wanted[i]));
  if (exact && isAvailable(exact)) return exact;
  const compatible = variants.filter(
    (v) =>
      v.optionValues[index] === value &&
      wanted.slice(0, index).every((chosen, i) => v.optionValues[i] === chosen),
  );
  return compatible.find(isAvailable) ?? exact ?? compatible[0];
}

function OptionPicker({
  name,
  values,
  selected,
  stateOf,
  onChoose,
}: {
  name: string;
  values: string[];
  selected: string | undefined;
  stateOf: (value: string) => ChoiceState;
  onChoose: (value: string) => void;
}) {
  const group = useId();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm">
        <span className="font-semibold">{name}:</span> {selected}
      </legend>
      <div className="flex flex-wrap gap-2">
        {values.map((value, i) => {
          const state = stateOf(value);
          const id = `${group}-${i}`;
          const noteId = `${id}-note`;
          return (
            // The input lies invisibly over its label, so it is the element clicked or tapped.
            <div key={value} className="relative">
              <input
                type="radio"
                id={id}
                name={group}
                value={value}
                checked={value === selected}
                disabled={state !== 'available'}
                aria-describedby={state === 'available' ? undefined : noteId}
                onChange={() => onChoose(value)}
                className="peer absolute inset-0 z-10 m-0 cursor-pointer opacity-0 disabled:cursor-not-allowed"
              />
              <label
                htmlFor={id}
                className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-full border border-(--store-line) px-4 text-sm peer-checked:border-(--store-text) peer-checked:bg-(--store-text) peer-checked:text-(--store-bg) peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-(--store-link) peer-disabled:cursor-not-allowed peer-disabled:text-(--store-muted)"
              >
                <span className={state === 'available' ? undefined : 'line-through'}>{value}</span>
                {/* Seen, but kept out of the radio's name (it stays "Navy"); said by aria-describedby. */}
                {state === 'available' ? null : (
                  <span aria-hidden="true" className="text-xs">
                    · {state === 'sold-out' ? 'sold out' : 'unavailable'}
                  </span>
                )}
              </label>
              {state === 'available' ? null : (
                <span id={noteId} className="sr-only">
                  {state === 'sold-out' ? 'Sold out' : 'Not available in this combination'}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function StockLine({ variant }: { variant: StorefrontVariant }) {
  const left = variant.inventoryQuantity;
  const text = left <= 0 ? 'Sold out' : left <= 5 ? `Only ${left} left` : 'In stock';
  return (
    <p className="text-sm text-(--store-muted)">
      {text} <span aria-hidden="true">·</span> SKU {variant.sku}
    </p>
  );
}

function Gallery({
  title,
  images,
  position,
  onSelect,
}: {
  title: string;
  images: StorefrontImage[];
  position: number;
  onSelect: (position: number) => void;
}) {
  const main = images.find((image) => image.position === position) ?? images[0] ?? null;
  return (
    <section aria-label="Pictures" className="flex flex-col gap-3 md:sticky md:top-4 md:self-start">
      {main?.url ? (
        <img
          key={main.url}
          src={main.url}
          alt={main.alt || title}
          width={main.width ?? 1024}
          height={main.height ?? 1024}
          fetchPriority="high"
          loading="eager"
          decoding="sync"
          data-testid="product-main-image"
          className="aspect-square w-full rounded-xl bg-(--store-surface) object-cover"
        />
      ) : (
        <ImagePlaceholder
          label={main?.alt || title}
          testId="product-main-image"
          className="aspect-square w-full rounded-xl bg-(--store-surface)"
        />
      )}
      {images.length > 1 ? (
        <ul className="grid grid-cols-5 gap-2">
          {images.map((image, i) => {
            const current = image.position === main?.position;
            return (
              <li key={image.position}>
                <button
                  type="button"
                  onClick={() => onSelect(image.position)}
                  aria-label={`Show picture ${i + 1} of ${images.length}`}
                  aria-pressed={current}
                  className={`block w-full overflow-hidden rounded-md border-2 ${
                    current ? 'border-(--store-text)' : 'border-transparent'
                  }`}
                >
                  {image.thumbnailUrl ? (
                    <img
                      src={image.thumbnailUrl}
                      alt=""
                      width={256}
                      height={256}
                      loading="lazy"
                      decoding="async"
                      className="aspect-square w-full bg-(--store-surface) object-cover"
                    />
                  ) : (
                    <ImagePlaceholder label={image.alt || title} className="aspect-square w-full" />
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
