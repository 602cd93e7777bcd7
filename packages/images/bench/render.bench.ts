/**
 * Image throughput: specs → SVG → 1024 px WebP + 256 px thumbnail, through the worker pool on
 * two threads, against the same work done serially on a single worker.
 */
import { defineBenches } from '@storecraft/core/testing';
import { imageFamilies } from '@storecraft/generator/knowledge';
import { productShots } from '@storecraft/generator/images';
import type { ProductImageSpec } from '@storecraft/generator/images';
import { createRenderPool } from '../src/index.ts';
import type { RenderPool } from '../src/index.ts';

const palettes = [
  {
    primary: '#2f4f3e',
    secondary: '#c9a27c',
    accent: '#d1603d',
    background: '#f4efe6',
    text: '#1f2a24',
  },
  {
    primary: '#1f2a52',
    secondary: '#9caf88',
    accent: '#c2187a',
    background: '#e8eef6',
    text: '#111827',
  },
] as const;
const colours = ['#c8102e', '#1f2a52', '#228b22', '#efe4c8', '#b86b1b', '#9caf88'] as const;

/** A mix that walks every family and every shot, like a real catalog does. */
function specs(count: number, offset: number): ProductImageSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    return {
      family: imageFamilies[n % imageFamilies.length] ?? 'mug',
      colour: colours[n % colours.length] ?? '#1f2a52',
      palette: palettes[n % palettes.length] ?? palettes[0],
      brandName: n % 2 ? 'Juniper & Oak' : 'Mossly',
      shot: productShots[n % productShots.length] ?? 'front',
      seed: n,
    };
  });
}

async function renderAll(pool: RenderPool, batch: ProductImageSpec[]) {
  const images = await Promise.all(batch.map((spec) => pool.render(spec)));
  return { items: images.length, unit: 'images' };
}

export default defineBenches([
  {
    name: 'render images, 1 worker (serial)',
    runs: 3,
    setup: () => Promise.resolve(createRenderPool({ threads: 1 })),
    run: (pool) => renderAll(pool as RenderPool, specs(40, 0)),
    teardown: (pool) => (pool as RenderPool).destroy(),
  },
  {
    name: 'render images, pool of 2 threads',
    runs: 5,
    setup: () => Promise.resolve(createRenderPool({ threads: 2 })),
    run: (pool) => renderAll(pool as RenderPool, specs(120, 40)),
    teardown: (pool) => (pool as RenderPool).destroy(),
    baseline: 'render images, 1 worker (serial)',
  },
]);
