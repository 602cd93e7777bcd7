import { describe, expect, it } from 'vitest';
import { HashedKeySet } from './hashed-key-set.ts';

describe('HashedKeySet', () => {
  it('adds a key once and knows it afterwards', () => {
    const keys = new HashedKeySet();
    expect(keys.has('mug')).toBe(false);
    expect(keys.add('mug')).toBe(true);
    expect(keys.add('mug')).toBe(false);
    expect(keys.has('mug')).toBe(true);
    expect(keys.has('Mug')).toBe(false);
    expect(keys.add('')).toBe(true);
    expect(keys.has('')).toBe(true);
  });

  it('keeps every key through its growth, and tells 300,000 similar keys apart', () => {
    const keys = new HashedKeySet();
    const key = (i: number) => `fixture-product-${i}-sc-${i}-1`;
    const refused: string[] = [];
    for (let i = 0; i < 300_000; i++) if (!keys.add(key(i))) refused.push(key(i));
    expect(refused).toEqual([]);
    expect(keys.size).toBe(300_000);
    const lost: string[] = [];
    for (let i = 0; i < 300_000; i++) if (!keys.has(key(i))) lost.push(key(i));
    expect(lost).toEqual([]);
    const invented: string[] = [];
    for (let i = 300_000; i < 310_000; i++) if (keys.has(key(i))) invented.push(key(i));
    expect(invented).toEqual([]);
  });
});
