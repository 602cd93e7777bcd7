import { z } from 'zod';
import {
  currencySchema,
  handleSchema,
  hexColorSchema,
  localeSchema,
  seedSchema,
} from './common.ts';

export const brandVoices = [
  'playful',
  'premium',
  'technical',
  'earthy',
  'minimal',
  'bold',
] as const;
export const brandVoiceSchema = z.enum(brandVoices);
export type BrandVoice = z.infer<typeof brandVoiceSchema>;

/** Five colours; `text` on `background` meets WCAG AA (contrast ≥ 4.5). */
export const paletteSchema = z.object({
  primary: hexColorSchema,
  secondary: hexColorSchema,
  accent: hexColorSchema,
  background: hexColorSchema,
  text: hexColorSchema,
});
export type Palette = z.infer<typeof paletteSchema>;

export const typographySchema = z.object({
  heading: z.string().min(1),
  body: z.string().min(1),
});

export const brandSchema = z.object({
  name: z.string().min(1).max(80),
  handle: handleSchema,
  tagline: z.string().min(1).max(160),
  mission: z.string().min(1).max(600),
  values: z.array(z.string().min(1)).min(3).max(5),
  voice: brandVoiceSchema,
  palette: paletteSchema,
  logoSvg: z.string().startsWith('<svg'),
  typography: typographySchema,
  niche: z.string().min(1).max(200),
  /** Knowledge-base vertical ids the catalog draws from. */
  verticals: z.array(z.string().min(1)).min(1),
  seed: seedSchema,
  locale: localeSchema,
  currency: currencySchema,
});
export type Brand = z.infer<typeof brandSchema>;
