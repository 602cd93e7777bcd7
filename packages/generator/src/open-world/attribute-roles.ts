import type { ColourName } from '../knowledge/index.ts';

/**
 * What a taxonomy attribute becomes in a derived archetype. Shopify lists attributes broadly (a
 * keyboard has "Power source: Diesel" among its choices), so only attributes named here, or
 * specific to few categories, are used, and only with values a shop would really state.
 */

/** Shopify's colour values → the shades of the colour table that belong to each. */
export const colourFamilies: Readonly<Record<string, readonly ColourName[]>> = {
  Beige: ['Beige', 'Sand', 'Oat', 'Cream', 'Stone', 'Natural', 'Khaki', 'Ivory'],
  Black: ['Black', 'Charcoal', 'Graphite'],
  Blue: ['Blue', 'Cobalt', 'Sky Blue', 'Powder Blue', 'Denim', 'Teal', 'Aqua', 'Turquoise'],
  Bronze: ['Bronze', 'Copper'],
  Brown: ['Brown', 'Tan', 'Cognac', 'Camel', 'Walnut', 'Oak', 'Chocolate', 'Espresso', 'Taupe'],
  Clear: ['Clear', 'Frosted Clear'],
  Gold: ['Gold', 'Mustard', 'Amber'],
  Gray: ['Grey', 'Heather Grey', 'Slate', 'Stone'],
  Green: ['Forest Green', 'Sage', 'Olive', 'Emerald', 'Bottle Green', 'Mint', 'Teal'],
  Navy: ['Navy', 'Indigo'],
  Orange: ['Orange', 'Rust', 'Terracotta', 'Coral', 'Peach'],
  Pink: ['Pink', 'Blush', 'Rose', 'Fuchsia', 'Coral'],
  Purple: ['Purple', 'Plum', 'Lavender', 'Lilac'],
  Red: ['Red', 'Crimson', 'Burgundy', 'Wine'],
  'Rose gold': ['Rose Gold'],
  Silver: ['Silver'],
  White: ['White', 'Off White', 'Ivory'],
  Yellow: ['Yellow', 'Lemon', 'Mustard'],
};

/** Size attributes, and the sizes a shop offers for each (in Shopify's order). */
export const sizeAttributes: Readonly<
  Record<string, { values: readonly string[]; factors?: readonly number[]; worn: boolean }>
> = {
  size: {
    values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    factors: [1, 1, 1, 1, 1.05, 1.1],
    worn: true,
  },
  'accessory-size': { values: ['XS', 'S', 'M', 'L', 'XL'], worn: true },
  'shoe-size': { values: ['US 6', 'US 7', 'US 8', 'US 9', 'US 10', 'US 11', 'US 12'], worn: false },
  'ring-size': { values: ['5', '6', '7', '8', '9', '10'], worn: false },
  'bedding-size': {
    values: ['Twin', 'Double', 'Queen', 'King'],
    factors: [1, 1.15, 1.3, 1.45],
    worn: false,
  },
};

/** Choice attributes that shops offer as variants, with the values they use. */
export const optionAttributes: Readonly<
  Record<string, { name: string; values: readonly string[] }>
> = {
  'keyboard-switch-type': { name: 'Switches', values: ['Linear', 'Tactile', 'Clicky'] },
  'yarn-weight-category': {
    name: 'Weight',
    values: ['Fingering', 'Sock', 'Sports', 'DK', 'Aran', 'Chunky'],
  },
  'hook-size': { name: 'Hook size', values: ['B', 'G', 'I', 'J', 'K'] },
  'grit-type': { name: 'Grit', values: ['Coarse', 'Medium', 'Fine', 'Extra fine'] },
  'fishing-rod-power': {
    name: 'Power',
    values: ['Light', 'Medium-light', 'Medium', 'Medium-heavy', 'Heavy'],
  },
  'thickness-type': { name: 'Thickness', values: ['Thin', 'Medium', 'Thick'] },
  'light-temperature': { name: 'Light', values: ['Warm white', 'Cool white', 'Daylight'] },
  firmness: { name: 'Firmness', values: ['Soft', 'Medium', 'Firm'] },
  'hand-side': { name: 'Hand', values: ['Right', 'Left'] },
  scent: {
    name: 'Scent',
    values: ['Citrus', 'Eucalyptus', 'Floral', 'Fresh linen', 'Lavender', 'Sandalwood', 'Vanilla'],
  },
  'ball-size': { name: 'Size', values: ['3', '4', '5'] },
  'guitar-size': { name: 'Size', values: ['1/2', '3/4', 'Full size'] },
};

