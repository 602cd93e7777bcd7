/** Money as the brand's customers read it (`$24.00`); integer cents in, text out. */
export function formatMoney(cents: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  } catch {
    // An unknown locale or currency code: still show a number.
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}
