/**
 * A set of strings that keeps only a 64-bit hash of each, in one flat typed array: 8–16 bytes a key
 * instead of a string plus a `Set` entry (a 200,000-product Magento export has a million url_keys).
 *
 * Approximate in one direction only: `has` never answers false for a key that was added, and
 * answers true for a key that was not with a probability of about n² / 2⁶⁵ after n keys (3 · 10⁻⁸
 * for a million). That suits the one use it has — handing out keys no earlier row used, taking the
 * next candidate when `has` says taken: the keys stay unique, and a hash collision (deterministic,
 * like everything in an export) only skips a key that was in fact free.
 */
export class HashedKeySet {
  /** Open addressing with linear probing; slot i is words 2i (high) and 2i+1 (low); 0/0 is empty. */
  #slots = new Uint32Array(2 * 1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  has(key: string): boolean {
    hash64(key);
    return contains(this.#slots, hashHigh, hashLow);
  }

  /** Adds `key`; false when it (or, very rarely, a key with the same hash) was already there. */
  add(key: string): boolean {
    hash64(key);
    if (contains(this.#slots, hashHigh, hashLow)) return false;
    // At most half the slots in use, so probe runs stay short.
    if (this.#size + 1 > this.#slots.length / 4) this.#grow();
    insert(this.#slots, hashHigh, hashLow);
    this.#size++;
    return true;
  }

  #grow(): void {
    const old = this.#slots;
    const slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const high = old[i] ?? 0;
      const low = old[i + 1] ?? 0;
      if (high !== 0 || low !== 0) insert(slots, high, low);
    }
    this.#slots = slots;
  }
}

function contains(slots: Uint32Array, high: number, low: number): boolean {
  const mask = slots.length / 2 - 1;
  for (let i = low & mask; ; i = (i + 1) & mask) {
    const h = slots[2 * i] ?? 0;
    const l = slots[2 * i + 1] ?? 0;
    if (h === high && l === low) return true;
    if (h === 0 && l === 0) return false;
  }
}

function insert(slots: Uint32Array, high: number, low: number): void {
  const mask = slots.length / 2 - 1;
  let i = low & mask;
  while ((slots[2 * i] ?? 0) !== 0 || (slots[2 * i + 1] ?? 0) !== 0) i = (i + 1) & mask;
  slots[2 * i] = high;
  slots[2 * i + 1] = low;
}

/** Results of the last `hash64` call (module-level to hash without allocating). */
let hashHigh = 0;
let hashLow = 0;

/**
 * Two 32-bit multiply-xorshift lanes over the UTF-16 code units (the construction of cyrb53, kept
 * at 64 bits); 0/0 is moved to 0/1 because it marks an empty slot.
 */
function hash64(key: string): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashHigh = h2 >>> 0;
  hashLow = h1 >>> 0;
  if (hashHigh === 0 && hashLow === 0) hashLow = 1;
}
