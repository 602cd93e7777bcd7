import type { BrandVoice } from '@storecraft/core';

/**
 * English frames for product descriptions. Slots are typed and arrive already agreed with the
 * product noun, so a frame never has to guess:
 *
 * - `{title}` the product title; `{kind}` what it is (`whole bean coffee`), `{aKind}` the same
 *   with the article it needs (`a whole bean coffee`, `honey`, `headphones`), `{AKind}` capitalised;
 *   `{noun}` / `{nouns}` the shopper's noun, singular and plural; `{collection}` its shelf.
 * - Agreement: `{It}`/`{it}` (it / they), `{its}`, `{them}`, `{is}`, `{has}`, `{does}`, `{s}` (the
 *   verb ending: `make{s}`), `{this}`: these agree with the product (a title in the plural, `Unit
 *   Blocks`, makes it `they`). `{kIs}`, `{kDoes}`, `{kS}`, `{kIts}`, `{kThis}`, `{KThis}`,
 *   `{KThereIs}` agree with the kind instead (`a block set that is`).
 * - `{aNoun}` / `{ANoun}` the noun with its article (`a mug`, `honey`, `a pair of sunglasses`).
 * - `{moment}` when or where it is used (`slow Sunday mornings`), only ever after `for`;
 *   `{audience}` who buys it (`home baristas`), a plural; `{Audience}` capitalised.
 * - `{f1}`, `{f2}` feature phrases (lower-case start), `{F1}` capitalised; `{brand}` the brand name.
 *
 * Openings differ in structure, not only in words: a catalog rotates through all of a voice's
 * openings before any comes back, so the more there are, the rarer each one is.
 */
export interface CopyBank {
  /** First sentence: names the product and says what it is. */
  openings: readonly string[];
  /** Usually the last line of a listing, if any. */
  closers: readonly string[];
  /** A line with an exclamation mark. */
  exclamations: readonly string[];
}

const sharedOpenings = [
  '{title}: {aKind} for {moment}.',
  'Meet the {title}, {aKind} made for {audience}.',
  'This is the {title}, {aKind} we are quietly proud of.',
  'Say hello to the {title} — {aKind} you will want to use every day.',
  'Here {kIs} {aKind} that earn{kS} {kIts} keep: the {title}.',
  'Our {title} {is} {aKind}, and {it} {is} made for {moment}.',
  'Looking for {aKind} for {moment}? The {title} {is} a good place to start.',
  'We designed the {title} as {aKind} for {audience}.',
  'The {title} {is} {aKind} with one job: making life easier for {audience}.',
  'For {moment}, reach for the {title}, {aKind} without the fuss.',
  'Simply put, the {title} {is} {aKind}.',
  'Everyone needs {aKind} they can rely on; ours is the {title}.',
  'Part of our {collection} range, the {title} {is} {aKind} for {audience}.',
  'Made for {audience}, the {title} {is} {aKind} that {kDoes} what you need.',
  'Think of the {title} as {aKind} for {moment}.',
  'Introducing the {title}: {aKind}, from {brand}.',
  'At {brand}, the {title} {is} {aKind} we keep coming back to.',
  'One of our favourites: the {title}, {aKind} for {moment}.',
  'You asked for {aKind} for {moment}, so we made the {title}.',
  'Start here: the {title} {is} {aKind} that suit{kS} {audience}.',
  'New in {collection}: the {title}, {aKind} for {audience}.',
  'Few things beat {aKind} that {kIs} just right, and the {title} {is} exactly that.',
  'Ask us for {aKind} for {moment} and we will hand you the {title}.',
  'The short version: the {title} {is} {aKind} for {audience}.',
  '{AKind} for {moment} — that is the {title} in a sentence.',
  'Why the {title}? Because {aKind} should make {moment} easier.',
];

