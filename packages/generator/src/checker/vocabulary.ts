import type { KindTest } from './product-kinds.ts';

/**
 * Words that belong to one kind of product, as data: tea is brewed, not roasted; coffee is not
 * steeped; a sun-hat brim is not on a pilot cap. Each rule names the listings it is about (`on`),
 * the words, and what makes them right (`allowedWith`) or wrong (`forbiddenWith`) there.
 */
export interface VocabularyRule {
  id: string;
  /** The words, looked for in the title, the description, the spec rows and the option values. */
  words: RegExp;
  /** The listings the rule is about: tested on `title · type · taxonomy leaf` and the path. */
  on: KindTest;
  /** On a listing whose title or type matches, the words are fine (hojicha is roasted). */
  allowedWith?: RegExp;
  /** Facts in the title, type or spec rows that rule the words out ("Latte Grade"). */
  forbiddenWith?: RegExp;
  /** A sentence that gives the words their own subject is fine ("for your fresh-roasted coffee"). */
  unlessSentence?: RegExp;
  /** What the words belong to, for the message. */
  belongsTo: string;
}

const TEA =
  /\b(?:teas?|matcha|tisanes?|infusions?|rooibos|chai|sencha|gyokuro|oolong|pu-?erh|earl grey|darjeeling|assam)\b/;
const TEAWARE =
  /\b(?:tea ?pots?|teacups?|tea cups?|tea sets?|tea infusers?|infusers?|tea caddies|tea tins?|chawan|matcha whisk|chasen|kyusu|tetsubin|gaiwan)\b/;

export const vocabularyRules: readonly VocabularyRule[] = [
  {
    id: 'roasted-tea',
    words:
      /\b(?:(?:fresh|freshly|hand|slow|small-batch|dark|light|medium|medium-dark|light-medium)[- ])?roast(?:ed|ing|s|er|ers|ery)?\b/i,
    on: {
      name: new RegExp(`${TEA.source}|${TEAWARE.source}`),
      taxonomy: /\btea & infusions\b|\bteapots\b/,
      not: /\bcoffee\b|\bespresso\b/,
    },
    allowedWith:
      /\b(?:hojicha|houjicha|genmaicha|kukicha|roasted (?:oolong|barley|rice|chicory|dandelion)|barley tea|mugicha)\b/,
    unlessSentence: /\b(?:coffee|espresso|beans?|nuts?|chestnuts?|rice|barley)\b/i,
    belongsTo: 'coffee',
  },
  {
    id: 'steeped-coffee',
    words: /\bsteep(?:s|ed|ing)?\b/i,
    on: {
      taxonomy: /\bcoffee beans & ground coffee\b/,
      name: /\b(?:coffee|espresso|decaf)\b/,
      not: /\b(?:press|grinders?|kettles?|mugs?|drippers?|filters?|scales?|makers?|machines?|canisters?|cups?|tampers?|pitchers?|servers?|carafes?|brewers?|liqueur|tea)\b/,
    },
    allowedWith: /\b(?:cold brew|coffee bags|steeped|immersion)\b/,
    unlessSentence:
      /\b(?:tea|cold brew|french press|cafeti[eè]re|aeropress|immersion|clever dripper)\b/i,
    belongsTo: 'tea',
  },
  {
    id: 'crema-on-tea',
    words: /\bcrema\b/i,
    on: { name: TEA, taxonomy: /\btea & infusions\b/, not: /\bcoffee\b|\bespresso\b/ },
    unlessSentence: /\b(?:coffee|espresso)\b/i,
    belongsTo: 'espresso',
  },
  {
    id: 'ceremonial-on-culinary-matcha',
    words:
      /\bceremonial(?:[- ]grade)?\b|\b(?:drink|enjoy|sip|drunk)(?:ing)? (?:it )?straight\b|\bwhisked? with (?:just |only )?(?:hot )?water\b/i,
    on: { name: /\bmatcha\b/ },
    forbiddenWith:
      /\b(?:latte|culinary|cooking|baking|kitchen|ingredient)[- ]grade\b|\bgrade: (?:latte|culinary|cooking|baking|kitchen|ingredient)\b/,
    unlessSentence: /\bunlike\b|\bthan (?:our )?ceremonial\b|\bnot (?:a )?ceremonial\b/i,
    belongsTo: 'ceremonial-grade matcha',
  },
  {
    id: 'sun-hat-copy-on-other-headwear',
    words:
      /\bsun ?hats?\b|\bwide[- ]brim(?:med|s)?\b|\bshades? (?:the|your) (?:neck|face|ears|eyes)\b/i,
    on: {
      name: /\b(?:hats?|caps?|beanies?|bonnets?|visors?|headbands?|balaclavas?|berets?|headwear|snoods?|trapper|earflap)\b/,
      taxonomy: /\bhats\b|\bheadwear\b/,
    },
    allowedWith:
      /\b(?:sun ?hats?|sun bonnets?|bucket hats?|brim(?:med)?|boonie|panama|fedora|straw|boater|safari|bush hat|legionnaire|visors?)\b/,
    belongsTo: 'sun hats',
  },
  {
    id: 'upf-on-winter-headwear',
    words: /\bUPF\s*\d+\+?|\bUPF\b|\bsun protection\b/i,
    on: {
      name: /\b(?:hats?|caps?|beanies?|bonnets?|balaclavas?|berets?|headwear|snoods?|trapper|earflap)\b/,
      taxonomy: /\bhats\b|\bheadwear\b/,
    },
    allowedWith:
      /\b(?:sun ?hats?|sun bonnets?|bucket hats?|brim(?:med)?|boonie|panama|fedora|straw|boater|safari|bush hat|legionnaire|visors?|baseball caps?|trucker caps?)\b/,
    forbiddenWith:
      /\b(?:beanies?|pilot|aviator|ear ?flaps?|trapper|balaclavas?|bobble|pom ?pom|fleece|wool|alpaca|cashmere|merino|lambswool|sherpa|faux fur|snoods?|winter|thermal)\b/,
    belongsTo: 'sun hats',
  },
  {
    id: 'dog-words-on-cat-products',
    words: /\b(?:dogs?|puppy|puppies|pups?|canine)\b/i,
    on: {
      name: /\b(?:cats?|kittens?|feline|catnip|silvervine|scratch(?:er|ers|ing)|cat litter|litter)\b/,
    },
    allowedWith: /\b(?:dogs?|puppy|pets?)\b/,
    unlessSentence: /\b(?:cats? (?:and|or|&) dogs?|dogs? (?:and|or|&) cats?)\b/i,
    belongsTo: 'dog products',
  },
  {
    id: 'cat-words-on-dog-products',
    words: /\b(?:cats?|kittens?|feline)\b/i,
    on: { name: /\b(?:dogs?|puppy|puppies|canine)\b/ },
    allowedWith: /\b(?:cats?|kittens?|pets?)\b/,
    unlessSentence: /\b(?:cats? (?:and|or|&) dogs?|dogs? (?:and|or|&) cats?|cat-eye)\b/i,
    belongsTo: 'cat products',
  },
  {
    id: 'burning-a-diffuser',
    words: /\bburn(?:s|ing)?(?: time)?\b|\bwicks?\b|\bflames?\b|\blight the\b/i,
    on: { name: /\b(?:reed diffusers?|room sprays?|linen sprays?|pillow sprays?|sachets?)\b/ },
    unlessSentence:
      /\b(?:no flame|flame-free|flameless|without a flame|no wick|never burns|nothing to burn|candles?)\b/i,
    belongsTo: 'candles',
  },
];
