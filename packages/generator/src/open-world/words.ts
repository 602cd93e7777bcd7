/**
 * Words as the niche matcher compares them. Matching folds spelling variants and plurals
 * ("jewellery" / "Jewelry", "keyboards" / "Keyboard") but never cuts a word to a stem: "training"
 * stays "training" and "running" stays "running", so a typo can only be read as a real word.
 */

const STOP_WORDS = new Set(
  'a an and or the of for with in on to by from at as is are my our your shop shops store stores boutique online co company etc plus'.split(
    ' ',
  ),
);

/** British and variant spellings → the spelling Shopify's taxonomy uses. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    jewellery: 'jewelry',
    jewelery: 'jewelry',
    colour: 'color',
    colours: 'colors',
    grey: 'gray',
    aluminium: 'aluminum',
    organise: 'organize',
    organiser: 'organizer',
    organisers: 'organizers',
    favourite: 'favorite',
    moisturiser: 'moisturizer',
    moisturisers: 'moisturizers',
    tyre: 'tire',
    tyres: 'tires',
    speciality: 'specialty',
    theatre: 'theater',
    catalogue: 'catalog',
    tshirt: 'shirt',
    tshirts: 'shirts',
    mould: 'mold',
    moulds: 'molds',
    nappy: 'diaper',
    nappies: 'diapers',
  }),
);

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    mice: 'mouse',
    knives: 'knife',
    shelves: 'shelf',
    leaves: 'leaf',
    loaves: 'loaf',
    halves: 'half',
    wolves: 'wolf',
    calves: 'calf',
    scarves: 'scarf',
    hooves: 'hoof',
    lives: 'life',
    children: 'child',
    people: 'person',
    feet: 'foot',
    teeth: 'tooth',
    geese: 'goose',
    tomatoes: 'tomato',
    potatoes: 'potato',
    mangoes: 'mango',
    heroes: 'hero',
    echoes: 'echo',
    cookies: 'cookie',
    movies: 'movie',
    ties: 'tie',
    pies: 'pie',
    dies: 'die',
    lies: 'lie',
  }),
);

/** Words that end in "s" without being plurals. */
const INVARIANT = new Set(
  'tennis chassis analysis basis lens canvas atlas christmas bus gas news series species yes this its always perhaps plus bonus cactus asparagus hummus octopus'.split(
    ' ',
  ),
);

/** Plural → singular, spelling variants folded: `accessories` → `accessory`, `jewellery` → `jewelry`. */
export function normalizeWord(word: string): string {
  const w = SPELLINGS.get(word) ?? word;
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length < 3 || INVARIANT.has(w) || !w.endsWith('s')) return w;
  // Three letters: only abbreviations ("LPs", "CDs") are plurals; "gas" and "bus" are not.
  if (w.length === 3 && /[aeiou]/.test(w.charAt(1))) return w;
  let singular = w;
  if (w.endsWith('ies') && w.length > 4) singular = `${w.slice(0, -3)}y`;
  else if (/(ss|x|zz|ch|sh)es$/.test(w)) singular = w.slice(0, -2);
  else if (!w.endsWith('ss') && !w.endsWith('us')) singular = w.slice(0, -1);
  return SPELLINGS.get(singular) ?? singular;
}

/**
 * Lower-case words of a text, accents and apostrophes dropped, hyphenated words split, stop words
 * and one-letter words removed: `Chef's One-Piece Swimsuits` → `chef one piece swimsuits`.
 */
export function surfaceWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t));
}

/** Normalised words of a text, in order. */
export function matchWords(text: string): string[] {
  return surfaceWords(text).map(normalizeWord);
}

/** `a b c` → [`a b`, `b c`]: phrases of two words, which count as terms of their own. */
export function bigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/**
 * Optimal-string-alignment distance (a swap of two neighbours costs 1, as in "keybaord"), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      cur.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** How far a word of this length may be from the word it is read as: short words are not guessed. */
export function typoAllowance(word: string): number {
  if (word.length < 5) return 0;
  return word.length >= 8 ? 2 : 1;
}