export const copyBanks: Record<BrandVoice, CopyBank> = {
  playful: {
    openings: [
      ...sharedOpenings,
      'Psst: the {title} might be the happiest {kind} we have made so far.',
      'Guess who just landed: the {title}, {aKind} for {audience}, with a lot of personality.',
      'Ta-da: the {title}, {aKind} for {moment}, {is} finally here.',
      'Okay, confession: we are a little obsessed with the {title}, {aKind} for {audience}.',
      'Drumroll, please: the {title}, {aKind} that make{kS} {moment} more fun.',
      'Good news for {audience}: the {title} {is} here, and {it} {is} {aKind} done right.',
      'Hands up if you need {aKind} for {moment}: the {title} {is} for you.',
      'The {title} arrived in our studio and we knew: this is {aKind} worth shouting about.',
      'Spoiler alert: the {title} {is} the {kind} you did not know you needed.',
      'Fun fact: the {title} started life as a doodle, and now {it} {is} {aKind} for {moment}.',
    ],
    closers: [
      'Go on, treat yourself to the {title}.',
      'Warning: the {title} may cause spontaneous smiling.',
      'Life is short. Get the fun {noun}.',
      'Your future self says thanks for the {noun}.',
      'Consider your {noun} sorted.',
      'Happy {noun} days ahead.',
      'Go on, treat yourself.',
    ],
    exclamations: [
      'We think you are going to love {kThis} {kind}!',
      'Honestly, {kThis} {kind} make{kS} us grin every time!',
      'Trust us on the {title}!',
      'Yes, the {title} really {is} that good!',
      'One look and you will see why {kThis} {kind} sell{kS} out!',
      'The {title}: small {noun}, big joy!',
      'Treat yourself to the {title}, you deserve it!',
      'Go on, you know you want {kThis} {kind}!',
      'Ten out of ten for the {title}!',
      'We may have a favourite {noun} now, and it is the {title}!',
      'Sorry, other {nouns}: the {title} {is} here!',
    ],
  },
  premium: {
    openings: [
      ...sharedOpenings,
      'Quietly exceptional, the {title} {is} {aKind} made to be kept for years.',
      'Considered in every detail, the {title} {is} {aKind} for {audience}.',
      '{KThereIs} {aKind}, and then there {is} the {title}.',
      'Few pieces say more about us than the {title}, {aKind} of real refinement.',
      'In the {title}, we set out to make {aKind} that feel{kS} like an occasion.',
      'Refined, unhurried and made to last: the {title}, {aKind} for {moment}.',
      'We took our time with the {title}, {aKind} for those who notice the difference.',
      'Elegance is in the details, and the {title} {is} {aKind} full of them.',
      'Presenting the {title}: {aKind} that reward{kS} a closer look.',
      'Noticed mostly by those who look closely, the {title} {is} {aKind} for {audience}.',
    ],
    closers: [
      'The {title}, made to be treasured.',
      '{ANoun}, considered in every detail.',
      'The {title}: an investment in everyday beauty.',
      '{ANoun} made to be kept, and passed on: the {title}.',
      'Quality you notice every time you use the {title}.',
      'The {title}, considered in every detail.',
    ],
    exclamations: [
      'The {title} {is} a true pleasure to own!',
      'Simply beautiful in person, {kThis} {kind}!',
      'The {title} make{s} a wonderful gift!',
      'Once you try {kThis} {kind}, there is no going back!',
      'The {title} {is} {aNoun} to be proud of!',
    ],
  },
  technical: {
    openings: [
      ...sharedOpenings,
      'Spec sheet first: the {title} {is} {aKind} engineered for {moment}.',
      'Designed, tested and refined, the {title} {is} our most capable {kind} yet.',
      'Built around what {audience} actually need, the {title} {is} {aKind} that perform{kS}.',
      'Problem: most {nouns} compromise somewhere; solution: the {title}, {aKind} for {moment}.',
      'We tested the {title} hard before calling {them} finished; {it} {is} {aKind} for {audience}.',
      'In numbers and in use, the {title} {is} {aKind} that hold{kS} up.',
      'Less guesswork, more doing: the {title} {is} {aKind} for {audience}.',
      'Engineered for {audience}, the {title} {is} {aKind} without compromises.',
      'From first prototype to final batch, the {title} {has} been {aKind} built for {moment}.',
      'If performance matters to you, the {title} {is} the {kind} to look at.',
    ],
    closers: [
      'Tested hard, built to last: the {title}.',
      'Performance you can measure, from {aNoun} you can trust.',
      'The {title}: less guesswork, more doing.',
      'Specified with care, made to work: the {title}.',
      '{ANoun} built for use, not for the shelf: the {title}.',
      'The {title}, tested hard and built to last.',
    ],
    exclamations: [
      'The {title} just work{s}, every single time!',
      'Set up the {title} once and forget about {them}!',
      'Field-tested and ready to go: the {title}!',
      'The numbers on {kThis} {kind} are good!',
      '{ANoun} that simply works, the {title}!',
    ],
  },
  earthy: {
    openings: [
      ...sharedOpenings,
      'Made slowly and with care, the {title} {is} {aKind} for {moment}.',
      'We keep things simple with the {title}: {aKind}, honestly made.',
      'Good things take time, and the {title} {is} proof: {aKind} made in small batches.',
      'From people we know by name comes the {title}, {aKind} for {audience}.',
      'Nothing to hide here: the {title} {is} {aKind}, made with as little waste as we could manage.',
      'Slow down with the {title}, {aKind} for {moment}.',
      'The story of the {title} begins with good materials; the result is {aKind} for {audience}.',
      'Natural by design, the {title} {is} {aKind} that feel{kS} good to own.',
      'Kind to the planet and kind to you, the {title} {is} {aKind} for everyday use.',
      'Small-batch and unhurried, the {title} {is} {aKind} for {moment}.',
    ],
    closers: [
      '{ANoun} made with care, meant to last.',
      'Slow made, well loved: the {title}.',
      'The {title}, from our hands to yours.',
      '{ANoun} made in small batches, with big care: the {title}.',
      'Thank you for choosing a slow-made {noun}.',
      'The {title}: made with care, meant to last.',
    ],
    exclamations: [
      'We hope you love {kThis} {kind} as much as we do!',
      'So much care went into the {title}!',
      'Good things really do take time, and the {title} {is} proof!',
      'Happy slow living with your new {noun}!',
    ],
  },
  minimal: {
    openings: [
      ...sharedOpenings,
      '{title}. {AKind} for {audience}, reduced to what matters.',
      '{AKind}, made well: the {title}.',
      'Simple by design, the {title} {is} {aKind} for {moment}.',
      'No extras, just the {title}: {aKind} for {moment}.',
      'The {title} {is} our take on the essential {kind}.',
      'Clear lines and nothing extra define the {title}, {aKind} for {audience}.',
      'Less, but better: the {title} {is} {aKind} for {moment}.',
      'With nothing extra, the {title} {is} {aKind} that {kDoes} {kIts} job quietly.',
      'Quiet, useful, lasting: the {title} {is} {aKind} for {audience}.',
      'Everyday {kind}, done properly: the {title}.',
    ],
    closers: [
      '{ANoun}: less, but better.',
      'Simply made, the {title}.',
      'The {title}: designed to disappear into your day.',
      'Nothing more, nothing less: the {title}.',
      'The {title}: {aNoun} made to be used.',
      'The {title}: less, but better.',
    ],
    exclamations: [
      'Simple, and the {title} {is} all the better for it!',
      'The {title}: exactly enough!',
    ],
  },
  bold: {
    openings: [
      ...sharedOpenings,
      'Loud, proud and built to last, the {title} {is} {aKind} with attitude.',
      'The {title} {does} not do subtle. {It} {is} {aKind} for {moment}.',
      'Turn it up with the {title}, the {kind} {audience} have been waiting for.',
      'Big energy, zero compromise: the {title} {is} {aKind} made for {moment}.',
      'Blending in is not on the agenda for the {title}, {aKind} for {audience}.',
      'Make the most of {moment} with the {title}, {aKind} that refuse{kS} to blend in.',
      'Here it is, the {title}: {aKind} with nothing to apologise for.',
      'No half measures went into the {title}, {aKind} for {audience}.',
      'Go big or go home: the {title} {is} {aKind} for {moment}.',
      'Heads will turn when you bring out the {title}, {aKind} with serious presence.',
    ],
    closers: [
      'Go big with the {title}.',
      'Stand out in the {title}, every time.',
      'The {title}: no half measures.',
      'Own the {noun}.',
      'Loud and proud: the {title}.',
      'The {title}: {aNoun} that stands out, every time.',
    ],
    exclamations: [
      'The {title} mean{s} business!',
      'Bring on the {title}!',
      'Made to stand out, and the {title} {does}!',
      'Seriously, the {title} {is} that good!',
      'Zero regrets with {kThis} {kind}!',
      'Turn heads with the {title}, every time!',
      'The {title} {is} ready when you are!',
      'Big energy only from the {title}!',
      'The {title} hits different!',
      'No boring {nouns} here, just the {title}!',
    ],
  },
};

