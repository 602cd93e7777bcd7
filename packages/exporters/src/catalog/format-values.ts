/** Integer cents as a decimal with two places: 1999 → `19.99`. */
export function formatCents(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  const rest = abs % 100;
  return `${cents < 0 ? '-' : ''}${(abs - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Grams as kilograms without float noise: 150 → `0.15`, 1200 → `1.2`. */
export function gramsToKilograms(grams: number): string {
  return String(Math.round(grams) / 1000);
}

export function upperBoolean(value: boolean): 'TRUE' | 'FALSE' {
  return value ? 'TRUE' : 'FALSE';
}

/** Lower-case ASCII slug: `Colour / Finish` → `colour-finish`. */
export function slugify(text: string, separator = '-'): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
