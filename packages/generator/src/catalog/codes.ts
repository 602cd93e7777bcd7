import { gtinCheckDigit } from '@storecraft/core';

/** 2–4 letter code for SKUs: `Forest Green` → `FG`, `Navy` → `NAV`, `500 ml` → `500ML`. */
export function valueCode(value: string): string {
  const clean = value
    .toUpperCase()
    .replace(/[^A-Z0-9 .]/g, ' ')
    .trim();
  if (/^[0-9.]/.test(clean)) return clean.replace(/[ .]/g, '').slice(0, 6);
  const words = clean.split(/\s+/).filter(Boolean);
  if (words.length > 1)
    return words
      .map((w) => w.charAt(0))
      .join('')
      .slice(0, 4);
  return (words[0] ?? 'X').slice(0, 3);
}

/** Codes for a list of values, made unique within the list. */
export function uniqueCodes(values: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return values.map((v) => {
    const base = valueCode(v) || 'X';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}${n + 1}`;
  });
}

/** Upper-case consonant-led code from a name: `Emberleaf` → `EMB`, `Oak & Ash` → `OAA`. */
export function shortCode(name: string, length = 3): string {
  const words = name
    .toUpperCase()
    .replace(/[^A-Z ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length >= length)
    return words
      .map((w) => w.charAt(0))
      .join('')
      .slice(0, length);
  const first = words[0] ?? 'X';
  return (
    first +
    words
      .slice(1)
      .map((w) => w.charAt(0))
      .join('') +
    'XXXX'
  ).slice(0, length);
}

/** Variants per product the barcode scheme leaves room for. */
export const MAX_VARIANTS_PER_PRODUCT = 50;

/**
 * UPC-A (GTIN-12): number system 0, a 3-digit company prefix from the brand, a 7-digit item
 * reference from product and variant index, and the GS1 check digit. Unique within a catalog of up
 * to 200,000 products.
 */
export function upcA(companyPrefix: number, productIndex: number, variantIndex: number): string {
  const item = productIndex * MAX_VARIANTS_PER_PRODUCT + variantIndex;
  const data = `0${String(companyPrefix % 1000).padStart(3, '0')}${String(item).padStart(7, '0')}`;
  return data + String(gtinCheckDigit(data));
}