/**
 * Second sentence: what it is for, usually talking to the reader. Moments and audiences make each
 * line specific to a store, so none repeats across a catalog.
 */
/** A short second sentence, for the briefest listings. */
export const shortPurposeLines: readonly string[] = [
  'Made for {moment}.',
  'For {audience}, and for {moment}.',
  'Ideal for {moment}.',
  '{Audience} love {them}.',
  'A favourite with {audience}.',
  'Perfect for {moment}.',
  'You will want {them} for {moment}.',
  'Your new go-to for {moment}.',
];

export const purposeLines: readonly string[] = [
  '{It} {is} made for {moment}, and for the days you want things to be easy.',
  'Bring {them} out for {moment} and you will see what we mean.',
  'If you are one of the {audience} we know, you will find a use for {them} every day.',
  'We see {them} earning a place with {audience}, especially for {moment}.',
  'Made with {audience} in mind, {it} suit{s} {moment} perfectly.',
  'For you, that means {moment} with one less thing to think about.',
  'Keep {them} for {moment}; you will wonder how you managed without {them}.',
  '{It} {is} the kind of {kind} {audience} recommend to each other.',
  'Whether you need {them} for {moment} or an ordinary Tuesday, {it} fit{s} right in.',
  'Think of {moment}: that is where {it} really shine{s}.',
  'Use {them} every day, or save {them} for {moment}; either way, {it} will not let you down.',
  '{Audience} tell us {it} {is} their go-to for {moment}.',
  'We think {it} will be your new favourite for {moment}.',
  'Ideal for {audience}, and a treat for {moment}.',
  'Add {them} to your routine for {moment} and you will not look back.',
  'We made {them} for {moment}, and for {audience} who want a little more from every day.',
  'Expect {them} to become part of your plans for {moment}.',
  'Chosen by {audience}, {it} {is} ready for {moment} the day {it} arrive{s}.',
  'Picture {moment}, with {them} right where you need {them}.',
  'You will reach for {them} for {moment}, and then for everything else.',
  'Good for {moment}, better for {audience} who like things done properly.',
  'Handy for {moment}, and easy to love the rest of the week too.',
];

