import { describe, expect, it } from 'vitest';
import { IMAGE_URL_WINDOW_SECONDS, stableExpiresInSeconds } from '../src/index.ts';

describe('stable image URL expiry', () => {
  const window = IMAGE_URL_WINDOW_SECONDS;
  const start = Date.UTC(2026, 11, 5, 10, 0, 0);

  it('gives every moment of a window the same expiry, one to two windows ahead', () => {
    const expiries = new Set<number>();
    for (const offset of [0, 1, 59, 1799, window - 1]) {
      const now = start + offset * 1000 + 999;
      const expiresIn = stableExpiresInSeconds(new Date(now));
      expect(expiresIn).toBeGreaterThan(window);
      expect(expiresIn).toBeLessThanOrEqual(2 * window);
      expiries.add(Math.floor(now / 1000) + expiresIn);
    }
    expect([...expiries]).toEqual([start / 1000 + 2 * window]);
  });

  it('moves the expiry on at the next window', () => {
    const at = (seconds: number) =>
      Math.floor((start + seconds * 1000) / 1000) +
      stableExpiresInSeconds(new Date(start + seconds * 1000));
    expect(at(window) - at(window - 1)).toBe(window);
  });
});
