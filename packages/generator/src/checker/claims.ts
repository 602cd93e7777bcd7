import type { Kind } from './product-kinds.ts';

/** Where a listing states something. */
export type ClaimSource = 'title' | 'tags' | 'description' | 'specs' | 'materials' | 'options';

/**
 * Claims a listing can contradict itself on, as data: "vegan" beside beeswax, "dishwasher safe"
 * beside "hand wash only", "caffeine-free" on a matcha. A claim found in `claimIn` is contradicted
 * by `contradiction` found in `factIn`, unless the listing matches `unless`.
 */
export interface ClaimRule {
  id: string;
  /** Words one of which every match of `claim` contains: a plain test rules out most listings. */
  hints: readonly string[];
  claim: RegExp;
  claimIn: readonly ClaimSource[];
  contradiction: RegExp;
  factIn: readonly ClaimSource[];
  /** Phrases removed from the facts first ("vegan leather" is not leather). */
  notFacts?: RegExp;
  /** Only for this kind of product. */
  only?: Kind;
  /** Not for this kind of product (a cologne's "Leather" is a note). */
  notFor?: Kind;
  /** The listing is out of scope when its title or type matches ("decaf" for caffeine-free). */
  unless?: RegExp;
  /** A claim sentence that narrows the claim to a part ("the silicone pieces are …") is no claim. */
  claimScopedBy?: RegExp;
}

const VEGAN = /\bvegan\b(?![- ](?:leather|suede|wax|silk|fur|alternative))/i;
const NOT_ANIMAL =
  /\b(?:vegan|faux|plant-based|synthetic|imitation|pu|apple|cactus|protein|recycled polyester) (?:leather|suede|fur|beeswax|silk|down)\b|\b[\w-]+-free\b|\bdown[- ]alternative\b|\bfree from [^.,;]+/gi;
const NEGATED = String.raw`(?<!\bnot |\bnever |\bisn['’]t |\bno |\bnon-)`;