/** A sentence built from features (`{f1}`, `{f2}`), in prose rather than as a list. */
export const featureLines: readonly string[] = [
  'Good to know: {f1}, and {f2}.',
  'Two details we would not ship without: {f1}; {f2}.',
  'Why {it} earn{s} {its} place: {f1}; and {f2}.',
  'Look closer and you will find the details: {f1}; {f2}.',
  'The first thing you will notice is this: {f1}.',
  'A small thing we love: {f1}.',
  'The part you will appreciate most is the simplest: {f1}.',
  'Also worth knowing: {f1}.',
  'On top of that: {f1}, and {f2}.',
  '{F1}, and {f2}: that is the short list.',
  'The details matter here: {f1}; {f2}.',
  'You also get this: {f1}.',
  'Our favourite detail on the {noun}: {f1}.',
];

/** The brand speaking (`we`, `our`). */
export const brandLines: readonly string[] = [
  'We have been refining our {nouns} for years, and the {title} {is} one we are proudest of.',
  'At {brand}, we only sell {nouns} we would use ourselves, and the {title} passed that test early.',
  'We make the {title} in small runs, so stock can be limited.',
  'Our team tried several versions of the {title} before settling on this one.',
  'The {title} {is} one of the first {nouns} we recommend to new customers.',
  'Our customers keep coming back for our {nouns}, and we think you will too.',
  'Every order is packed by hand, and we check each {noun} before it leaves us.',
  'We stand behind the {title}, as we do every {noun} we sell.',
  'The {title} {is} the {kind} our own team reaches for most.',
  'We would rather make one good {kind} than five forgettable ones.',
  'Our team answers every question about our {nouns}, usually within a day.',
  'When we first put the {title} on the shelf, we knew we had the {noun} we had wanted for years.',
];

