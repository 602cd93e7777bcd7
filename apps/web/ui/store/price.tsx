import { formatMoney } from './format.ts';

/**
 * A price as shoppers expect it: a sale shows a "Sale" badge, the price to pay, and the old price
 * struck through; a range of variant prices reads "From …".
 */
export function Price({
  cents,
  maxCents,
  compareAtCents,
  currency,
  locale,
  size = 'md',
}: {
  cents: number;
  maxCents?: number;
  compareAtCents: number | null;
  currency: string;
  locale: string;
  size?: 'md' | 'lg';
}) {
  const onSale = compareAtCents !== null && compareAtCents > cents;
  const from = maxCents !== undefined && maxCents > cents;
  const money = (value: number) => formatMoney(value, currency, locale);
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 gap-y-1 ${size === 'lg' ? 'text-2xl' : 'text-base'}`}
    >
      <span className="font-semibold">
        <span className="sr-only">{onSale ? 'Sale price: ' : 'Price: '}</span>
        {from ? <span className="font-normal">From </span> : null}
        {money(cents)}
      </span>
      {onSale ? (
        <>
          <s className={`text-(--store-muted) ${size === 'lg' ? 'text-lg' : 'text-sm'}`}>
            <span className="sr-only">Regular price: </span>
            {money(compareAtCents)}
          </s>
          <SaleBadge />
        </>
      ) : null}
    </p>
  );
}

export function SaleBadge() {
  return (
    <span className="rounded-full bg-(--store-sale) px-2 py-0.5 text-xs font-semibold tracking-wide text-(--store-on-sale) uppercase">
      Sale
    </span>
  );
}
