/** Readable, prefixed, time-sortable ids: `prod_01jx3…`. */
export const idPrefixes = {
  workspace: 'ws',
  user: 'user',
  membership: 'mem',
  brand: 'brand',
  category: 'cat',
  product: 'prod',
  variant: 'var',
  image: 'img',
  generationJob: 'gjob',
  exportJob: 'xjob',
} as const;

export type IdKind = keyof typeof idPrefixes;

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/**
 * 10 chars of millisecond time + 16 random chars (80 bits), so ids sort by creation and
 * B-tree inserts stay local.
 */
export function newId(kind: IdKind, now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let random = '';
  for (const byte of bytes) random += ALPHABET[byte & 31];
  return `${idPrefixes[kind]}_${time}${random}`;
}

export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[${ALPHABET}]{26}$`).test(value);
}