/** Attributes whose value reads well in a product title, and how it is written there. */
export const titleAttributes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'sleeve-length-type': {
    Long: 'Long-Sleeve',
    Short: 'Short-Sleeve',
    '3/4': '3/4-Sleeve',
    Sleeveless: 'Sleeveless',
    Cap: 'Cap-Sleeve',
  },
  neckline: {
    Crew: 'Crew-Neck',
    Boat: 'Boat-Neck',
    Halter: 'Halter',
    Round: 'Scoop-Neck',
    Square: 'Square-Neck',
    'V-neck': 'V-Neck',
    Sweetheart: 'Sweetheart',
    Mock: 'Mock-Neck',
    Turtle: 'Turtleneck',
    Wrap: 'Wrap',
  },
  'keyboard-format': {
    '0.6': '60%',
    '0.65': '65%',
    '0.75': '75%',
    'Tenkeyless (TKL)': 'TKL',
    'Full-size': 'Full-Size',
    Compact: 'Compact',
  },
  fit: {
    Slim: 'Slim',
    'Straight leg': 'Straight-Leg',
    Wide: 'Wide-Leg',
    'Tapered leg': 'Tapered',
    Boyfriend: 'Boyfriend',
  },
  'waist-rise': { High: 'High-Rise', Mid: 'Mid-Rise', Low: 'Low-Rise' },
  'skirt-dress-length-type': { Maxi: 'Maxi', Midi: 'Midi', Mini: 'Mini', Knee: 'Knee-Length' },
  'pants-length-type': { Cropped: 'Cropped', Capri: 'Capri', Long: 'Full-Length' },
  'top-length-type': { 'Crop top': 'Cropped', Long: 'Longline' },
  'toe-style': {
    Round: 'Round-Toe',
    Pointed: 'Pointed-Toe',
    Square: 'Square-Toe',
    Almond: 'Almond-Toe',
  },
  'golf-ball-type': {
    'Soft distance': 'Soft Distance',
    'Straight distance': 'Straight Distance',
    'Tour performance': 'Tour Performance',
    'Tour value': 'Tour Value',
  },
  'fishing-rod-action': {
    Fast: 'Fast-Action',
    Moderate: 'Moderate-Action',
    'Moderate-fast': 'Medium-Fast',
    Slow: 'Slow-Action',
    'Extra fast': 'Extra-Fast',
  },
  'skiing-style': {
    'All-mountain skiing': 'All-Mountain',
    'Backcountry skiing': 'Backcountry',
    'Cross-country skiing': 'Cross-Country',
    'Freeride skiing': 'Freeride',
    'Freestyle skiing': 'Freestyle',
    'Ski touring': 'Touring',
  },
  'archery-style': {
    Traditional: 'Traditional',
    'Olympic recurve': 'Recurve',
    Bowhunting: 'Hunting',
    '3D archery': '3D',
    Recreational: 'Recreational',
  },
  'music-genre': {
    Jazz: 'Jazz',
    Soul: 'Soul',
    Funk: 'Funk',
    Blues: 'Blues',
    Folk: 'Folk',
    Reggae: 'Reggae',
    Disco: 'Disco',
    Ambient: 'Ambient',
    'Hip hop': 'Hip-Hop',
    Electronic: 'Electronic',
    Rock: 'Rock',
    Country: 'Country',
    Classical: 'Classical',
    Punk: 'Punk',
    House: 'House',
    Techno: 'Techno',
  },
  'pick-design': {
    'Jazz III': 'Jazz III',
    Teardrop: 'Teardrop',
    Triangular: 'Triangle',
    Standard: 'Standard',
  },
};

