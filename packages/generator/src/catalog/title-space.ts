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
  /** For each distinct title, its number in the raw space (to recover the slot values it used). */
  private readonly distinctRaw: Int32Array | undefined;
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
      const seen = new Map<string, number>();
      for (let i = 0; i < raw; i++) {
        const handle = slugify(this.compose(i));
        if (!seen.has(handle)) seen.set(handle, i);
      }
      this.distinctRaw = Int32Array.from(seen.values());
      this.distinct = Array.from(this.distinctRaw, (i) => this.compose(i));
      this.size = this.distinct.length;
    } else {
      this.distinct = undefined;
      this.distinctRaw = undefined;
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
    const n = this.position(k);
    return this.distinct ? (this.distinct[n] ?? '') : this.compose(n);
  }

  /**
   * The slot values the k-th title is made of (`['Latte Grade']` for "Latte Grade Matcha"): the
   * facts the title states, which the rest of the listing must agree with.
   */
  slotValues(k: number): readonly string[] {
    const n = this.position(k);
    const raw = this.distinctRaw ? (this.distinctRaw[n] ?? 0) : n;
    const found = this.assignment(raw);
    if (!found) return [];
    // The pattern's own words state facts too: "{flavour} Collagen Peptides".
    const literal = tidy(found.pattern.replace(/\{\w+\}/g, ' '));
    return literal === '' ? found.values : [...found.values, literal];
  }

  private position(k: number): number {
    return this.size > 0 ? (k * this.multiplier + this.offset) % this.size : 0;
  }

  /** Title number n of the raw space: pattern by pattern, slots in mixed radix. */
  private compose(index: number): string {
    const found = this.assignment(index);
    if (!found) return titleCase(this.archetype.noun[0]);
    const values: Record<string, string> = { noun: titleCase(this.archetype.noun[0]) };
    found.slots.forEach((slot, i) => (values[slot] = found.values[i] ?? ''));
    return tidy(found.pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole));
  }

  /** The pattern and slot values of title number n of the raw space. */
  private assignment(
    index: number,
  ): { pattern: string; slots: string[]; values: string[] } | undefined {
    let n = index;
    for (const p of this.patterns) {
      if (n >= p.count) {
        n -= p.count;
        continue;
      }
      const slots: string[] = [];
      const values: string[] = [];
      for (const slot of p.slots) {
        slots.push(slot.name);
        values.push(slot.values[n % slot.values.length] ?? '');
        n = Math.floor(n / slot.values.length);
      }
      return { pattern: p.pattern, slots, values };
    }
    return undefined;
  }
}

/** Spaces up to this size are listed and de-duplicated at plan time (a few ms). */
const LISTABLE = 200_000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Collapses doubled words and spaces left by patterns: "Linen Linen Shirt" → "Linen Shirt", and a
 * slot's noun before the pattern's plural, "Brush Pen Pens" → "Brush Pens".
 */
function tidy(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const last = out.at(-1)?.toLowerCase();
    const word = w.toLowerCase();
    if (last === word) continue;
    if (last && last.length >= 3 && (word === `${last}s` || word === `${last}es`)) out.pop();
    out.push(w);
  }
  return out.join(' ');
}
