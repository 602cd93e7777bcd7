import type { Archetype } from '../knowledge/index.ts';
import { slugify, titleCase } from '../text.ts';

/**
 * Every title an archetype's patterns can make, numbered 0..size-1 (pattern by pattern, slots in
 * mixed radix). Product k of an archetype takes title `permute(k)`, so titles never repeat until
 * the space is used up; past that a unique model name is put in front.
 */
export class TitleSpace {
  readonly size: number;
  /** Distinct titles, when the space is small enough to list (different patterns can spell the same title). */
  private readonly distinct: string[] | undefined;
  private readonly patterns: {
    pattern: string;
    slots: { name: string; values: readonly string[] }[];
    count: number;
  }[];
  private readonly multiplier: number;
  private readonly offset: number;
  private readonly archetype: Archetype;

  constructor(archetype: Archetype, salt: number) {
    this.archetype = archetype;
    this.patterns = archetype.titlePatterns.map((pattern) => {
      const slots = [...pattern.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1] ?? '')
        .filter((name) => name !== 'noun')
        .map((name) => ({ name, values: archetype.slots[name] ?? [] }))
        .filter((slot) => slot.values.length > 0);
      return { pattern, slots, count: slots.reduce((n, s) => n * s.values.length, 1) };
    });
    const raw = this.patterns.reduce((n, p) => n + p.count, 0);
    if (raw <= LISTABLE) {
      // Distinct by handle, so two spellings of one title ("Tea-Time", "Tea Time") count once.
      const seen = new Map<string, string>();
      for (let i = 0; i < raw; i++) {
        const title = this.compose(i);
        const handle = slugify(title);
        if (!seen.has(handle)) seen.set(handle, title);
      }
      this.distinct = [...seen.values()];
      this.size = this.distinct.length;
    } else {
      this.distinct = undefined;
      this.size = raw;
    }
    let m = (salt % Math.max(1, this.size)) | 1;
    while (gcd(m, this.size) !== 1) m += 1;
    this.multiplier = m;
    this.offset = (salt >>> 5) % Math.max(1, this.size);
  }

  /** Every distinct title, when the space was small enough to list. */
  titles(): readonly string[] | undefined {
    return this.distinct;
  }

  /** The k-th title (k < size gives distinct titles for distinct k). */
  title(k: number): string {
    const n = this.size > 0 ? (k * this.multiplier + this.offset) % this.size : 0;
    return this.distinct ? (this.distinct[n] ?? '') : this.compose(n);
  }

  /** Title number n of the raw space: pattern by pattern, slots in mixed radix. */
  private compose(index: number): string {
    let n = index;
    for (const p of this.patterns) {
      if (n >= p.count) {
        n -= p.count;
        continue;
      }
      const values: Record<string, string> = { noun: titleCase(this.archetype.noun[0]) };
      for (const slot of p.slots) {
        values[slot.name] = slot.values[n % slot.values.length] ?? '';
        n = Math.floor(n / slot.values.length);
      }
      return tidy(p.pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole));
    }
    return titleCase(this.archetype.noun[0]);
  }
}

/** Spaces up to this size are listed and de-duplicated at plan time (a few ms). */
const LISTABLE = 200_000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Collapses doubled words and spaces left by patterns ("Linen Linen Shirt"). */
function tidy(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) if (out[out.length - 1]?.toLowerCase() !== w.toLowerCase()) out.push(w);
  return out.join(' ');
}
