import { memoize } from '../memoize.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';

/**
 * Slot-filling slips, kept precise: each pattern is one the engine's templates produce and a
 * reader notices ("finish finish", "a eye cream", "It is glass lens", "along with reaches").
 */

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** Words a writer may double on purpose. */
const DOUBLES_OK = wordSet(
  'that had bye so no pom ylang cous bon knock chop choo ha tut mahi bora dum night ' +
    'hush boo yo la very tick tock ding sing ring wah meow woof yum tsk go baa moo',
);

/** ASCII on purpose: a fast native regex (a word with another first letter is left alone). */
const ARTICLE = /(?<![A-Za-z0-9'’-])(a|an|A|An) ([A-Za-z0-9][A-Za-z0-9'’.+-]*)/g;
/** Vowel letters that sound like a consonant: "a unique", "a one-piece", "a eucalyptus". */
const CONSONANT_SOUND =
  /^(?:uniq|unit|univ|unic|unif|unis|unio|unil|use|usa|usu|uten|util|ukul|uret|uran|utop|uter|ubiq|urin|eu|ewe|one(?!r)|once|onesie)/;
/** Consonant letters that sound like a vowel: "an hour", "an honest". */
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/;
/** Either article reads fine: "a/an herb", "a/an historic". */
const EITHER = /^(?:herb|histor|hotel|hum(?:ble)?$)/;
/** Letter names that start with a vowel sound: "an LED", "an SPF", "an MP3", "an XL". */
const VOWEL_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** Singular countable nouns that cannot follow "It is" bare: "It is glass lens". */
const COUNTABLE = wordSet(
  'lens frame bag bottle jar tin box pouch case lid handle strap sleeve cover blend bar ' +
    'stick tube brush board plate bowl mug cup pot pan knife candle vessel cushion pillow ' +
    'mat tray vase clock lamp chair table stool shelf book card print kit set pack ' +
    'capsule softgel tablet filter sachet movement crystal bezel dial buckle zip pad sole ' +
    'outsole midsole insole upper lining liner wick vial envelope sheet hook stand base ' +
    'infuser spring coil cable nib cartridge pump dropper applicator',
);
/** Plural heads that make "It is …" or a singular verb wrong: "Hibiscus petals … gives". */
const PLURAL = wordSet(
  'leaves beans petals flowers blossoms seeds pods buds roots fibres fibers threads ' +
    'lenses peppers chilies chillies shallots lemons olives eggs spices herbs grains nuts ' +
    'pearls beads crystals stones oils extracts peptides ceramides acids strains links ' +
    'pieces panels straps handles pillows cushions wicks reeds vials cards pages sheets ' +
    'jars bottles tins bags boxes pouches lids bars sticks tubes brushes capsules ' +
    'softgels tablets gummies drops flakes chips nibs needles berries fruits juices zips ' +
    'snaps pins hinges tips pads pots pans plates bowls cups mugs glasses vessels',
);
const DETERMINER =
  /^(?:a|an|the|our|this|that|your|its|one|each|every|another|no|not|just|simply|all|both|two|three|made|built|designed|crafted|finished|here|there|what|how|also|so|too|as|more|less|best|ready|about|available|easy|perfect|great|light|small|big|safe)$/i;
