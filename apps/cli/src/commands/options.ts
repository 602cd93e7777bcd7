import { csvFormats, type CsvFormat } from '@storecraft/exporters';
import { z } from 'zod';

/** `--formats shopify,woocommerce` → a checked, de-duplicated list. */
export const formatsSchema = z
  .string()
  .transform((text) => [
    ...new Set(
      text
        .split(',')
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(
        z.enum(csvFormats, {
          error: (issue) =>
            `unknown format ${JSON.stringify(issue.input)}; choose from ${csvFormats.join(', ')}`,
        }),
      )
      .min(1, `choose at least one of ${csvFormats.join(', ')}`),
  );

export const imageBaseUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'must be an absolute http(s) URL, e.g. https://cdn.example.com/shop',
  })
  .transform((url) => url.replace(/\/+$/, ''))
  .optional();

export const shopifyHeadersSchema = z.enum(['current', 'legacy'], {
  error: 'must be current or legacy',
});

/**
 * A count flag (`--products 200`, `--concurrency 20`). Strict, because `Number()` reads far more
 * than a count: `1e3`, `0x10`, `1.0`, ` ` (as 0) and `+5` all look like numbers to it. Accepted:
 * digits, optionally grouped in threes by `,` or `_` (`200,000`, `200_000`), spaces around them;
 * no sign, decimals, exponents, other bases or leading zeros. In range → the number; otherwise the
 * message says which of the two is wrong.
 */
export function wholeNumberSchema({
  min,
  max,
  example,
}: {
  min: number;
  max: number;
  example: number;
}) {
  return z.string({ error: `must be a whole number like ${example}` }).transform((raw, ctx) => {
    const text = raw.trim();
    const plain = /^(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?:_\d{3})+)$/.test(text)
      ? text.replace(/[,_]/g, '')
      : /^-[1-9]\d*$/.test(text)
        ? text
        : null;
    if (plain === null) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a whole number like ${example} (got ${JSON.stringify(raw)})`,
      });
      return z.NEVER;
    }
    const value = Number(plain);
    if (value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max} (got ${text})` });
      return z.NEVER;
    }
    return value;
  });
}

export type { CsvFormat };
