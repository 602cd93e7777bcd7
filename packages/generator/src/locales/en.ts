import type { BrandVoice } from '@storecraft/core';

/**
 * English phrase banks. `{placeholders}` are filled by the copy writers. A second locale supplies
 * the same structure (and its own vertical files); nothing else in the engine holds prose.
 */
export interface VoiceBank {
  /** First sentence of a product description; must mention {title}. */
  openers: readonly string[];
  /** Second sentence: what it is made of / why it is good. */
  materialLines: readonly string[];
  /** Third sentence: who it is for and when. */
  audienceLines: readonly string[];
  /** A sentence built from two features. */
  featurePairs: readonly string[];
  /** Optional last line. */
  closers: readonly string[];
  taglines: readonly string[];
  missions: readonly string[];
}

const shared = {
  featurePairs: [
    'Good to know: {feature1}, and {feature2}.',
    'Two details we would not ship without: {feature1}; {feature2}.',
    'Why it earns its place: {feature1}, plus {feature2}.',
    'The details that matter here: {feature1}; {feature2}.',
    'What sets it apart? {Feature1}, and {feature2}.',
    'Worth noting: {feature1}, along with {feature2}.',
  ],
};

export const voices: Record<BrandVoice, VoiceBank> = {
  playful: {
    openers: [
      'Say hello to the {title}, the {noun} that makes {moment} a little brighter.',
      'Meet the {title}: {anAdjective} {noun} with a lot of personality.',
      'The {title} is here, and {moment} will never be the same now this {noun} exists.',
      'Good news for {audience}: the {title}, our newest {noun}, just landed.',
      'Ready, set, go: the {title} is the {noun} that brings the fun to {moment}.',
      'Psst — the {title} might be the happiest {noun} we have made so far.',
    ],
    materialLines: [
      'We made it from {material}, because nobody has time for flimsy.',
      'Built from {material} and finished with a wink, it is as tough as it is cheerful.',
      '{Material} keeps it sturdy, and the {colourPhrase} keeps it fun.',
      'It is {adjective}, made from {material}, and ready for whatever you throw at it.',
    ],
    audienceLines: [
      'Perfect for {audience} who like {moment} with a side of joy.',
      'Grab one for yourself and another for the {audienceSingular} in your life.',
      'Made for {audience}, tested during {moment}, approved by everyone.',
      'Whether it is {moment} or a random Tuesday, it fits right in.',
    ],
    featurePairs: shared.featurePairs,
    closers: [
      'Go on, treat yourself.',
      'Warning: may cause spontaneous smiling.',
      'Life is short. Get the fun one.',
    ],
    taglines: [
      '{Adjective} stuff for {audience}',
      'Make {moment} more fun',
      'Happiness, {adjective} edition',
      'Little joys for {audience}',
    ],
    missions: [
      '{name} exists to make {moment} more fun. We design {adjective} {category} for {audience}, and we sweat the details so you never have to.',
      'At {name}, we believe everyday things should make you grin. That is why our {category} are {adjective}, well made and a little bit cheeky.',
    ],
  },
  premium: {
    openers: [
      'The {title} is {anAdjective} {noun}, considered in every detail.',
      'Introducing the {title}, a {noun} made to be kept for years.',
      'Quietly exceptional, the {title} is {aNoun} that brings a sense of occasion to {moment}.',
      'Crafted for {audience}, the {title} is {aNoun} of rare refinement.',
      'The {title} distils our approach to the {noun}: fewer, better, made to last.',
      'Refined and {adjective}, the {title} is the {noun} that elevates {moment}.',
    ],
    materialLines: [
      'It is made from {material}, selected for the way it looks and wears over time.',
      'Every piece is finished by hand in {material}, in {colourPhrase}.',
      'We chose {material} for its character, then refined every edge.',
      '{Material} lends it a weight and a finish you notice the moment you hold it.',
    ],
    audienceLines: [
      'A natural choice for {audience} who appreciate quiet quality.',
      'Made for {moment}, and for those who notice the difference.',
      'It belongs wherever {audience} gather, and during {moment}.',
      'An heirloom in the making for {audience}.',
    ],
    featurePairs: shared.featurePairs,
    closers: [
      'Made to be treasured.',
      'Considered, in every detail.',
      'An investment in everyday beauty.',
    ],
    taglines: [
      '{Adjective} {category}, thoughtfully made',
      'The art of {moment}',
      'Considered {category} for {audience}',
      'Crafted for {moment}',
    ],
    missions: [
      '{name} makes {adjective} {category} for {audience}. We work with a small number of makers, choose materials for how they age, and design pieces to be used every day and kept for years.',
      'We founded {name} on a simple idea: fewer, better things. Our {category} are {adjective}, made in small runs and finished by hand.',
    ],
  },
  technical: {
    openers: [
      'The {title} is {aNoun} engineered for {moment}.',
      'Built around what {audience} actually need from {aNoun}, the {title} answers with precision.',
      'Designed, tested and refined: the {title} is our most capable {noun} yet.',
      'The {title} is {aNoun} that pairs {adjective} construction with details that matter in use.',
      'Spec sheet first, looks second: the {title} is {aNoun} that performs.',
      'Engineered for {audience}, the {title} is {anAdjective} {noun} without compromises.',
    ],
    materialLines: [
      'Its {material} construction was chosen for durability, weight and performance.',
      'We specified {material} after testing the alternatives, and finished it in {colourPhrase}.',
      '{Material} keeps it light and strong; tolerances are tight where it counts.',
      'Under the hood: {material}, assembled to a standard we test every batch against.',
    ],
    audienceLines: [
      'Field-tested by {audience} during {moment}.',
      'Made for {audience} who want gear that just works, every time.',
      'It handles {moment} without fuss and keeps going afterwards.',
      'Ready for {moment}, whatever the conditions.',
    ],
    featurePairs: shared.featurePairs,
    closers: [
      'Tested hard. Built to last.',
      'Performance you can measure.',
      'Less guesswork, more doing.',
    ],
    taglines: [
      '{Adjective} gear for {audience}',
      'Engineered for {moment}',
      'Built to perform',
      'Precision {category} for {audience}',
    ],
    missions: [
      '{name} designs {adjective} {category} for {audience}. Every product is specified, prototyped and tested before it ships, and we publish the numbers.',
      'We started {name} because {audience} deserve {category} that perform as promised. We measure everything, and we stand behind it.',
    ],
  },
  earthy: {
    openers: [
      'Made slowly and with care, the {title} is {anAdjective} {noun} for {moment}.',
      'The {title} is {aNoun} that starts with honest materials and nothing you do not need.',
      'Rooted in craft, the {title} is {aNoun} with nothing to hide.',
      'We made the {title} for {moment}: {aNoun} that is simple, {adjective} and kind to the planet.',
      'Natural by design, the {title} is {aNoun} that brings a little calm to {moment}.',
      'Small-batch and {adjective}, the {title} is {aNoun} that feels good to own.',
    ],
    materialLines: [
      'It is made from {material}, sourced from people we know by name.',
      '{Material}, responsibly sourced, gives it an honest character.',
      'At its heart is {material}, chosen because it treads lightly.',
      'Made from {material} with as little waste as we could manage.',
    ],
    audienceLines: [
      'For {audience} who care where things come from.',
      'Made for {moment}, and for slowing down a little.',
      'It suits {audience}, {moment} and everything in between.',
      'A quiet companion for {moment}.',
    ],
    featurePairs: shared.featurePairs,
    closers: [
      'Made with care, meant to last.',
      'Good for you, gentle on the earth.',
      'Slow made, well loved.',
    ],
    taglines: [
      '{Adjective} {category}, made with care',
      'Rooted in {moment}',
      'Honest {category} for {audience}',
      'Naturally {adjective}',
    ],
    missions: [
      '{name} makes {adjective} {category} with honest materials and fair partners. We choose natural, responsibly sourced materials and keep our runs small so nothing goes to waste.',
      'At {name}, we believe good things take time. Our {category} are made in small batches for {audience}, with respect for the people and places behind them.',
    ],
  },
  minimal: {
    openers: [
      'The {title} is {aNoun} reduced to what matters.',
      'Simple by design, the {title} is {anAdjective} {noun} for {moment}.',
      'The {title} keeps things clean: one {noun}, made well.',
      'With nothing extra, the {title} is {aNoun} for everyday use.',
      'Clear lines and {adjective} materials define the {title}, {aNoun} for {moment}.',
      'The {title} is our take on the essential {noun}.',
    ],
    materialLines: [
      '{Material}, in {colourPhrase}.',
      'Made from {material}. Finished simply.',
      'It is {material}, with clean lines and no unnecessary parts.',
      'One material, {material}, and a quiet {colourPhrase} finish.',
    ],
    audienceLines: [
      'For {audience}. For {moment}.',
      'It fits {moment} without calling attention to itself.',
      'Made for {audience} who prefer less.',
      'Use it daily. Keep it for years.',
    ],
    featurePairs: shared.featurePairs,
    closers: ['Less, but better.', 'Simply made.', 'Designed to disappear into your day.'],
    taglines: [
      '{Adjective} {category}',
      'Less, but better',
      'Essentials for {moment}',
      'Simply {adjective}',
    ],
    missions: [
      '{name} makes {adjective} {category} for {audience}. We remove everything that is not needed and make what remains as well as we can.',
      'We design {category} that are simple, {adjective} and made to last. Nothing more.',
    ],
  },
  bold: {
    openers: [
      'Loud, proud and built to last, the {title} is {aNoun} with attitude.',
      'The {title} does not do subtle. It is {anAdjective} {noun} for {moment}.',
      'Turn it up with the {title}, the {noun} {audience} have been waiting for.',
      'Big energy, zero compromise: the {title} is {aNoun} made for {moment}.',
      'Meet the {title}: {aNoun} that makes a statement every time.',
      'Make {moment} count with the {title}, {aNoun} that refuses to blend in.',
    ],
    materialLines: [
      '{Material} construction, {colourPhrase} finish, no apologies.',
      'We built it from {material} so it can keep up with you.',
      'It is {material} through and through, in a {colourPhrase} that stands out.',
      'Tough {material}, bold lines and a finish that turns heads.',
    ],
    audienceLines: [
      'Made for {audience} who go all in.',
      'Take it to {moment}. Take it everywhere.',
      'For {audience} who would rather stand out than blend in.',
      'Built for {moment} and the stories that come after.',
    ],
    featurePairs: shared.featurePairs,
    closers: ['Go big.', 'Stand out. Every time.', 'No half measures.'],
    taglines: [
      '{Adjective} {category} for {audience}',
      'Go all in',
      'Made to stand out',
      'Turn up {moment}',
    ],
    missions: [
      '{name} makes {adjective} {category} for {audience} who refuse to blend in. Bold design, serious materials, no half measures.',
      'We started {name} to shake up {category}. Everything we make is {adjective}, built to last and impossible to ignore.',
    ],
  },
};

/** Words for the details list and the care paragraph. */
export const labels = {
  features: 'Features',
  details: 'Details',
  care: 'Care and use',
  material: 'Material',
  dimensions: 'Dimensions',
  weight: 'Weight',
  colour: 'Colour',
} as const;

export const imageShots = {
  front: 'front view',
  angle: 'three-quarter view',
  detail: 'close-up detail',
  lifestyle: 'styled scene',
  flat: 'flat lay',
} as const;