const IT_IS =
  /\bIt(?: is|['’]s) ([^.,;:!?()\n]+?)(?= (?:through and through|with|and|that|for|in|from|to|so)\b|[.,;:!?()\n]|$)/g;
/** What may precede a sentence-opening "A": the start, a line break, or the end of a sentence. */
const SENTENCE_START = /(?:^|\n|[.!?]["”’)]? |^["“‘(])$/;
const SINGULAR_VERB =
  /^(?:gives|keeps|lends|makes|is|has|does|adds|brings|means|feels|looks|stays|holds)$/;
/** "Hibiscus petals, responsibly sourced, gives…" */
const SUBJECT_VERB = /^((?:[\p{L}-]+\s+){0,4}([\p{L}-]+))(?:,\s[^,]{1,40},)?\s+([a-z]+)\b/u;
const AT_HEART = /\bat its heart is\s+((?:[\p{L}-]+\s+){0,4}([\p{L}-]+))(?=\s*(?:[,.;:!?]|$))/giu;

/** "along with reaches the back molars", "plus keeps drinks hot": a joiner before a verb. */
const JOINER = /\b(?:along with|plus|as well as|together with|alongside) ([a-z-]+)(?: ([a-z-]+))?/g;
const ANY_JOINER = /along with|plus|as well as|together with|alongside/;
const ADVERB = /^(?:visibly|never|easily|gently|quickly|always|instantly|even|also|really|truly)$/;
const VERBS_3SG = wordSet(
  'reaches keeps fits holds makes comes stays dries lasts works sits stacks folds packs ' +
    'cleans wipes washes protects supports helps adds gives lets features includes locks ' +
    'clips doubles softens develops releases reduces absorbs wicks repels resists blocks ' +
    'filters brews tastes smells feels looks turns grows lifts slides snaps rolls hangs ' +
    'stands glides grips cools warms soothes calms hydrates smooths brightens balances ' +
    'boosts replaces pairs ships arrives needs takes uses runs charges plays opens closes ' +
    'seals pours heats melts burns fills moves sheds breathes stretches shapes sculpts ' +
    'tames defines tells shows goes prevents removes restores strengthens nourishes ' +
    'delivers allows offers provides creates brings sets catches traps stores converts ' +
    'connects',
);
const PARTICIPLE_AFTER = /^(?:to|for|by|from|in|with|and|on|at|into)$/;

/** "a quiet 2 colours finish": a count of a plural used as an adjective after "a". */
const COUNT_AS_ADJECTIVE =
  /(?<![\p{L}'’-])(?:a|an) (?:[\p{L}-]+ )?(\d+) (\p{L}+s) (?!of\b|and\b|or\b|to\b|in\b|on\b|for\b|per\b|at\b|a\b|the\b|from\b|with\b|each\b|ago\b|later\b|before\b|after\b|old\b|long\b|wide\b|tall\b|deep\b|high\b)(\p{L}+)/giu;
const TIME_OR_MEASURE =
  /^(?:hours|minutes|days|weeks|months|years|seconds|nights|miles|metres|meters|inches|feet|yards|litres|liters|grams|ounces|pounds|kilos|steps|times|degrees|percent|servings|cups|pieces)$/i;
/** "30 Servings servings", "3 pairs pair". */
const COUNT_THEN_SAME = /\b\d+ (\p{L}{2,}?)(?:es|s)? \1(?:es|s)?\b/giu;
const UNFILLED = /\{[a-zA-Z]+\}|\bundefined\b|\bNaN\b|\[object Object\]/;

export function checkGrammar(ctx: RuleContext): void {
  const { listing } = ctx;
  ctx.applies('grammar');
  // Each check scans the whole description once; the sentence is looked up only for a finding.
  const prose = listing.prose;
  const sentenceOf = (found: string) => listing.sentences.find((s) => s.includes(found)) ?? found;
  for (const text of [listing.title, prose]) {
    const unfilled = UNFILLED.exec(text);
    if (unfilled) {
      const where = quote(sentenceOf(unfilled[0]), 80);
      ctx.error('grammar', `grammar: unfilled slot ${quote(unfilled[0])} in ${where}`);
    }
    doubled(ctx, text, sentenceOf);
  }
  articles(ctx, prose, sentenceOf);
  itIs(ctx, prose, sentenceOf);
  agreement(ctx, listing.sentences, prose);
  joiners(ctx, prose, sentenceOf);
  counts(ctx, prose, sentenceOf);
}

type SentenceOf = (found: string) => string;

/**
 * "finish finish": the same word twice across one space (punctuation between closes the clause).
 * A character loop, not a regex with a back-reference: most pairs differ at their first letter.
 */
function doubled(ctx: RuleContext, text: string, sentenceOf: SentenceOf): void {
  const lower = text.toLowerCase();
  let start = 0;
  for (let space = lower.indexOf(' '); space >= 0; space = lower.indexOf(' ', start)) {
    const length = space - start;
    const next = space + 1;
    if (length >= 2 && lower.charCodeAt(start) === lower.charCodeAt(next)) {
      let same = true;
      for (let k = 1; k < length && same; k++)
        same = lower.charCodeAt(start + k) === lower.charCodeAt(next + k);
      const word = same ? lower.slice(start, space) : '';
      if (
        same &&
        !isLetter(lower.charAt(next + length)) &&
        /^\p{L}+$/u.test(word) &&
        !DOUBLES_OK.has(word)
      ) {
        const pair = text.slice(start, next + length);
        ctx.error(
          'grammar',
          `grammar: doubled word ${quote(`${word} ${word}`)} in ${quote(sentenceOf(pair), 80)}`,
        );
      }
    }
    // Split at spaces only: a "word" holding a line break or punctuation is never letters-only.
    start = next;
  }
}

function isLetter(ch: string): boolean {
  return ch !== '' && /[\p{L}'’-]/u.test(ch);
}

function articles(ctx: RuleContext, prose: string, sentenceOf: SentenceOf): void {
  for (const m of prose.matchAll(ARTICLE)) {
    const article = m[1] ?? '';
    const word = m[2] ?? '';
    const at = m.index;
    // "Vitamin A and E": a capital A is an article only where a sentence (or quote) starts.
    if (/^A/.test(article) && !SENTENCE_START.test(prose.slice(Math.max(0, at - 3), at))) continue;
    const sound = vowelSound(word);
    if (sound === null) continue;
    const expected = sound ? 'an' : 'a';
    if (article.toLowerCase() !== expected) {
      ctx.error(
        'grammar',
        `grammar: ${quote(`${article} ${word}`)} should be ${quote(`${matchCase(expected, article)} ${word}`)} in ${quote(sentenceOf(m[0]), 80)}`,
      );
    }
  }
}

function matchCase(word: string, like: string): string {
  return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

const vowelSound = memoize((word: string) => startsWithVowelSound(word));

/** True for a vowel sound, false for a consonant, null when either article reads fine. */
export function startsWithVowelSound(word: string): boolean | null {
  if (/^\d/.test(word)) {
    const digits = word.replace(/,/g, '').match(/^\d+/)?.[0] ?? '';
    if (digits.startsWith('8')) return true;
    if (digits === '11' || digits === '18') return true;
    if (/^1[18]\d\d$/.test(digits)) return null;
    return false;
  }
  const letters = (word.split(/[-'’.]/)[0] ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  // Initialisms are read letter by letter: "an LED", "a USB", "an A5", "an L-shaped", "a U-bend".
  if (/^[A-Z]{1,3}\d*s?$/.test(letters) || /^[A-Z]\d+$/.test(letters)) {
    return VOWEL_LETTERS.has(letters.charAt(0));
  }
  if (/^[A-Z]{4,}$/.test(letters)) return null;
  const lower = word.toLowerCase();
  if (EITHER.test(lower)) return null;
  if (/^[aeiou]/.test(lower)) return !CONSONANT_SOUND.test(lower);
  if (VOWEL_SOUND.test(lower)) return true;
  return /^\p{L}/u.test(lower) ? false : null;
}

function itIs(ctx: RuleContext, prose: string, sentenceOf: SentenceOf): void {
  if (!prose.includes('It')) return;
  for (const m of prose.matchAll(IT_IS)) {
    const phrase = (m[1] ?? '').trim();
    const words = phrase.split(/\s+/);
    if (words.length === 0 || words.length > 5 || DETERMINER.test(words[0] ?? '')) continue;
    const head = (words[words.length - 1] ?? '').toLowerCase();
    if (COUNTABLE.has(head) || PLURAL.has(head)) {
      ctx.error(
        'grammar',
        `grammar: ${quote(`It is ${phrase}`)} needs an article or a plural verb, in ${quote(sentenceOf(m[0]), 80)}`,
      );
    }
  }
}

function agreement(ctx: RuleContext, sentences: readonly string[], prose: string): void {
  for (const sentence of sentences) {
    // Only a sentence that opens with a plural noun can disagree with its verb.
    if (!opensWithPlural(sentence)) continue;
    const m = SUBJECT_VERB.exec(sentence);
    if (m && PLURAL.has((m[2] ?? '').toLowerCase()) && SINGULAR_VERB.test(m[3] ?? '')) {
      ctx.error(
        'grammar',
        `grammar: plural ${quote(m[1] ?? '')} with singular ${quote(m[3] ?? '')}, in ${quote(sentence, 80)}`,
      );
    }
  }
  if (!/heart is/i.test(prose)) return;
  for (const sentence of sentences) {
    for (const h of sentence.matchAll(AT_HEART)) {
      const phrase = h[1] ?? '';
      if (/^(?:a|an|the|one)\b/i.test(phrase) || /\bof\b/i.test(phrase)) continue;
      if (PLURAL.has((h[2] ?? '').toLowerCase())) {
        ctx.error(
          'grammar',
          `grammar: ${quote(`at its heart is ${phrase}`)} (plural after "is"), in ${quote(sentence, 80)}`,
        );
      }
    }
  }
}

/** Whether one of the first five words is a plural noun: a word loop, no regex. */
function opensWithPlural(sentence: string): boolean {
  let start = 0;
  for (let n = 0; n < 5; n++) {
    const space = sentence.indexOf(' ', start);
    const word = sentence.slice(start, space < 0 ? undefined : space);
    const bare = word.endsWith(',') ? word.slice(0, -1) : word;
    if (PLURAL.has(bare.toLowerCase())) return true;
    if (space < 0) return false;
    start = space + 1;
  }
  return false;
}

function joiners(ctx: RuleContext, prose: string, sentenceOf: SentenceOf): void {
  const lower = prose.toLowerCase();
  if (!ANY_JOINER.test(lower)) return;
  for (const m of lower.matchAll(JOINER)) {
    // A capitalised "Plus" mid-sentence is a name ("the Campfire Plus takes a minute").
    const first = prose.charAt(m.index);
    if (first !== first.toLowerCase() && m.index > 0 && !/[.!?]\s*$/.test(prose.slice(0, m.index)))
      continue;
    let word = m[1] ?? '';
    let next = m[2];
    if (ADVERB.test(word) && next) {
      word = next;
      next = undefined;
    }
    const verb = VERBS_3SG.has(word);
    // "along with double-walled to keep drinks hot": a participle phrase, not a noun.
    const participle =
      /^[a-z]+ed$/.test(word.split('-').pop() ?? '') &&
      next !== undefined &&
      PARTICIPLE_AFTER.test(next);
    if (verb || participle) {
      const found = prose.slice(m.index, m.index + m[0].length);
      ctx.error(
        'grammar',
        `grammar: ${quote(m[0])} joins a verb phrase to a list of things, in ${quote(sentenceOf(found), 80)}`,
      );
    }
  }
}

function counts(ctx: RuleContext, prose: string, sentenceOf: SentenceOf): void {
  if (!/\d/.test(prose)) return;
  for (const m of prose.matchAll(COUNT_AS_ADJECTIVE)) {
    if (TIME_OR_MEASURE.test(m[2] ?? '')) continue;
    ctx.error(
      'grammar',
      `grammar: ${quote(m[0])} uses a plural count as an adjective, in ${quote(sentenceOf(m[0]), 80)}`,
    );
  }
  for (const m of prose.matchAll(COUNT_THEN_SAME)) {
    ctx.error(
      'grammar',
      `grammar: ${quote(m[0])} repeats its noun, in ${quote(sentenceOf(m[0]), 80)}`,
    );
  }
}
