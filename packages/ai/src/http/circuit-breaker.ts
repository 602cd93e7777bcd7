/**
 * Stops calling a provider that keeps failing: after `threshold` failures in a row it opens for
 * `cooldownMs` (calls fall back at once instead of each waiting through retries), then lets one
 * trial call through; a success closes it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(options: { threshold?: number; cooldownMs?: number; now?: () => number } = {}) {
    this.threshold = options.threshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether a call may go ahead now. */
  allows(): boolean {
    if (this.openedAt === undefined) return true;
    if (this.now() - this.openedAt < this.cooldownMs || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  failed(): void {
    this.failures++;
    this.trialInFlight = false;
    if (this.openedAt !== undefined || this.failures >= this.threshold) this.openedAt = this.now();
  }
}

/** At most `limit` calls to one provider at a time; the rest wait their turn. */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = Math.max(1, limit);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing call hands its slot straight to the next waiter, so nobody can slip in between.
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
