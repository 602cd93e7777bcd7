/**
 * Class names shared by the storefront components. Colours and fonts come from the CSS variables
 * `storeThemeStyle` sets, so every brand gets its own look from the same markup.
 */

/** Headings in the brand's heading face (capitals for condensed display faces). */
export const headingClass =
  'font-[family-name:var(--store-font-heading)] [text-transform:var(--store-heading-transform)] [letter-spacing:var(--store-heading-tracking)]';

/** The main call to action: primary fill, text colour picked by contrast. */
export const primaryButtonClass =
  'inline-flex min-h-11 items-center justify-center rounded-full bg-(--store-primary) px-6 py-2.5 font-semibold text-(--store-on-primary) transition hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60';

/** A quieter button or chip: outlined in the text colour. */
export const outlineButtonClass =
  'inline-flex min-h-11 items-center justify-center rounded-full border border-(--store-text) px-5 py-2 font-medium text-(--store-text) transition hover:bg-(--store-surface)';

/** Links inside running text and navigation. */
export const linkClass = 'text-(--store-link) underline-offset-4 hover:underline';

/** The page width every section shares. */
export const containerClass = 'mx-auto w-full max-w-6xl px-4 sm:px-6';