export const claimRules: readonly ClaimRule[] = [
  {
    id: 'dishwasher-safe-and-hand-wash-only',
    hints: ['dishwasher'],
    claim: new RegExp(`${NEGATED}\\bdishwasher[- ]safe\\b(?!: ?(?:no|hand))`, 'i'),
    claimIn: ['title', 'description', 'specs'],
    contradiction:
      /\bhand[- ]wash(?:ing)? only\b|\bnot dishwasher[- ]safe\b|\bnever (?:put (?:it )?|goes )?in(?:to)? the dishwasher\b|\bkeep (?:it )?out of the dishwasher\b|\bdo not (?:put|place) (?:it )?in(?:to)? the dishwasher\b|\bdishwasher safe: no\b/i,
    factIn: ['description', 'specs'],
  },
  {
    id: 'dishwasher-safe-wood-or-iron',
    hints: ['dishwasher'],
    claim: new RegExp(`${NEGATED}\\bdishwasher[- ]safe\\b(?!: ?(?:no|hand))`, 'i'),
    claimIn: ['title', 'description', 'specs'],
    contradiction:
      /\b(?:wood|wooden|walnut|oak|maple|acacia|teak|olive wood|cherry wood|beech(?:wood)?|cast iron|carbon steel|copper|leather|hand-painted|gold rim|gilded)\b/i,
    factIn: ['title', 'materials'],
    notFacts:
      /\b(?:wood|walnut|oak|maple)[- ](?:effect|look|grain print|colou?r)\b|\bstainless steel\b/gi,
    claimScopedBy:
      /\b(?:pieces|parts|lids?|inserts?|liners?|jars?|carafes?|beakers?|trays?|removable|except|only the|silicone|glass|steel)\b/i,
  },
  {
    id: 'machine-washable-and-dry-clean-only',
    hints: ['machine'],
    claim: new RegExp(`${NEGATED}\\bmachine[- ]wash(?:able)?\\b`, 'i'),
    claimIn: ['title', 'description', 'specs'],
    contradiction:
      /\bdry[- ]clean only\b|\bhand[- ]wash only\b|\bdo not machine wash\b|\bnot machine washable\b/i,
    factIn: ['description', 'specs'],
  },
  {
    id: 'vegan-with-animal-materials',
    hints: ['vegan'],
    claim: VEGAN,
    claimIn: ['title', 'tags', 'description', 'specs'],
    contradiction:
      /\b(?:leather|suede|nubuck|calfskin|cowhide|wool|merino|lambswool|cashmere|alpaca|mohair|silk|beeswax|honey(?:comb)?|lanolin|carmine|collagen|gelatine?|whey|shellac|down|feathers?|pearls?|fish oil|anchovy|sardine|krill|bone china|horsehair|boar bristles?|shearling|sheepskin|goat milk|eggs?)\b/i,
    factIn: ['materials', 'options'],
    notFacts: NOT_ANIMAL,
  },
  {
    // Titles carry names ("Feather Touch", "Honey Dip"): only unambiguous animal materials count.
    id: 'vegan-title-names-animal-material',
    hints: ['vegan'],
    claim: VEGAN,
    claimIn: ['tags', 'description', 'specs'],
    contradiction:
      /\b(?:leather|suede|nubuck|wool|merino|lambswool|cashmere|alpaca|silk|beeswax|lanolin|collagen|whey|shearling|sheepskin)\b/i,
    factIn: ['title'],
    notFacts: NOT_ANIMAL,
    notFor: 'scented',
  },
  {
    id: 'caffeine-free-but-caffeinated',
    hints: ['caffeine'],
    claim: /\bcaffeine[- ]free\b|\bno caffeine\b|\bzero caffeine\b/i,
    claimIn: ['title', 'tags', 'description', 'specs'],
    contradiction:
      /\b(?:matcha|black tea|green tea|white tea|oolong|pu-?erh|yerba mat[eé]|guarana|espresso|coffee|camellia sinensis|tencha|sencha|gyokuro)\b|\bcaffeine: (?!none|0\b|no\b|caffeine[- ]free)/i,
    factIn: ['title', 'materials', 'specs'],
    unless:
      /\bdecaf|\bdecaffeinated\b|\bcaffeine[- ]free\b|\b(?:rooibos|herbal|chamomile|peppermint|hibiscus)\b/i,
  },
  {
    id: 'fragrance-free-but-scented',
    hints: ['fragrance', 'scent'],
    // "fragrance-free or lightly scented" is no claim.
    claim:
      /\b(?:fragrance[- ]free|unscented|scent[- ]free|no added fragrance)\b(?! or\b| options?\b| versions?\b)/i,
    claimIn: ['title', 'tags', 'description'],
    contradiction:
      /\b(?:fragrance|parfum|essential oils?|fragrance oil)\b|^(?:scent|fragrance|scent profile|top notes|key notes): (?!unscented|none|fragrance[- ]free|n\/a|natural\b)[^\n]+/im,
    factIn: ['materials', 'specs'],
    notFacts: /\b(?:fragrance|scent)[- ]free\b|\bno (?:added )?fragrance\b/gi,
  },
  {
    id: 'gluten-free-with-wheat',
    hints: ['gluten'],
    claim: /\bgluten[- ]free\b/i,
    claimIn: ['title', 'tags', 'description', 'specs'],
    contradiction: /\b(?:wheat|barley|rye|spelt|semolina|durum|einkorn|farro|couscous|malt)\b/i,
    factIn: ['title', 'materials'],
    notFacts: /\bbuckwheat\b|\bwheatgrass\b|\bwheat-free\b/gi,
  },
  {
    id: 'dairy-free-with-dairy',
    hints: ['dairy', 'lactose'],
    claim: /\b(?:dairy[- ]free|lactose[- ]free)\b/i,
    claimIn: ['title', 'tags', 'description', 'specs'],
    contradiction: /\b(?:milk|whey|butter|cream|cheese|yogh?urt|casein|ghee)\b/i,
    factIn: ['title', 'materials'],
    notFacts:
      /\b(?:shea|cocoa|cacao|nut|peanut|almond|cashew|apple|coconut|oat|soy|rice) (?:butter|milk|cream)\b/gi,
    only: 'consumable',
  },
  {
    id: 'sugar-free-with-sugar',
    hints: ['sugar'],
    claim: /\b(?:sugar[- ]free|no added sugar|zero sugar)\b/i,
    claimIn: ['title', 'tags', 'description'],
    contradiction: /\b(?:sugar|honey|syrup|agave|molasses|dextrose|sucrose)\b/i,
    factIn: ['title', 'materials'],
    notFacts: /\bsugar[- ]free\b|\bno (?:added )?sugar\b|\bsugarcane\b/gi,
    only: 'consumable',
  },
  {
    id: 'single-origin-blend',
    hints: ['origin'],
    claim: /\bsingle[- ]origin\b/i,
    claimIn: ['title', 'tags', 'description'],
    contradiction: /\bblends?\b|\b\w+(?:an|ian) and \w+(?:an|ian) arabica\b/i,
    factIn: ['title', 'materials'],
  },
  // A roast the title names, against the Roast row: a step or more apart ("Dark Roast" with
  // "Roast: Medium"). Next-door levels read as one roast described twice (a Dark Roast that is
  // Medium-dark), and a Roast option is held against the title by option-spec-mismatch.
  {
    id: 'dark-roast-with-lighter-roast',
    hints: ['roast'],
    claim: /\b(?:dark|french|italian|vienna)[- ]roast\b/i,
    claimIn: ['title'],
    contradiction: /^roast(?: level)?: (?:light|light-medium|medium)\b(?!-)/im,
    factIn: ['specs'],
  },
  {
    id: 'medium-roast-with-light-or-dark',
    hints: ['roast'],
    claim: /(?<![\w-])medium[- ]roast\b/i,
    claimIn: ['title'],
    contradiction: /^roast(?: level)?: (?:light|dark)\b(?!-)/im,
    factIn: ['specs'],
  },
  {
    id: 'light-roast-with-darker-roast',
    hints: ['roast'],
    claim: /(?<![\w-])light[- ]roast\b/i,
    claimIn: ['title'],
    contradiction: /^roast(?: level)?: (?:medium|medium-dark|dark)\b(?!-)/im,
    factIn: ['specs'],
  },
  {
    id: 'latex-free-with-latex',
    hints: ['latex'],
    claim: /\blatex[- ]free\b/i,
    claimIn: ['title', 'tags', 'description', 'specs'],
    contradiction: /\b(?:latex|natural rubber)\b/i,
    factIn: ['materials', 'options'],
    notFacts: /\blatex[- ]free\b/gi,
  },
  {
    id: 'bpa-free-polycarbonate',
    hints: ['bpa'],
    claim: /\bBPA[- ]free\b|\bfree from BPA\b/i,
    claimIn: ['title', 'tags', 'description', 'specs'],
    contradiction: /\bpolycarbonate\b/i,
    factIn: ['materials'],
  },
  {
    id: 'alcohol-free-with-alcohol',
    hints: ['alcohol'],
    claim: /\balcohol[- ]free\b/i,
    claimIn: ['title', 'tags', 'description'],
    contradiction:
      /\b(?:alcohol denat|denatured alcohol|perfumer['’]s alcohol|ethanol|sd alcohol|plant-derived alcohol)\b/i,
    factIn: ['materials'],
  },
];
