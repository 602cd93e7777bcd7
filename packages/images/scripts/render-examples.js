/**
 * Renders the example product shots in docs/images/ (PNG, 1024 px):
 * `npx tsx packages/images/scripts/render-examples.js [out-dir]`.
 *
 * Plain JavaScript because the root tsconfig (which typed lint relies on) covers `src`, `bench`
 * and `test` only; it still runs under tsx, which loads the TypeScript packages it imports.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { colourTable } from '@storecraft/generator/knowledge';
import { describeImage, renderProductSvg } from '@storecraft/generator/images';
import { renderImage } from '../src/index.ts';

const outDir = path.resolve(
  process.argv[2] ?? path.join(import.meta.dirname, '../../../docs/images'),
);

/** @type {{ file: string, noun: string, colourName: keyof typeof colourTable, spec: Omit<import('@storecraft/generator/images').ProductImageSpec, 'colour'> }[]} */
const examples = [
  {
    file: 'hoodie-forest-green.png',
    noun: 'hoodie',
    colourName: 'Forest Green',
    spec: {
      family: 'hoodie',
      palette: {
        primary: '#2f4f3e',
        secondary: '#c9a27c',
        accent: '#d1603d',
        background: '#efe4c8',
        text: '#1f2a24',
      },
      brandName: 'Northwind Supply',
      shot: 'front',
      finish: 'cotton fleece',
      seed: 3,
    },
  },
  {
    file: 'mug-navy.png',
    noun: 'mug',
    colourName: 'Navy',
    spec: {
      family: 'mug',
      palette: {
        primary: '#1f2a52',
        secondary: '#9caf88',
        accent: '#c5623f',
        background: '#e8eef6',
        text: '#111827',
      },
      brandName: 'Harbour Ceramics',
      shot: 'lifestyle',
      finish: 'glazed stoneware',
      seed: 8,
    },
  },
  {
    file: 'serum-bottle-amber.png',
    noun: 'face serum',
    colourName: 'Amber',
    spec: {
      family: 'serum-bottle',
      palette: {
        primary: '#6d1a36',
        secondary: '#e8b4b0',
        accent: '#b76e79',
        background: '#f6e9e4',
        text: '#2b1a1f',
      },
      brandName: 'Lumière & Co',
      shot: 'front',
      finish: 'glass',
      seed: 5,
    },
  },
];

await mkdir(outDir, { recursive: true });
for (const example of examples) {
  const spec = { ...example.spec, colour: colourTable[example.colourName] };
  const { image } = await renderImage(renderProductSvg(spec), { format: 'png' });
  await writeFile(path.join(outDir, example.file), image);
  const alt = describeImage({ ...spec, productNoun: example.noun, colourName: example.colourName });
  console.log(`${example.file}: ${alt}`);
}
