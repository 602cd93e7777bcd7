import { csvFormats, type CsvFormat } from './export-formats.tsx';

/** What a catalog build is asked for, as the wizard and the brand page let people choose it. */
export interface BuildOptions {
  /** As typed: validated on submit so people can clear the field while editing. */
  products: string;
  formats: CsvFormat[];
  images: boolean;
}

/** Shopify only, with pictures: what most people want from a first build. */
export function defaultBuildOptions(defaultProducts: number): BuildOptions {
  return { products: String(defaultProducts), formats: ['shopify'], images: true };
}

/** Reads build options from a query string (`products`, `formats`, `images`), else the defaults. */
export function buildOptionsFrom(
  params: Record<string, string | string[] | undefined>,
  limits: { maxProducts: number; defaultProducts: number },
): BuildOptions {
  const defaults = defaultBuildOptions(limits.defaultProducts);
  const one = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const products = Number(one('products'));
  const formats = (one('formats') ?? '')
    .split(',')
    .filter((f): f is CsvFormat => (csvFormats as readonly string[]).includes(f));
  return {
    products:
      Number.isInteger(products) && products >= 1 && products <= limits.maxProducts
        ? String(products)
        : defaults.products,
    formats: one('formats') === undefined ? defaults.formats : formats,
    images: one('images') !== '0',
  };
}

/** The query string that carries build options to the next step. */
export function buildOptionsQuery(options: BuildOptions): string {
  return new URLSearchParams({
    products: options.products,
    formats: options.formats.join(','),
    images: options.images ? '1' : '0',
  }).toString();
}

/** The product count as a number, or the message to show next to the field. */
export function parseProducts(
  value: string,
  maxProducts: number,
): { products: number } | { error: string } {
  const products = Number(value);
  if (value.trim() === '' || !Number.isInteger(products)) {
    return { error: 'Enter a whole number of products.' };
  }
  if (products < 1 || products > maxProducts) {
    return { error: `Choose between 1 and ${maxProducts.toLocaleString('en')} products.` };
  }
  return { products };
}
