import type { Archetype, OptionAxis, Vertical } from '../types.ts';

const SWIM = 'Apparel & Accessories > Clothing > Swimwear';

const SIZES: OptionAxis = {
  name: 'Size',
  kind: 'size',
  values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
  pick: [4, 6],
};
const SWIM_COLOURS = [
  'Black',
  'Navy',
  'Terracotta',
  'Sage',
  'Coral',
  'Sand',
  'Cobalt',
  'Olive',
] as const;

const SWIM_FEATURES = [
  'Chlorine-resistant fabric keeps its colour and stretch',
  'UPF 50+ fabric blocks most UV',
  'Dries quickly between swims',
  'Made from recycled fibres',
  'Flatlock seams that will not chafe',
  'Holds its shape after a summer of salt and sun',
];
const SWIM_CARE = [
  'Rinse in cold fresh water after every swim.',
  'Hand wash with a mild detergent; do not wring.',
  'Dry flat in the shade, away from direct heat.',
  'Avoid rough surfaces like pool edges, which pill the fabric.',
];
const SWIM_MATERIALS = [
  'regenerated nylon and elastane',
  'recycled polyester and elastane',
  'chlorine-resistant recycled polyester',
];

function piece(
  spec: Pick<
    Archetype,
    | 'id'
    | 'productType'
    | 'taxonomyPath'
    | 'collection'
    | 'noun'
    | 'titlePatterns'
    | 'slots'
    | 'specs'
    | 'price'
    | 'grams'
    | 'dimensionsCm'
    | 'image'
    | 'tags'
  > &
    Partial<Pick<Archetype, 'subcollection' | 'features' | 'materials' | 'care' | 'options'>>,
): Archetype {
  return {
    materials: SWIM_MATERIALS,
    features: SWIM_FEATURES,
    care: SWIM_CARE,
    options: [SIZES, { name: 'Color', kind: 'colour', values: SWIM_COLOURS, pick: [1, 4] }],
    costRatio: [0.2, 0.35],
    ...spec,
  };
}

