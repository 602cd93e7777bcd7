import {
  brandLines,
  bulletHeadings,
  copyBanks,
  copyLabels,
  factLines,
  featureLines,
  fitNotes,
  giftLines,
  howToNotes,
  purposeLines,
  shortPurposeLines,
  questions,
  staffTips,
} from '../locales/en-copy.ts';
import type { Archetype, Vertical } from '../knowledge/index.ts';
import { Rng } from '../random.ts';
import {
  capitalize,
  escapeHtml,
  indefinite,
  kindPhrase,
  nounKind,
  type NounKind,
  truncateWords,
} from '../text.ts';
import type { ContentProvider, ProductCopy, ProductCopyInput } from './content-provider.ts';

/**
 * The skeletons real shops use, with roughly the frequencies measured on real listings: most
 * tell a short story and then list features; some are a few lines; a few carry a spec table.
 */
type Shape = 'short' | 'lead-bullets' | 'story' | 'story-bullets' | 'story-table' | 'long';
const SHAPES: readonly (readonly [Shape, number])[] = [
  ['short', 13],
  ['lead-bullets', 12],
  ['story', 12],
  ['story-bullets', 32],
  ['story-table', 4],
  ['long', 27],
];

/** Spec rows a shop would not state in prose (box sizes read as invented precision). */
const PROSE_SKIP = /^(dimensions|weight)$/i;
/** Material rows sometimes name the packaging; the prose leaves them to the table. */
const FACT_SKIP = /^(dimensions|weight|material)$/i;

type Words = Readonly<Record<string, string>>;

/**
 * Offline copy in the brand's voice. Every listing opens by naming the product and what it is,
 * then says what it is for; the rest of its shape (story, bullets, a fact or two, a table, a
 * gifting line, a tip, a question) is chosen per product. Text is escaped; the HTML uses only p,
 * ul, li, table, tbody, tr, th, td and strong.
 */
export function proceduralCopy(input: ProductCopyInput): ProductCopy {
  return new ListingWriter(input).write();
}

export const proceduralContent: ContentProvider = {
  name: 'procedural',
  productCopy: proceduralCopy,
};

/** One listing being written: its choices, its words, and the blocks written so far. */
class ListingWriter {
  private readonly input: ProductCopyInput;
  private readonly rng: Rng;
  private readonly profile: KindProfile;
  /** `it is` or `they are`, for the product as the title names it. */
  private readonly agreement: Words;
  private readonly words: Record<string, string>;
  private readonly features: string[];
  /** Features are dealt out once: what the prose mentions, the list does not repeat. */
  private dealt = 0;
  private lastFeatureLine = '';
  private readonly blocks: string[] = [];

  constructor(input: ProductCopyInput) {
    this.input = input;
    this.rng = new Rng(input.seed);
    const { archetype, vertical, brand } = input;
    this.profile = profileOf(archetype, vertical, input.noun);
    this.agreement =
      this.profile.agreement === 'plural' || looksPlural(input.title) ? PLURAL : SINGULAR;
    const kind = this.kind();
    const audience = this.rng.pick(input.audiences.length > 0 ? input.audiences : ANYONE);
    const aKind = kindPhrase(kind, input.noun, this.profile.agreement);
    this.words = {
      title: input.title,
      brand: brand.name,
      kind,
      aKind,
      AKind: capitalize(aKind),
      moment: this.rng.pick(input.moments.length > 0 ? input.moments : ANYTIME),
      audience,
      Audience: capitalize(audience),
    };
    this.features = this.rng.shuffle(input.features);
  }

  write(): ProductCopy {
    const { rng, input, profile } = this;
    const bank = copyBanks[input.brand.voice];
    // The opening comes from a per-catalog rotation, so no frame opens more than its share.
    const opening = this.say(
      input.position
        ? rotate(bank.openings, input.position.index, input.position.catalogSeed)
        : rng.pick(bank.openings),
    );
    const purpose = this.say(rng.pick(purposeLines), { moment: this.otherMoment() });
    const shape = rng.weighted(SHAPES);

    switch (shape) {
      case 'short':
        this.paragraph(opening, rng.chance(0.85) ? this.say(rng.pick(shortPurposeLines)) : purpose);
        break;
      case 'lead-bullets':
        this.paragraph(opening, purpose);
        this.bullets(rng.int(3, 5), rng.chance(0.3));
        break;
      case 'story':
        this.paragraph(opening, purpose, this.factSentence());
        this.paragraph(
          this.featureSentence(),
          this.brandLine(0.6),
          rng.chance(0.5) ? this.featureSentence() : '',
        );
        break;
      case 'story-bullets':
        this.paragraph(opening, purpose, rng.chance(0.5) ? this.factSentence() : '');
        if (rng.chance(0.55)) this.paragraph(this.featureSentence(), this.brandLine(0.6));
        this.bullets(rng.int(3, 4), rng.chance(0.55));
        break;
      case 'story-table':
        this.paragraph(opening, purpose, this.featureSentence());
        this.blocks.push(specTable(input.specs, profile.furniture, rng.int(3, 4)));
        break;
      case 'long':
        this.paragraph(opening, purpose, this.factSentence());
        this.paragraph(this.featureSentence(), this.brandLine(1), this.featureSentence());
        this.bullets(rng.int(5, 7), true);
        break;
    }
    this.extras(shape);

    // Care notes only sometimes, as in real shops.
    if (input.care.length > 0 && rng.chance(shape === 'long' ? 0.85 : 0.25)) {
      const care = rng.sample(input.care, rng.int(1, 2)).join(' ');
      this.blocks.push(
        `<p><strong>${escapeHtml(rng.pick(copyLabels.care))}:</strong> ${escapeHtml(care)}</p>`,
      );
    }
    return {
      bodyHtml: this.blocks.join(''),
      seoDescription: truncateWords(`${opening} ${purpose}`, 160),
    };
  }

