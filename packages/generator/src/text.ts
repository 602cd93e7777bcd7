/** Small text helpers shared by the brand, planner and copy writers. */

const DIACRITICS = /[\u0300-\u036f]/g;

/** `Ethiopia Guji — Natural!` → `ethiopia-guji-natural` */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Title Case for words made lower case by the knowledge base (`chef's knife` → `Chef's Knife`). */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export { escapeHtml } from '@storecraft/core';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  times: '×',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
};

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const code = /^#x/i.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

/** Comments, script/style elements with their content, and tags (`<p>`, `</li>`, `<br/>`). */
function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-z][^>]*(>|$)/gi, ' ');
}

/**
 * Plain text from HTML, or from text that may hold some (a content provider's SEO description):
 * tags dropped, entities decoded, control characters and runs of whitespace made one space.
 * Markup that arrives escaped (`&lt;b&gt;`) is dropped too, so the result never carries a tag.
 */
export function plainText(html: string): string {
  return stripTags(stripTags(html).replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity))
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}

/** Cuts at a word boundary so the result is at most `max` characters, adding an ellipsis if cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** `a, b and c` */
export function listJoin(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `a` or `an` before a word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|eu|one)/i.test(word) ? 'an' : 'a';
}

export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Replaces `{name}` placeholders from `values`; unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * `a` or `an` by how the phrase sounds, not how it is spelt: `an hour`, `an 8-cup`, `a one-off`,
 * `a USB cable`, `an LED lamp`, `a ewer`, `a unique`.
 */
export function indefinite(phrase: string): string {
  const word = phrase.trimStart();
  const first = /^[\w-]+/.exec(word)?.[0] ?? word;
  const lower = first.toLowerCase();
  let an: boolean;
  if (/^\d/.test(first)) an = /^(8|11|18|8\d)(\D|$)/.test(first);
  else if (/^[A-Z]{2,}$/.test(first.replace(/-.*/, ''))) an = /^[AEFHILMNORSX]/.test(first);
  else if (/^(hour|honest|honou?r|heir|herb(?!al))/.test(lower)) an = true;
  else if (/^(uni|use|usu|ute|uro|eu|ewe|one|once|ubiq)/.test(lower)) an = false;
  else an = /^[aeiou]/.test(lower);
  return `${an ? 'an' : 'a'} ${word}`;
}

/** How a product noun agrees: `a mug … it is`, `coffee … it is`, `headphones … they are`. */
export type NounKind = 'count' | 'mass' | 'plural';

/** Nouns a shopper does not count on their own (`honey`, `olive oil`; but `a whole bean coffee`). */
const MASS_NOUNS =
  /(^|\s)(tea|coffee|matcha|rooibos|chai|cocoa|honey|granola|salt|sugar|flour|rice|pasta|oil|vinegar|incense|jewell?ery|furniture|bedding|clothing|gear|equipment|paper|soil|compost|wax|yarn|twine|crisp|butter|jam|wash|lotion|shampoo|conditioner|mist)$/;

const CONTAINER_OF =
  /^(?:pair|set|bar|jar|bottle|bag|box|pack|packet|tin|tube|roll|block|bunch|sheet|can|cup|pot|kit|case|bundle|stick|spool|skein|ball|bale|sack|pouch|crate|carton|brick|slab|wheel|wedge|loaf|bouquet|sprig) of /;

/** The agreement class of a product noun, from its singular and plural forms. */
export function nounKind(singular: string, plural: string): NounKind {
  const s = singular.toLowerCase();
  // `pair of gloves`, `bar of wax`, `jar of honey`: a counted container, whatever it holds.
  if (CONTAINER_OF.test(s)) return 'count';
  // `headphones`/`headphones`, `readers`, `wireless earbuds`: sold as a pair or a set.
  if (/[^s]s$/.test(s) || (s === plural.toLowerCase() && /[^s]s$/.test(s))) return 'plural';
  return MASS_NOUNS.test(s) ? 'mass' : 'count';
}

/**
 * A kind of product with the article it needs: `a whole bean coffee`, `honey`, `headphones`.
 * Mass nouns take an article only when qualified (`a floral honey`, but plain `honey`).
 */
export function kindPhrase(kind: string, noun: string, agreement: NounKind): string {
  if (agreement === 'plural') return kind;
  if (agreement === 'mass' && kind.toLowerCase() === noun.toLowerCase()) return kind;
  return indefinite(kind);
}
