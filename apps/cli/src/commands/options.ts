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

export type { CsvFormat };
