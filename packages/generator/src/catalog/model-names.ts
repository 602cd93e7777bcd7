/**
 * Unique, pronounceable model names by index ("Kalon", "Mirave"): an affine permutation of the
 * index, written in a syllable alphabet. Distinct indexes give distinct names, so any product can
 * be named without knowing the others.
 */
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai'];
const CODAS = ['', 'n', 'r', 'l', 's', 'x'];
const SYLLABLES = ONSETS.length * VOWELS.length; // 96

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export class ModelNames {
  private readonly space: number;
  private readonly syllables: number;
  private readonly multiplier: number;
  private readonly offset: number;

  /** `capacity`: how many distinct names are needed; `salt`: a seed-derived integer. */
  constructor(capacity: number, salt: number) {
    this.syllables = capacity <= SYLLABLES ** 2 * CODAS.length ? 2 : 3;
    this.space = SYLLABLES ** this.syllables * CODAS.length;
    let m = (salt % this.space) | 1;
    while (gcd(m, this.space) !== 1) m += 2;
    this.multiplier = m;
    this.offset = (salt >>> 7) % this.space;
  }

  name(index: number): string {
    // Multiplication in floating point is exact below 2^53: space < 2^23 and index < 2^30.
    let n = (index * this.multiplier + this.offset) % this.space;
    const coda = CODAS[n % CODAS.length] ?? '';
    n = Math.floor(n / CODAS.length);
    let word = '';
    for (let s = 0; s < this.syllables; s++) {
      const syllable = n % SYLLABLES;
      n = Math.floor(n / SYLLABLES);
      word +=
        (ONSETS[syllable % ONSETS.length] ?? '') +
        (VOWELS[Math.floor(syllable / ONSETS.length)] ?? '');
    }
    word += coda;
    return word.charAt(0).toUpperCase() + word.slice(1);
  }
}
