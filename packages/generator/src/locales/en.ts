import type { BrandVoice } from '@storecraft/core';

/**
 * English phrase banks. `{placeholders}` are filled by the copy writers. A second locale supplies
 * the same structure (and its own vertical files); nothing else in the engine holds prose.
 */
export interface VoiceBank {
  /** Brand taglines (product descriptions draw on ./en-copy.ts). */
  taglines: readonly string[];
  missions: readonly string[];
}

export const voices: Record<BrandVoice, VoiceBank> = {
  playful: {
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