/** Attributes that are never stated as a spec: generic, about the buyer, or too broad to pick one. */
export const skippedAttribute =
  /(^|-)(color|pattern)$|^(target-gender|age-group|infant-age-group|item-condition|condition|country|theme|shape|sport|activity|music-genre|animal-type|vehicle-type|filament-type|power-source|connection-type|connectivity-technology|mounting-type|mounting-hardware|operating-system|ingredients|constitutive-ingredients|care-instructions|package-type|dispenser-type|recommended-age-group|usage-type|manufacturer-type)$|language|certification|dietary|allergen|compatible|suitable|codecs|memory-technology|device-interface|display-technology|rarity|license|user-type|supported/;

/** Attributes that describe what the product is made of (the engine's Material row owns those). */
export const materialAttribute = /(^|-)material$|^fabric$/;

/** Values that say nothing a shopper would read as a fact. */
export const emptyValue = /^(other|custom|ai-powered|n\/a)$/i;

/**
 * Feature values (from Shopify's `*-features` attributes) in a shop's words. Values missing here
 * are not used: some are exclusive of each other ("Hard top" / "Soft top") or say nothing.
 */
export const featurePhrases: Readonly<Record<string, string>> = {
  'Adjustable strap': 'Adjustable straps for a custom fit',
  'Breathable design': 'Breathable, so it stays comfortable for hours',
  'Chlorine resistant': 'Chlorine-resistant fabric that keeps its colour',
  'Quick drying': 'Dries quickly between uses',
  'UPF sun protection': 'UPF 50+ fabric blocks most UV',
  'UV protection': 'Built-in UV protection',
  Lightweight: 'Light enough to forget it is there',
  'Elastic waistband': 'Comfortable elastic waistband',
  'Anti-slip': 'Anti-slip surface for a sure grip',
  Insulated: 'Insulated against the cold',
  'Moisture wicking': 'Wicks moisture away from the skin',
  Waterproof: 'Fully waterproof construction',
  'Water resistant': 'Water-resistant finish',
  Windproof: 'Blocks the wind',
  Padded: 'Padded where it matters',
  Reflective: 'Reflective details for low light',
  'Anti-fog': 'Anti-fog coating',
  'Scratch resistant': 'Scratch-resistant finish',
  Foldable: 'Folds flat for storage',
  Portable: 'Easy to carry from place to place',
  'Easy to assemble': 'Assembles in minutes',
  'Carry bag': 'Comes with a carry bag',
  Backlighting: 'Backlit keys for late sessions',
  'Anti-ghosting': 'Anti-ghosting for fast typists',
  'N-key rollover': 'N-key rollover registers every keystroke',
  'Programmable keys': 'Programmable keys and layers',
  'Multimedia keys': 'Dedicated media keys',
  'Customizable keycaps': 'Standard layout, so keycaps are easy to swap',
  'Quiet operation': 'Runs quietly',
  'Adjustable flow rate': 'Adjustable flow rate',
  'Media included': 'Filter media included',
  'Multi-stage filtration': 'Multi-stage filtration',
  Cushioned: 'Cushioned for all-day comfort',
  'Arch support': 'Built-in arch support',
  'Recycled materials': 'Made with recycled materials',
  'Anti-microbial': 'Anti-microbial lining keeps odours down',
  'Slip resistant': 'Slip-resistant sole',
  Adjustable: 'Adjusts for a secure fit',
  Dustproof: 'Dustproof seals',
  'Internal padding': 'Padded interior protects what is inside',
  'External pockets': 'External pockets for small items',
  'Built-in compartments': 'Built-in compartments keep things organised',
  'Adjustable dividers': 'Adjustable dividers',
  'Vegan friendly': 'Vegan-friendly materials',
  Hypoallergenic: 'Hypoallergenic materials',
  Stretchable: 'Stretches with you',
  Thermal: 'Thermal lining for cold days',
  Pockets: 'Handy pockets',
  'Flattering silhouette': 'A flattering, easy cut',
  'Eco friendly': 'Lower-impact materials',
  Ventilation: 'Vents keep air moving',
  Shockproof: 'Shock-absorbing construction',
  'Weather resistant': 'Stands up to the weather',
  'Wrinkle resistant': 'Packs without creasing',
  Reversible: 'Reversible for two looks in one',
};