/**
 * One or two precise facts (from the spec rows) in prose; `{Label1}` / `{label1}` is the row's
 * label, `{value1}` its value as the table would show it.
 */
export const factLines: readonly string[] = [
  'For the record, {label1}: {value1}; {label2}: {value2}.',
  'On the {noun} itself, {label1}: {value1}.',
  'In detail, {label1}: {value1}; {label2}: {value2}.',
  'Specs in brief, {label1}: {value1}.',
  'For this {noun}, {label1}: {value1}; {label2}: {value2}.',
  'A detail people ask about, {label1}: {value1}.',
];

/** Headings above a feature list; often there is none. */
export const bulletHeadings: readonly string[] = [
  'Features',
  'Highlights',
  'Why you will love it',
  'The details',
  'What you get',
  'At a glance',
  'Good to know',
];

/** Gifting lines. */
export const giftLines: readonly string[] = [
  'If the {title} {is} a gift, add a note at checkout and we will write it by hand.',
  'A lovely gift for {audience}, and we can wrap {them} for you.',
  'Looking for a present for {audience}? The {title} {is} one of our most gifted {nouns}.',
  'Gift wrapping is free on request for the {title}: just leave us a note.',
  'If you are sending the {title} to someone else, we leave the price off the packing slip.',
  'Need a gift for {audience}? {KThis} {kind} {kIs} a safe bet.',
  'We can ship the {title} straight to the lucky person, wrapped and ready.',
  '{It} make{s} a thoughtful gift, especially for {moment}.',
];

/** Tips from the shop's team. */
export const staffTips: readonly string[] = [
  'Staff tip: pair the {title} with something else from our {collection} range.',
  'From our team: order the {title} for yourself and a second one to give away.',
  'Tip from the shop floor: the {title} sell{s} fastest before the holidays, so do not wait.',
  'Our tip: give the {title} a week, and {it} will become part of your routine.',
  'Team favourite: half of us use the {title} for {moment}.',
  'A tip from us: keep the {title} somewhere you can see {them}, and you will use {them} more.',
  'Staff pick: this is the {noun} we suggest most often in the shop.',
];

/** Questions to the reader. */
export const questions: readonly string[] = [
  'Not sure which {noun} is right for you? Message us about the {title} and we will help.',
  'Still deciding between {nouns}? Our guide to {nouns} compares every option.',
  'If you have a question about the {title}, we reply within a day.',
  'Ask us how the {title} compare{s}; we have used every {noun} we sell.',
  'Buying for {audience}? Tell us about them and we will suggest the right {noun}.',
  'If you need the {title} for a team or an event, ask us about larger orders.',
];

