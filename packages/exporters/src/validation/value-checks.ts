import { isValidGtin } from '@storecraft/core';

/** Up to two decimals, no sign, no thousands separator: `19.99`, `50`. */
export function isMoney(value: string): boolean {
  return /^\d+(?:\.\d{1,2})?$/.test(value);
}

export function isDecimal(value: string): boolean {
  return /^-?\d+(?:\.\d+)?$/.test(value);
}

export function isNonNegativeDecimal(value: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(value);
}

export function isInteger(value: string): boolean {
  return /^-?\d+$/.test(value);
}

export function isPositiveInteger(value: string): boolean {
  return /^[1-9]\d*$/.test(value);
}

export type UrlKind = 'absolute' | 'relative' | 'invalid';

/**
 * `absolute` for an http(s) URL, `relative` for a path, `invalid` for anything that looks like a URL
 * of another kind (`javascript:`, `ftp://`, `//host/…`, `www.…`) or does not parse.
 */
export function classifyUrl(value: string): UrlKind {
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return url.hostname ? 'absolute' : 'invalid';
    } catch {
      return 'invalid';
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || /^www\./i.test(value)) {
    return 'invalid';
  }
  if (/\s/.test(value) || value.startsWith('/') || value.split('/').includes('..'))
    return 'invalid';
  return 'relative';
}

/** Why a barcode is not a GTIN-8/12/13/14, or null when it is one. */
export function gtinProblem(value: string): string | null {
  if (!/^\d+$/.test(value)) return `"${value}" is not a GTIN (digits only)`;
  if (![8, 12, 13, 14].includes(value.length)) {
    return `"${value}" has ${value.length} digits; a GTIN has 8, 12, 13 or 14`;
  }
  if (!isValidGtin(value)) return `"${value}" has a wrong GTIN check digit`;
  return null;
}

/** TRUE/FALSE in any case, as Shopify and BigCommerce read them. */
export function isBooleanWord(value: string): boolean {
  return /^(?:true|false)$/i.test(value);
}
