/**
 * A small in-process cache whose entries expire: for answers that are read on every request and
 * change rarely (who a session cookie belongs to, a member's role). Bounded: past `maxEntries`
 * the oldest entry goes. Time comes from the caller's clock so tests with a fake clock agree.
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; maxEntries: number; now: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now;
  }

  get enabled(): boolean {
    return this.#ttlMs > 0;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps `value` for the cache's time to live, or less when it stops being true sooner. */
  set(key: string, value: V, notAfter = Number.POSITIVE_INFINITY): void {
    if (!this.enabled) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expiresAt: Math.min(this.#now() + this.#ttlMs, notAfter) });
  }

  clear(): void {
    this.#entries.clear();
  }
}