/** Fit notes for things sold by size. */
export const fitNotes: readonly string[] = [
  'Fit: the {title} run{s} true to size; between sizes, size up for a relaxed fit.',
  'Our model is 178 cm tall and wears the {title} in a medium.',
  'The {kind} runs slightly small; if you like room to move, take the next size up.',
  'If you are not sure of your size, check the size guide for the {title} or ask us.',
  'The {title} {is} cut for a regular fit: not tight, not baggy.',
  'The model is 170 cm tall and wears the {title} in a small.',
  'Sizing tip: if you wear a medium in most {nouns}, take a medium here too.',
  'The {kind} gives a little with wear, so choose a snug fit if you are between sizes.',
];

/** How-to notes by family (what the product is and how it is used), with their label. */
export const howToNotes: Readonly<Record<string, { label: string; notes: readonly string[] }>> = {
  tea: {
    label: 'How to brew',
    notes: [
      'Follow the guide on the pack for your first cup of {kind}, then adjust the time to taste.',
      'Use freshly drawn water, and try a second infusion from the same {kind} leaves.',
      'A slightly shorter steep gives a lighter, sweeter cup of {kind}.',
      'Brew a small pot of the {title} first, then decide how strong you like it.',
    ],
  },
  coffee: {
    label: 'How to brew',
    notes: [
      'For filter, brew the {title} at about 1:16 coffee to water, then adjust to taste.',
      'Let the {kind} bloom for 30 seconds before you pour the rest of the water.',
      'For espresso, start with an 18 g dose of the {title} and a 1:2 ratio, then dial in.',
      'Taste the {title} black first; then add milk if you like.',
    ],
  },
  food: {
    label: 'How to enjoy it',
    notes: [
      'Straight from the jar, or as the finishing touch on a simple dish: the {kind} works both ways.',
      'Start with a little {kind}, taste, then add more.',
      'Try the {title} with something simple first, so you can taste what {it} {does}.',
      'Keep the {kind} close to the stove; you will use {them} more than you think.',
    ],
  },
  beauty: {
    label: 'How to use',
    notes: [
      'A small amount of the {kind} goes a long way; build up as you need.',
      'Make the {title} part of your routine, morning, evening or both.',
      'Patch test the {title} first if your skin is sensitive.',
      'Apply the {kind} with clean hands, and close the lid after use.',
    ],
  },
  home: {
    label: 'Styling tip',
    notes: [
      'Give the {title} a little space around {them} and let {them} be the focus.',
      'The {title} look{s} just as good on {its} own as grouped with a few favourite pieces.',
      'Try the {kind} in more than one room before you decide where {it} live{s}.',
      'Pair the {title} with natural textures: linen, wood, stone.',
    ],
  },
  sport: {
    label: 'Before you go',
    notes: [
      'Give the {title} a short try at home to get the feel of {them} before your first outing.',
      'Take the {title} along next time and see the difference for yourself.',
      'Start easy with the {kind} and build up over a couple of weeks.',
    ],
  },
  kids: {
    label: 'Safety',
    notes: [
      'Always use the {title} with adult supervision, and check {them} over before each play session.',
      'Introduce the {title} gradually and let little ones explore at their own pace.',
      'Check the {kind} for wear now and then, and retire {them} if a part comes loose.',
    ],
  },
  pet: {
    label: 'Good to know',
    notes: [
      'Let your pet sniff the {title} first, then introduce {them} slowly.',
      'Check the {title} over now and then, and replace {them} when {it} show{s} wear.',
      'Most pets take a day or two to get used to a new {kind}; give them time.',
    ],
  },
  tech: {
    label: 'Setup',
    notes: [
      'Setting up the {title} take{s} a minute: plug in, pair and you are ready.',
      'Keep the {kind} firmware up to date for the best performance.',
    ],
  },
  paper: {
    label: 'Tip',
    notes: [
      'Try your pens on the last page of the {kind} before you start on the first.',
      'The {title} lie{s} flat and takes most inks without fuss.',
    ],
  },
};

/** Labels in descriptions. */
export const copyLabels = {
  care: ['Care', 'Care and use', 'Looking after it', 'Storage and care'],
} as const;
