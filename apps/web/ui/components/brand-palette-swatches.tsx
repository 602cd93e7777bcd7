import type { Palette } from '@storecraft/core';
import { AA_TEXT, contrastRatio, formatRatio } from './brand-contrast.ts';

export const paletteRoles = ['primary', 'secondary', 'accent', 'background', 'text'] as const;

const roleLabels: Record<(typeof paletteRoles)[number], string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  accent: 'Accent',
  background: 'Background',
  text: 'Text',
};

/** One line: how readable white or black text is on the colour, with its AA verdict. */
function ContrastLine({ colour, on, label }: { colour: string; on: string; label: string }) {
  const ratio = contrastRatio(colour, on);
  const pass = ratio >= AA_TEXT;
  return (
    <li className="flex items-center justify-between gap-2">
      <span>
        {label} {formatRatio(ratio)}
      </span>
      <span
        className={`rounded px-1.5 text-xs font-semibold ${pass ? 'bg-ok text-white' : 'bg-danger text-white'}`}
      >
        {pass ? 'AA pass' : 'AA fail'}
      </span>
    </li>
  );
}

/** The five palette colours with their hex codes and contrast against white and black text. */
export function BrandPaletteSwatches({ palette }: { palette: Palette }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {paletteRoles.map((role) => {
        const colour = palette[role];
        return (
          <li key={role} className="overflow-hidden rounded-md border border-line">
            <div className="h-14" style={{ backgroundColor: colour }} />
            <div className="p-2 text-xs">
              <p className="font-semibold">{roleLabels[role]}</p>
              <p className="font-mono text-muted">{colour}</p>
              <ul className="mt-1 flex flex-col gap-1" aria-label={`${roleLabels[role]} contrast`}>
                <ContrastLine colour={colour} on="#ffffff" label="White text" />
                <ContrastLine colour={colour} on="#000000" label="Black text" />
              </ul>
            </div>
          </li>
        );
      })}
      <li className="col-span-full text-sm text-muted">
        Text on background: {formatRatio(contrastRatio(palette.text, palette.background))}{' '}
        {contrastRatio(palette.text, palette.background) >= AA_TEXT ? '(AA pass)' : '(AA fail)'}
      </li>
    </ul>
  );
}