  /** Extra blocks, as real shops add them: a how-to note, a fit note, gifting, a tip, a question. */
  private extras(shape: Shape): void {
    const { rng, profile } = this;
    const bank = copyBanks[this.input.brand.voice];
    const rich = shape === 'long' || shape === 'story-bullets' || shape === 'story';
    const howTo = profile.family ? howToNotes[profile.family] : undefined;
    if (howTo && rng.chance(shape === 'long' ? 0.6 : rich ? 0.15 : 0)) {
      const note = escapeHtml(this.say(rng.pick(howTo.notes)));
      this.blocks.push(`<p><strong>${escapeHtml(howTo.label)}:</strong> ${note}</p>`);
    }
    const lines: string[] = [];
    if (profile.fitNotes.length > 0 && rng.chance(shape === 'short' ? 0.2 : 0.6))
      lines.push(this.say(rng.pick(profile.fitNotes)));
    if (shape !== 'short') {
      if (rng.chance(shape === 'long' ? 0.35 : 0.12)) lines.push(this.say(rng.pick(giftLines)));
      if (rng.chance(shape === 'long' ? 0.3 : 0.08)) lines.push(this.say(rng.pick(staffTips)));
      if (rng.chance(0.18)) lines.push(this.say(rng.pick(questions)));
    }
    const loud = this.input.brand.voice === 'playful' || this.input.brand.voice === 'bold';
    if (rng.chance(loud ? 0.5 : 0.06)) lines.push(this.say(rng.pick(bank.exclamations)));
    else if (rng.chance(0.15)) lines.push(this.say(rng.pick(bank.closers)));
    this.paragraph(...lines);
  }

  /** What the product is: its kind, sometimes with an adjective the archetype backs up. */
  private kind(): string {
    const { base } = this.profile;
    const { adjectives } = this.input;
    if (adjectives.length === 0 || !this.rng.chance(0.4)) return base;
    const adjective = this.rng.pick(adjectives);
    return base.toLowerCase().includes(adjective.toLowerCase()) ? base : `${adjective} ${base}`;
  }

  /** Another of the store's moments, so the opening and the next line do not name the same one. */
  private otherMoment(): string {
    const moments = this.input.moments.length > 0 ? this.input.moments : ANYTIME;
    const at = this.rng.int(0, moments.length - 1);
    const moment = moments[at] ?? '';
    return moment === this.words.moment ? (moments[(at + 1) % moments.length] ?? moment) : moment;
  }

  /** Fills a frame's `{slots}` from this listing's words and the kind's agreement words. */
  private say(frame: string, extra?: Words): string {
    let out = '';
    let from = 0;
    for (;;) {
      const open = frame.indexOf('{', from);
      const close = open < 0 ? -1 : frame.indexOf('}', open);
      if (close < 0) return out + frame.slice(from);
      const key = frame.slice(open + 1, close);
      out += frame.slice(from, open);
      out = joinSlot(
        out,
        extra?.[key] ??
          this.words[key] ??
          this.agreement[key] ??
          this.profile.words[key] ??
          `{${key}}`,
      );
      from = close + 1;
    }
  }

  private paragraph(...sentences: string[]): void {
    const text = sentences.filter((s) => s.length > 0).join(' ');
    if (text.length > 0) this.blocks.push(`<p>${escapeHtml(text)}</p>`);
  }

  private featureSentence(): string {
    const [a, b] = [this.features[this.dealt], this.features[this.dealt + 1]];
    if (a === undefined) return '';
    const lines = b === undefined ? SINGLE_FEATURE_LINES : featureLines;
    let at = this.rng.int(0, lines.length - 1);
    // Never the same lead-in twice in one listing.
    if (lines[at] === this.lastFeatureLine) at = (at + 1) % lines.length;
    const frame = lines[at] ?? '';
    this.lastFeatureLine = frame;
    this.dealt += frame.includes('{f2}') ? 2 : 1;
    return this.say(frame, { f1: phrase(a), F1: capitalize(a), f2: phrase(b ?? '') });
  }

