import type { Range } from '../knowledge/index.ts';
import type { Rng } from '../random.ts';

/** Charm endings as real stores use them: mostly .99, some .95, some whole dollars. */
export function charm(cents: number, rng: Rng): number {
  const dollars = Math.max(1, Math.round(cents / 100));
  const ending = rng.weighted([
    [99, 6],
    [95, 1.5],
    [0, 2.5],
  ] as const);
  return ending === 0 ? dollars * 100 : (dollars - 1) * 100 + ending;
}

/** Keeps a charm price inside the archetype's band, moving to the nearest .99 inside it. */
export function clampToBand(cents: number, [min, max]: Range): number {
  if (cents > max) {
    const below = Math.floor(max / 100) * 100 - 1;
    return below >= min ? below : max;
  }
  if (cents < min) {
    const above = Math.ceil((min - 99) / 100) * 100 + 99;
    return above <= max ? above : min;
  }
  return cents;
}

/** A compare-at ("was") price 15–45 % above, on a whole-dollar or .99 ending. */
export function compareAt(priceCents: number, rng: Rng): number {
  const raw = priceCents * rng.float(1.15, 1.45);
  const dollars = Math.ceil(raw / 100);
  const value = rng.chance(0.5) ? dollars * 100 : dollars * 100 + 99;
  return value > priceCents ? value : priceCents + 100;
}
