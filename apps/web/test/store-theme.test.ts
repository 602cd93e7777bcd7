import { describe, expect, it } from 'vitest';
import {
  AA_CONTRAST,
  contrastRatio,
  fontStack,
  readableOn,
  storeColours,
  storeThemeStyle,
} from '../ui/store/theme.ts';

/** Palettes BrandForge makes, and a few that test the edges: mid-tones, a low-contrast text. */
const palettes = [
  {
    primary: '#36454f',
    secondary: '#c5623f',
    accent: '#9caf88',
    background: '#faf3f0',
    text: '#101518',
  },
  {
    primary: '#ffcc00',
    secondary: '#00a3e0',
    accent: '#ff5a5f',
    background: '#ffffff',
    text: '#222222',
  },
  {
    primary: '#777777',
    secondary: '#888888',
    accent: '#999999',
    background: '#121212',
    text: '#f5f5f5',
  },
  {
    primary: '#1e3a8a',
    secondary: '#fde68a',
    accent: '#10b981',
    background: '#808080',
    text: '#000000',
  },
  // Stored data that breaks the palette's promise: the text is barely visible on the background.
  {
    primary: '#e11d48',
    secondary: '#f5f5f4',
    accent: '#0ea5e9',
    background: '#ffffff',
    text: '#dddddd',
  },
];

describe('storefront theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST);
  });

  it('picks the first readable candidate, else black or white', () => {
    expect(readableOn('#ffffff', ['#eeeeee', '#333333'])).toBe('#333333');
    expect(readableOn('#ffffff', ['#eeeeee'])).toBe('#000000');
    expect(readableOn('#111111', [])).toBe('#ffffff');
  });

  it.each(palettes)('keeps every text/background pair at AA (%o)', (palette) => {
    const c = storeColours(palette);
    const pairs: [string, string][] = [
      [c.text, c.background],
      [c.text, c.surface],
      [c.muted, c.background],
      [c.muted, c.surface],
      [c.link, c.background],
      [c.link, c.surface],
      [c.onPrimary, c.primary],
      [c.onSecondary, c.secondary],
      [c.onAccent, c.accent],
      [c.onSale, c.sale],
      // Selected option chips invert text and background.
      [c.background, c.text],
    ];
    for (const [fg, bg] of pairs) expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(AA_CONTRAST);
  });

  it('maps brand fonts to local stacks and never emits unsafe CSS', () => {
    expect(fontStack('Playfair Display')).toMatch(/^'Playfair Display', ui-serif/);
    expect(fontStack('Fredoka')).toContain('ui-rounded');
    expect(fontStack("x'; } body { background: url(evil)")).not.toContain('evil');
    const style = storeThemeStyle(palettes[0]!, { heading: 'Anton', body: 'Roboto' });
    expect(style).toMatchObject({ '--store-heading-transform': 'uppercase' });
  });
});