export const swimwear: Vertical = {
  id: 'swimwear',
  name: 'Swimwear',
  keywords: [
    'swimwear',
    'swimsuit',
    'swimsuits',
    'bathing suit',
    'bikini',
    'one-piece',
    'swim trunks',
    'boardshorts',
    'beachwear',
    'swim shop',
    'rash guard',
    'resortwear',
  ],
  brandRoots: [
    'tide',
    'lido',
    'cove',
    'salt',
    'shore',
    'riviera',
    'palm',
    'marina',
    'surf',
    'azure',
    'coral',
    'sol',
  ],
  values: [
    'Fabrics regenerated from ocean plastic and fishing nets',
    'Cut and sewn in small, audited factories',
    'Fit notes written by real people who tried it on',
    'Free size exchanges',
    'Plastic-free shipping',
    'A share of sales to ocean clean-up projects',
  ],
  audiences: [
    'beach lovers',
    'lap swimmers',
    'surfers',
    'holidaymakers',
    'sea swimmers',
    'poolside loungers',
  ],
  moments: [
    'a week by the sea',
    'an early sea swim',
    'lazy afternoons at the lido',
    'a long weekend on the coast',
    'a morning surf',
    'summer holidays',
  ],
  adjectives: [
    'flattering',
    'supportive',
    'sun-ready',
    'quick-drying',
    'sculpting',
    'easygoing',
    'timeless',
    'sporty',
  ],
  paletteMood: ['Terracotta', 'Sand', 'Navy', 'Coral', 'Sage', 'Off White'],
  voices: [
    ['earthy', 3],
    ['minimal', 2],
    ['playful', 2],
    ['premium', 1],
  ],
  archetypes: [
    piece({
      id: 'swim-one-piece',
      productType: 'One-Piece Swimsuit',
      taxonomyPath: `${SWIM} > One-Piece Swimsuits`,
      collection: 'Women',
      subcollection: 'One-Pieces',
      noun: ['swimsuit', 'swimsuits'],
      titlePatterns: [
        '{neck} One-Piece Swimsuit',
        '{name} One-Piece',
        '{name} {neck} Swimsuit',
        '{cut} Swimsuit',
      ],
      slots: {
        neck: ['Scoop-Neck', 'Square-Neck', 'High-Neck', 'V-Neck', 'Halter', 'Crossback'],
        name: [
          'Lido',
          'Riviera',
          'Marina',
          'Cove',
          'Capri',
          'Amalfi',
          'Palma',
          'Tulum',
          'Sorrento',
          'Hydra',
        ],
        cut: ['High-Leg', 'Classic-Cut', 'Belted', 'Twist-Front', 'Cut-Out'],
      },
      specs: [
        { label: 'Support', values: ['Light', 'Medium', 'Medium, with removable cups'] },
        { label: 'Coverage', values: ['Moderate', 'Full', 'Cheeky'] },
        { label: 'Lining', values: ['Fully lined', 'Front lined'] },
      ],
      price: { band: [5900, 16900], points: [6900, 8900, 9900, 11900, 13900] },
      grams: [110, 220],
      dimensionsCm: [28, 22, 3],
      image: 'dress',
      tags: ['one-pieces', 'womens swimwear'],
    }),
    piece({
      id: 'swim-bikini-top',
      productType: 'Bikini Top',
      taxonomyPath: `${SWIM} > Swimwear Tops`,
      collection: 'Women',
      subcollection: 'Bikinis',
      noun: ['bikini top', 'bikini tops'],
      titlePatterns: ['{style} Bikini Top', '{name} Bikini Top', '{name} {style} Top'],
      slots: {
        style: ['Triangle', 'Bandeau', 'Balconette', 'Bralette', 'Halter', 'Underwire', 'Sport'],
        name: ['Lido', 'Riviera', 'Marina', 'Cove', 'Capri', 'Amalfi', 'Palma', 'Tulum'],
      },
      specs: [
        { label: 'Support', values: ['Light', 'Medium', 'Firm'] },
        { label: 'Straps', values: ['Adjustable', 'Convertible', 'Tie-back'] },
        { label: 'Lining', values: ['Fully lined', 'Double-layered'] },
      ],
      price: { band: [3900, 8900], points: [4500, 4900, 5500, 5900, 6900] },
      grams: [50, 110],
      dimensionsCm: [24, 18, 3],
      image: 'dress',
      tags: ['bikinis', 'mix and match'],
    }),
    piece({
      id: 'swim-bikini-bottom',
      productType: 'Bikini Bottom',
      taxonomyPath: `${SWIM} > Classic Bikinis`,
      collection: 'Women',
      subcollection: 'Bikinis',
      noun: ['bikini bottom', 'bikini bottoms'],
      titlePatterns: ['{style} Bikini Bottom', '{name} Bikini Bottom', '{name} {style} Bottom'],
      slots: {
        style: ['High-Waist', 'High-Leg', 'Classic', 'Tie-Side', 'Hipster', 'Brazilian'],
        name: ['Lido', 'Riviera', 'Marina', 'Cove', 'Capri', 'Amalfi', 'Palma', 'Tulum'],
      },
      specs: [
        { label: 'Coverage', values: ['Moderate', 'Full', 'Cheeky'] },
        { label: 'Lining', values: ['Fully lined', 'Double-layered'] },
        { label: 'Waistband', values: ['Fold-over', 'Elasticated', 'Smooth'] },
      ],
      price: { band: [3500, 7900], points: [3900, 4500, 4900, 5500, 5900] },
      grams: [40, 90],
      dimensionsCm: [22, 16, 2],
      image: 'shorts',
      tags: ['bikinis', 'mix and match'],
    }),
    piece({
      id: 'swim-trunks',
      productType: 'Swim Trunks',
      taxonomyPath: `${SWIM} > Swim Boxers`,
      collection: 'Men',
      subcollection: 'Swim Trunks',
      noun: ['swim trunks', 'swim trunks'],
      titlePatterns: ['{print} Swim Trunks', '{name} Swim Trunks', '{name} {print} Trunks'],
      slots: {
        print: ['Palm Print', 'Stripe', 'Solid', 'Wave Print', 'Geo Print', 'Floral'],
        name: ['Harbour', 'Breakwater', 'Jetty', 'Pier', 'Dune', 'Sandbar', 'Tidal', 'Boardwalk'],
      },
      specs: [
        { label: 'Inseam', values: ['13 cm', '15 cm', '18 cm'] },
        { label: 'Pockets', values: ['Two side, one back', 'Two side, one zip back'] },
        { label: 'Waist', values: ['Elasticated with drawcord', 'Half-elastic with snap'] },
      ],
      features: [
        'Quick-dry shell with a soft mesh brief',
        'Zip back pocket for keys',
        'Drawcord waist stays put in the surf',
        'Made from recycled polyester',
        'Dries fast enough for lunch after a swim',
        'Cut to look good out of the water too',
      ],
      materials: ['recycled polyester', 'recycled polyester with four-way stretch'],
      price: { band: [3900, 8900], points: [4500, 4900, 5500, 5900, 6900] },
      grams: [120, 220],
      dimensionsCm: [30, 25, 3],
      image: 'shorts',
      tags: ['swim trunks', 'mens swimwear'],
    }),
    piece({
      id: 'swim-boardshorts',
      productType: 'Boardshorts',
      taxonomyPath: `${SWIM} > Boardshorts`,
      collection: 'Men',
      subcollection: 'Boardshorts',
      noun: ['boardshorts', 'boardshorts'],
      titlePatterns: ['{print} Boardshorts', '{name} Boardshorts', '{name} {print} Boardshorts'],
      slots: {
        print: ['Stripe', 'Solid', 'Retro Panel', 'Palm Print', 'Colour-Block', 'Wave Print'],
        name: [
          'Reef',
          'Point Break',
          'Swell',
          'Lineup',
          'Offshore',
          'Groundswell',
          'Headland',
          'Reform',
        ],
      },
      specs: [
        { label: 'Outseam', values: ['43 cm', '48 cm', '51 cm'] },
        { label: 'Fly', values: ['Lace-up', 'Velcro and lace'] },
        { label: 'Stretch', values: ['Four-way stretch', 'Two-way stretch'] },
      ],
      features: [
        'No-liner cut made for long sessions on the board',
        'Lace-up fly holds through wipeouts',
        'Key loop in a sealed pocket',
        'Made from recycled polyester',
        'Flatlock seams will not rub on the paddle out',
        'Dries fast between sets',
      ],
      materials: ['recycled polyester with stretch', 'recycled polyester'],
      options: [
        { name: 'Size', kind: 'size', values: ['28', '30', '32', '34', '36', '38'], pick: [4, 6] },
        { name: 'Color', kind: 'colour', values: SWIM_COLOURS, pick: [1, 4] },
      ],
      price: { band: [4900, 9900], points: [5500, 5900, 6500, 6900, 7900] },
      grams: [160, 280],
      dimensionsCm: [32, 26, 3],
      image: 'shorts',
      tags: ['boardshorts', 'surf'],
    }),
    piece({
      id: 'swim-briefs',
      productType: 'Swim Briefs',
      taxonomyPath: `${SWIM} > Swim Briefs`,
      collection: 'Men',
      subcollection: 'Swim Briefs',
      noun: ['swim briefs', 'swim briefs'],
      titlePatterns: ['{print} Swim Briefs', '{name} Swim Briefs', '{name} {print} Briefs'],
      slots: {
        print: ['Solid', 'Stripe', 'Racing', 'Geo Print', 'Colour-Block'],
        name: ['Lane', 'Tumble', 'Harbour', 'Lido', 'Pier', 'Regatta', 'Jetty'],
      },
      specs: [
        { label: 'Side depth', values: ['5 cm', '7 cm', '9 cm'] },
        { label: 'Waist', values: ['Drawcord', 'Elasticated'] },
        { label: 'Lining', values: ['Front lined', 'Fully lined'] },
      ],
      price: { band: [2900, 5900], points: [3400, 3900, 4500, 4900, 5500] },
      grams: [60, 110],
      dimensionsCm: [22, 16, 2],
      image: 'shorts',
      tags: ['swim briefs', 'lap swimming'],
    }),
    piece({
      id: 'swim-rash-guard',
      productType: 'Rash Guard',
      taxonomyPath: `${SWIM} > Rash Guards`,
      collection: 'Surf & Sun',
      subcollection: 'Rash Guards',
      noun: ['rash guard', 'rash guards'],
      titlePatterns: ['{sleeve} Rash Guard', '{name} Rash Guard', '{name} {sleeve} Rash Guard'],
      slots: {
        sleeve: ['Long-Sleeve', 'Short-Sleeve', 'Zip-Front', 'Crew-Neck', 'Cropped'],
        name: ['Reef', 'Lineup', 'Swell', 'Shorebreak', 'Kelp', 'Tidal', 'Headland', 'Lagoon'],
      },
      specs: [
        { label: 'Fit', values: ['Slim', 'Regular', 'Relaxed'] },
        { label: 'Thumb loops', values: ['Yes', 'No'] },
        { label: 'Chest pocket', values: ['None', 'Zip key pocket'] },
      ],
      price: { band: [4500, 8900], points: [4900, 5500, 5900, 6500, 6900] },
      grams: [150, 260],
      dimensionsCm: [30, 25, 2],
      image: 'tee',
      tags: ['rash guards', 'sun protection'],
    }),
    piece({
      id: 'swim-cover-up',
      productType: 'Cover-Up',
      taxonomyPath: `${SWIM} > Cover Ups`,
      collection: 'Beachwear',
      subcollection: 'Cover-Ups',
      noun: ['cover-up', 'cover-ups'],
      titlePatterns: ['{style} Cover-Up', '{name} Cover-Up', '{name} {style}'],
      slots: {
        style: ['Kaftan', 'Beach Shirt', 'Sarong', 'Wrap Dress', 'Kimono', 'Tunic'],
        name: ['Lido', 'Riviera', 'Marina', 'Cove', 'Capri', 'Amalfi', 'Palma', 'Tulum', 'Hydra'],
      },
      specs: [
        { label: 'Length', values: ['Mini', 'Midi', 'Maxi'] },
        { label: 'Fit', values: ['Relaxed', 'Oversized'] },
        { label: 'Opacity', values: ['Sheer', 'Semi-sheer', 'Opaque'] },
      ],
      features: [
        'Light enough to throw over a wet swimsuit',
        'Breathable weave for hot days',
        'Packs small in a beach bag',
        'Washes and dries in an afternoon',
        'Easy, relaxed shape that suits most sizes',
        'Looks at home at a beach bar too',
      ],
      materials: ['linen', 'organic cotton gauze', 'linen and cotton blend'],
      care: [
        'Machine wash cold on a gentle cycle.',
        'Line dry in the shade.',
        'Warm iron while slightly damp if needed.',
      ],
      options: [
        { name: 'Size', kind: 'size', values: ['XS/S', 'M/L', 'XL/XXL'], pick: [2, 3] },
        {
          name: 'Color',
          kind: 'colour',
          values: ['White', 'Sand', 'Terracotta', 'Sage', 'Navy', 'Black'],
          pick: [1, 4],
        },
      ],
      price: { band: [4900, 12900], points: [5900, 6900, 7900, 8900, 9900] },
      grams: [150, 320],
      dimensionsCm: [30, 25, 3],
      image: 'dress',
      tags: ['cover-ups', 'beachwear'],
    }),
    piece({
      id: 'swim-dress',
      productType: 'Swim Dress',
      taxonomyPath: `${SWIM} > Swim Dresses`,
      collection: 'Women',
      subcollection: 'Swim Dresses',
      noun: ['swim dress', 'swim dresses'],
      titlePatterns: ['{neck} Swim Dress', '{name} Swim Dress', '{name} {neck} Swim Dress'],
      slots: {
        neck: ['Scoop-Neck', 'Square-Neck', 'V-Neck', 'Halter', 'High-Neck'],
        name: ['Lido', 'Riviera', 'Marina', 'Cove', 'Capri', 'Amalfi', 'Palma', 'Sorrento'],
      },
      specs: [
        { label: 'Support', values: ['Light', 'Medium, with removable cups'] },
        { label: 'Skirt', values: ['Built-in brief', 'Separate brief included'] },
        { label: 'Length', values: ['Mid-thigh', 'Knee'] },
      ],
      price: { band: [6900, 14900], points: [7900, 8900, 9900, 10900, 11900] },
      grams: [180, 320],
      dimensionsCm: [32, 26, 3],
      image: 'dress',
      tags: ['swim dresses', 'womens swimwear'],
    }),
  ],
};