  /** One or two precise facts from the spec rows, in prose. */
  private factSentence(): string {
    const rows = this.input.specs.filter(([label]) => !FACT_SKIP.test(label));
    const [a, b] = this.rng.sample(rows, 2);
    if (a === undefined) return '';
    return this.say(this.rng.pick(b === undefined ? SINGLE_FACT_LINES : factLines), {
      label1: phrase(a[0]),
      value1: a[1],
      label2: phrase(b?.[0] ?? ''),
      value2: b?.[1] ?? '',
    });
  }

  private bullets(count: number, heading: boolean): void {
    const items = this.features.slice(this.dealt, this.dealt + count);
    this.dealt += items.length;
    if (items.length < 2) return;
    if (heading)
      this.blocks.push(`<p><strong>${escapeHtml(this.rng.pick(bulletHeadings))}</strong></p>`);
    let html = '<ul>';
    for (const item of items) html += `<li>${escapeHtml(capitalize(item))}</li>`;
    this.blocks.push(`${html}</ul>`);
  }

  private brandLine(probability: number): string {
    return this.rng.chance(probability) ? this.say(this.rng.pick(brandLines)) : '';
  }
}

/**
 * Item `index` of a catalog's rotation through `frames`: every frame exactly once per lap of n
 * products, in an order set by the catalog seed and the lap (an affine permutation k → a·k + b
 * mod n, a coprime to n). It costs next to nothing and shares no state between products.
 */
function rotate<T>(frames: readonly T[], index: number, catalogSeed: number): T {
  const n = frames.length;
  const lap = Math.floor(index / n);
  const mix = (catalogSeed ^ Math.imul(lap + 1, 0x9e3779b1)) >>> 0;
  let a = 1 + (mix % Math.max(1, n - 1));
  while (gcd(a, n) !== 1) a++;
  const b = (mix >>> 11) % n;
  return frames[(a * (index % n) + b) % n] as T;
}

function gcd(x: number, y: number): number {
  return y === 0 ? x : gcd(y, x % y);
}

const SINGLE_FEATURE_LINES = featureLines.filter((line) => !line.includes('{f2}'));
const SINGLE_FACT_LINES = factLines.filter((line) => !line.includes('{label2}'));

/** Words that agree with the product: `it is`, or `they are` for `headphones` or `Unit Blocks`. */
const SINGULAR: Words = {
  It: 'It',
  it: 'it',
  its: 'its',
  them: 'it',
  is: 'is',
  has: 'has',
  does: 'does',
  s: 's',
  this: 'this',
  This: 'This',
};
const PLURAL: Words = {
  It: 'They',
  it: 'they',
  its: 'their',
  them: 'them',
  is: 'are',
  has: 'have',
  does: 'do',
  s: '',
  this: 'these',
  This: 'These',
};
/** Words that agree with the kind (`a block set that is`, `headphones that are`). */
const KIND_SINGULAR: Words = {
  kIs: 'is',
  kDoes: 'does',
  kS: 's',
  kIts: 'its',
  kThis: 'this',
  KThis: 'This',
  KThereIs: 'There is',
};
const KIND_PLURAL: Words = {
  kIs: 'are',
  kDoes: 'do',
  kS: '',
  kIts: 'their',
  kThis: 'these',
  KThis: 'These',
  KThereIs: 'There are',
};

/** Singular words that end in s, so a title ending in them is not a plural (`Atlas`, `Lens`). */
const SINGULAR_IN_S =
  /(ss|us|is|ics|lens|series|species|canvas|atlas|christmas|gas|bias|chaos|cosmos|ethos|mimosas?)$/i;

/** A title naming several things (`Tumble Unit Blocks`, `Merino Hiking Socks`). */
function looksPlural(title: string): boolean {
  const last = /([A-Za-z]+)\W*$/.exec(title)?.[1] ?? '';
  return last.length > 3 && /s$/.test(last) && !SINGULAR_IN_S.test(last);
}

/**
 * Appends a slot's words, saying a word once when the text before ends with the word the slot
 * begins with: "coffee" + "coffee snobs", "the" + "The Night Owl" (the slot keeps its case).
 */
function joinSlot(out: string, value: string): string {
  if (!out.endsWith(' ')) return out + value;
  const start = out.lastIndexOf(' ', out.length - 2) + 1;
  const length = out.length - 1 - start;
  if (
    length >= 3 &&
    value.length > length &&
    value.charCodeAt(length) === 32 &&
    value.slice(0, length).toLowerCase() === out.slice(start, start + length).toLowerCase()
  )
    return out.slice(0, start) + value;
  return out + value;
}

/** When none of the store's audiences or moments fits this product, these always do. */
const ANYONE = ['people who notice the details'];
const ANYTIME = ['everyday use'];

/** What the listing needs to know about a kind of product; the same for all its products. */
interface KindProfile {
  agreement: NounKind;
  /** The kind as a shopper says it: `whole bean coffee`. */
  base: string;
  /** Agreement and noun words for the frames (`{It}`, `{is}`, `{noun}`, `{aNoun}` …). */
  words: Words;
  family: string | undefined;
  fitNotes: readonly string[];
  furniture: boolean;
}

const profiles = new WeakMap<Archetype, KindProfile>();

/** The kind's profile, worked out once per archetype (it depends on nothing else). */
function profileOf(archetype: Archetype, vertical: Vertical, noun: string): KindProfile {
  const cached = profiles.get(archetype);
  if (cached && cached.words.singular === noun) return cached;
  const agreement = nounKind(archetype.noun[0], archetype.noun[1]);
  const plural = agreement === 'plural';
  // `Which pair of sunglasses is right for you?`: a plural-only noun is counted in pairs.
  const unit = plural ? (/match(es)?$/.test(noun) ? `box of ${noun}` : `pair of ${noun}`) : noun;
  const aNoun = agreement === 'mass' ? noun : indefinite(unit);
  const type = archetype.productType.split(' ').map(midSentence).join(' ');
  const path = archetype.taxonomyPath;
  const sized =
    /^Apparel & Accessories > (Clothing|Shoes)/.test(path) &&
    archetype.options.some((o) => o.kind === 'size');
  // Model heights suit garments, not socks or shoes.
  const worn = /^Apparel & Accessories > Clothing >/.test(path) && !/Socks/.test(path);
  const profile: KindProfile = {
    agreement,
    base: type.toLowerCase().endsWith(noun.toLowerCase()) ? type : noun,
    words: {
      singular: noun,
      noun: unit,
      nouns: archetype.noun[1],
      aNoun,
      ANoun: capitalize(aNoun),
      collection: archetype.collection.toLowerCase(),
      ...(plural ? KIND_PLURAL : KIND_SINGULAR),
    },
    family: familyOf(path),
    fitNotes: sized ? (worn ? fitNotes : fitNotes.filter((f) => !/model/i.test(f))) : [],
    furniture: path.startsWith('Furniture'),
  };
  profiles.set(archetype, profile);
  return profile;
}

/** A feature or spec value inside a sentence: lower-case start, unless it is an acronym (`USB-C`). */
function phrase(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A Title Case word as it reads mid-sentence: `Three-Wick` → `three-wick`, `USB-C` unchanged. */
function midSentence(word: string): string {
  return word.replace(
    /(^|-)([A-Z])(?=[a-z])/g,
    (_, sep: string, ch: string) => sep + ch.toLowerCase(),
  );
}

/** Which how-to note fits (`howToNotes` key): what the product is and how it is used. */
function familyOf(path: string): string | undefined {
  if (path.includes('Beverages > Tea')) return 'tea';
  if (path.includes('Beverages > Coffee')) return 'coffee';
  if (path.startsWith('Food, Beverages') && path.includes('Food Items')) return 'food';
  if (/Personal Care > (Cosmetics|Hair Care)|Skin Care/.test(path)) return 'beauty';
  if (path.startsWith('Furniture') || path.includes('Home & Garden > Decor')) return 'home';
  // "Start easy and build up" is for training gear, not a fishing bead or a golf club.
  if (path.startsWith('Sporting Goods > Exercise & Fitness')) return 'sport';
  if (/^(Baby & Toddler > Baby Toys|Toys & Games > Toys)/.test(path)) return 'kids';
  // Pet notes (sniff it first, replace it when worn) are for things a pet uses, not food or tank water.
  if (
    path.startsWith('Animals & Pet Supplies') &&
    /\b(?:Toys|Beds|Collars|Leashes|Harness(?:es)?|Bowls|Apparel|Carriers|Crates|Scratch|Houses|Mats|Blankets|Grooming)\b/.test(
      path,
    )
  )
    return 'pet';
  if (path.startsWith('Electronics > Audio')) return 'tech';
  if (/Office Supplies > .*(Paper|Notebook)/.test(path)) return 'paper';
  return undefined;
}

/** A compact table: a few rows a shopper compares on; box sizes only for furniture. */
function specTable(specs: ProductCopyInput['specs'], furniture: boolean, count: number): string {
  const seen = new Set<string>();
  let html = '<table><tbody>';
  for (const [label, value] of specs) {
    if (seen.size === count || seen.has(label) || (!furniture && PROSE_SKIP.test(label))) continue;
    seen.add(label);
    html += `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  }
  return `${html}</tbody></table>`;
}
