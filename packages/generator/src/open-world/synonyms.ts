/**
 * How merchants name a niche, in the words of Shopify's taxonomy. Data, read by the niche matcher:
 *
 * - `same`: words that mean the same thing in the taxonomy's vocabulary. The niche is also read
 *   with them in place of the phrase ("scuba diving" is also read as "diving").
 * - `stocks`: what a store in that niche carries beyond what it names, as phrases that appear in
 *   taxonomy category names or curated product types ("home barista" → "coffee grinder",
 *   "tamper", "frothing pitcher"). These widen the store; they are not its focus.
 *
 * Phrases are matched on whole words after plurals and spelling variants are folded, so
 * "keyboards" finds "keyboard" and "jewellery" finds "Jewelry".
 */
export interface NicheSynonym {
  phrases: readonly string[];
  same?: readonly string[];
  stocks?: readonly string[];
}

export const nicheSynonyms: readonly NicheSynonym[] = [
  // Activities, said the way people say them, and the taxonomy's names for them.
  { phrases: ['surf', 'surfer'], same: ['surfing'] },
  { phrases: ['skate', 'skater', 'skateboard'], same: ['skateboarding'] },
  { phrases: ['snowboard', 'snowboarder'], same: ['snowboarding'] },
  { phrases: ['ski', 'skier'], same: ['skiing'] },
  { phrases: ['climb', 'climber', 'bouldering'], same: ['climbing'] },
  { phrases: ['rock climbing'], same: ['climbing'] },
  { phrases: ['fish', 'angler', 'angling'], same: ['fishing'] },
  { phrases: ['bike', 'bicycle', 'cyclist'], same: ['cycling', 'bicycle'] },
  {
    phrases: [
      'cycling component',
      'bike part',
      'bike component',
      'bicycle component',
      'cycling part',
    ],
    same: ['bicycle part'],
  },
  { phrases: ['dog', 'cat', 'puppy', 'kitten'], same: ['pet'] },
  { phrases: ['scuba', 'scuba diving', 'dive', 'diver'], same: ['diving'] },
  { phrases: ['snorkel'], same: ['snorkeling'] },
  { phrases: ['kayak', 'kayaker', 'canoe', 'paddling'], same: ['kayak'] },
  {
    phrases: ['horse riding', 'horseback riding', 'riding', 'horse', 'equine'],
    same: ['equestrian'],
  },
  { phrases: ['hunter', 'hunt'], same: ['hunting'] },
  { phrases: ['golfer'], same: ['golf'] },
  { phrases: ['knit', 'knitter'], same: ['knitting'] },
  { phrases: ['crochet'], same: ['crochet hook'] },
  { phrases: ['sew', 'sewist', 'quilting', 'quilter'], same: ['sewing'] },
  { phrases: ['stargazing', 'astronomy', 'astronomer'], same: ['telescope'] },
  {
    phrases: ['homebrew', 'homebrewing', 'home brewing', 'home brew', 'craft beer brewing'],
    same: ['homebrewing'],
  },
  { phrases: ['3d printing', '3d printer'], same: ['3d printer'] },
  { phrases: ['drone', 'quadcopter', 'fpv'], same: ['drone'] },
  { phrases: ['record', 'records', 'vinyl record', 'lp'], same: ['records lp', 'vinyl'] },
  {
    phrases: ['aquascaping', 'aquascape', 'planted tank', 'fish tank', 'fishkeeping'],
    same: ['aquarium'],
  },
  {
    phrases: ['bird feeder', 'birdwatching', 'bird watching', 'backyard birding', 'wild bird'],
    same: ['bird feeder'],
  },
  { phrases: ['woodworking', 'woodworker', 'carpentry', 'joinery'], same: ['woodworking'] },
  { phrases: ['pottery', 'ceramics', 'potter'], same: ['pottery'] },
  {
    phrases: ['bbq', 'barbecue', 'barbeque', 'bbq grilling', 'barbecue grilling', 'grilling'],
    same: ['outdoor grill'],
  },
  { phrases: ['dj', 'deejay', 'disc jockey'], same: ['dj'] },
  { phrases: ['chess', 'chess set', 'chessboard', 'backgammon', 'checkers'], same: ['board game'] },
  { phrases: ['rc', 'radio controlled', 'remote controlled'], same: ['remote control'] },
  { phrases: ['rc car', 'rc truck', 'rc plane'], same: ['remote control toy'] },
  {
    phrases: ['lego', 'building brick', 'toy brick', 'brick set'],
    same: ['interlocking block', 'construction set toy'],
  },
  {
    phrases: ['tabletop miniature', 'miniature', 'wargaming', 'wargame', 'warhammer'],
    same: ['scale model kit'],
  },
  { phrases: ['magic trick', 'magician', 'illusion'], same: ['magic novelty'] },
  { phrases: ['ice hockey', 'hockey'], same: ['hockey'] },
  {
    phrases: ['car detailing', 'auto detailing', 'detailing', 'car care', 'car cleaning'],
    same: ['vehicle cleaning'],
  },
  { phrases: ['jewelry making', 'beading'], same: ['jewelry making', 'bead'] },

  // What a store in these niches carries.
  {
    phrases: ['surf', 'surfing', 'surfer'],
    stocks: [
      'surfboard',
      'surfboard fin',
      'surf leash',
      'surfboard wax',
      'surfboard case',
      'wetsuit',
      'rash guard',
      'boardshort',
      'surf top',
    ],
  },
  {
    phrases: ['skateboard', 'skateboarding', 'skate'],
    stocks: [
      'skateboard deck',
      'skateboard truck',
      'skateboard wheel',
      'skateboard grip tape',
      'complete skateboard',
      'skateboarding pad',
    ],
  },
  {
    phrases: ['snowboard', 'snowboarding'],
    stocks: [
      'snowboard',
      'snowboard binding',
      'ski snowboard goggle',
      'ski snowboard helmet',
      'ski snowboard bag',
      'snowboard boot',
    ],
  },
  {
    phrases: ['climbing', 'rock climbing', 'bouldering'],
    stocks: [
      'climbing shoe',
      'climbing harness',
      'climbing chalk bag',
      'climbing rope',
      'carabiner',
      'climbing crash pad',
      'climbing helmet',
      'belay device',
    ],
  },
  {
    phrases: ['fly fishing'],
    stocks: [
      'fly fishing rod',
      'fly fishing reel',
      'artificial fishing fly',
      'fly tying material',
      'fishing wader',
      'fishing net',
      'fishing tackle box',
    ],
  },
  {
    phrases: ['fishing', 'angling', 'fishing tackle'],
    stocks: [
      'fishing rod',
      'fishing reel',
      'fishing bait lure',
      'fishing line',
      'fishing hook',
      'fishing tackle box',
      'fishing net',
    ],
  },
  {
    phrases: [
      'cycling component',
      'bike part',
      'bicycle part',
      'bike component',
      'bicycle component',
    ],
    stocks: [
      'bicycle chain',
      'bicycle cassette',
      'bicycle derailleur',
      'bicycle brake',
      'bicycle tire',
      'bicycle wheel',
      'bicycle saddle',
      'bicycle pedal',
      'bicycle handlebar',
      'bicycle crank',
    ],
  },
  {
    phrases: ['scuba', 'scuba diving', 'diving', 'snorkeling', 'snorkel', 'dive'],
    stocks: [
      'diving snorkeling mask',
      'snorkel',
      'diving fin',
      'diving regulator',
      'wetsuit',
      'diving knife',
      'diving belt',
      'dive computer',
    ],
  },
  {
    phrases: ['kayak', 'kayaking', 'canoe', 'paddling', 'paddle board', 'paddleboard', 'sup'],
    stocks: ['kayak', 'paddle board', 'life jacket', 'kayak deck bag', 'kayak accessory'],
  },
  {
    phrases: ['equestrian', 'horse riding', 'horseback riding', 'horse'],
    stocks: [
      'equestrian helmet',
      'equestrian glove',
      'riding pant',
      'riding crop',
      'saddle',
      'bridle',
      'horse grooming brush',
      'horse blanket',
      'saddle pad',
    ],
  },
  {
    phrases: ['golf'],
    stocks: [
      'golf ball',
      'golf club',
      'golf bag',
      'golf glove',
      'golf tee',
      'golf towel',
      'golf club headcover',
      'golf ball marker',
    ],
  },
  {
    phrases: ['tennis'],
    stocks: [
      'tennis racket',
      'tennis ball',
      'tennis racket bag',
      'tennis racket overgrip',
      'tennis racket string',
      'tennis net',
    ],
  },
  {
    phrases: ['archery', 'bowhunting'],
    stocks: [
      'bow',
      'arrow',
      'archery target',
      'archery armguard',
      'archery glove release',
      'quiver',
    ],
  },
  {
    phrases: ['hunting'],
    stocks: ['hunting blind', 'decoy', 'trail camera', 'binoculars'],
  },
  {
    phrases: ['drone'],
    stocks: ['drone', 'drone case', 'drone video camera'],
  },
  {
    phrases: ['vinyl', 'record', 'records', 'vinyl record', 'record store'],
    stocks: [
      'vinyl',
      'records lp',
      'turntable record player',
      'turntable accessory',
      'record cleaning kit',
    ],
  },
  {
    phrases: [
      'film camera',
      'vintage camera',
      'analog camera',
      'analog photography',
      'film photography',
    ],
    stocks: [
      'slr film camera',
      'rangefinder film camera',
      'compact film camera',
      'instant film camera',
      'medium format film camera',
      'camera film',
      'camera lens',
      'camera strap',
    ],
  },
  {
    phrases: ['camera', 'photography'],
    stocks: ['camera lens', 'camera bag', 'tripod', 'camera strap', 'lens filter', 'memory card'],
  },
  {
    phrases: ['aquarium', 'aquascaping', 'fish tank', 'fishkeeping', 'aquascape', 'planted tank'],
    stocks: [
      'aquarium',
      'aquarium filter',
      'aquarium substrate',
      'aquarium rock',
      'aquarium lighting',
      'aquarium temperature controller',
      'aquarium water treatment',
      'aquarium decor',
      'fish food',
      'aquarium plant',
    ],
  },
  {
    phrases: ['bird feeder', 'birdwatching', 'backyard birding', 'wild bird'],
    stocks: ['bird feeder', 'bird house', 'bird bath', 'suet cage', 'butterfly feeder'],
  },
  {
    phrases: ['dog grooming', 'pet grooming'],
    stocks: [
      'pet grooming brush',
      'pet shampoo conditioner',
      'pet hair clipper trimmer',
      'pet nail tool',
      'grooming wipe',
      'pet hair dryer',
    ],
  },
  {
    phrases: ['baby carrier', 'babywearing', 'baby wearing'],
    stocks: [
      'baby carrier',
      'baby wrap',
      'baby sling',
      'baby carrier cover',
      'baby carrier teething pad',
      'baby carrier hood',
    ],
  },
  {
    phrases: ['pottery', 'ceramics', 'pottery supply'],
    stocks: [
      'clay',
      'ceramic pottery glaze',
      'pottery slip',
      'sculpting clay',
      'pottery sculpting material',
    ],
  },
  {
    phrases: ['knitting', 'yarn', 'knitting yarn', 'crochet'],
    stocks: [
      'yarn',
      'knitting needle',
      'crochet hook',
      'knitting marker counter',
      'yarn bowl',
      'yarn bag',
      'yarn swift',
    ],
  },
  {
    phrases: ['sewing', 'quilting'],
    stocks: [
      'sewing thread',
      'hand sewing needle',
      'sewing machine',
      'fabric',
      'pin cushion',
      'sewing pattern',
      'thimble',
      'fabric scissors',
    ],
  },
  {
    phrases: ['calligraphy', 'hand lettering', 'lettering'],
    stocks: ['calligraphy ink', 'fountain pen', 'art ink', 'drawing painting paper', 'pen set'],
  },
  {
    phrases: ['woodworking', 'woodworking tool', 'carpentry'],
    stocks: ['chisel', 'plane', 'hand saw', 'clamp', 'sandpaper', 'mallet', 'router bit'],
  },
  {
    phrases: ['homebrewing', 'homebrew', 'home brewing', 'beer brewing'],
    stocks: [
      'beer brewing kit',
      'beer brewing grain malt',
      'homebrewing winemaking kit',
      'homebrewing winemaking supply',
      'beer glass',
    ],
  },
  {
    phrases: ['model train', 'model railway', 'model railroad'],
    stocks: [
      'model train set',
      'model train accessory',
      'steam locomotive',
      'diesel locomotive',
      'scale model',
    ],
  },
  {
    phrases: ['3d printer', '3d printing', '3d printing filament'],
    stocks: [
      'filament',
      '3d printer',
      '3d printer accessory',
      '3d printer cleaning kit',
      '3d printer carrying case',
    ],
  },
  {
    phrases: ['guitar', 'guitar accessory'],
    stocks: [
      'guitar strap',
      'guitar pick',
      'guitar string',
      'guitar stand',
      'guitar case gigbag',
      'capo',
      'electronic tuner',
      'guitar slide',
      'guitar strings winder',
    ],
  },
  {
    phrases: ['dj', 'dj equipment', 'dj gear'],
    stocks: [
      'midi controller',
      'dj headphone',
      'audio mixer',
      'dj cd player',
      'turntable record player',
      'dj system',
    ],
  },
  {
    phrases: ['telescope', 'astronomy', 'stargazing'],
    stocks: [
      'refractor telescope',
      'reflector telescope',
      'dobsonian telescope',
      'telescope accessory',
      'telescope bag',
      'binoculars',
      'star planet map',
    ],
  },
  {
    phrases: ['motorcycle gear', 'motorcycle', 'motorbike'],
    stocks: [
      'motorcycle helmet',
      'motorcycle glove',
      'motorcycle outerwear',
      'motorcycle protective gear',
    ],
  },
  {
    phrases: ['bbq', 'barbecue', 'grilling', 'grill', 'outdoor grill'],
    stocks: [
      'outdoor grill',
      'grill accessory',
      'outdoor grilling plank',
      'marinade grilling sauce',
      'food smoker',
      'outdoor grill cover',
    ],
  },
  {
    phrases: ['board game', 'tabletop game', 'tabletop gaming'],
    stocks: ['board game', 'card game', 'dice set', 'game timer', 'card game accessory', 'puzzle'],
  },
  {
    phrases: ['desk setup', 'home office', 'workspace', 'battlestation'],
    stocks: [
      'keyboard',
      'mouse pad',
      'monitor stand',
      'desk lamp',
      'cable management',
      'wrist rest',
      'desk organizer',
      'laptop stand',
    ],
  },
  {
    phrases: ['mechanical keyboard', 'keyboard'],
    stocks: [
      'keyboard',
      'keyboard keys cap',
      'keyboard mouse wrist rest',
      'mouse pad',
      'keyboard switch',
    ],
  },
  {
    phrases: ['home barista', 'barista', 'espresso'],
    stocks: [
      'espresso machine',
      'coffee grinder',
      'tamper',
      'milk jug',
      'frothing pitcher',
      'coffee scale',
      'kettle',
      'knock box',
      'portafilter',
    ],
  },
  {
    phrases: ['swimwear', 'swimsuit', 'bathing suit', 'swim'],
    stocks: [
      'one piece swimsuit',
      'bikini',
      'swim trunk',
      'rash guard',
      'cover up',
      'boardshort',
      'swim brief',
    ],
  },
  {
    phrases: ['trail running', 'running', 'runner', 'marathon'],
    stocks: [
      'running shoe',
      'hydration vest',
      'running sock',
      'running short',
      'running cap',
      'headlamp',
      'running jacket',
    ],
  },
  {
    phrases: ['ice hockey', 'hockey'],
    stocks: [
      'hockey stick',
      'hockey puck',
      'hockey glove',
      'hockey helmet',
      'hockey goal',
      'hockey stick tape',
    ],
  },
  {
    phrases: ['tabletop miniature', 'miniature', 'wargaming', 'warhammer'],
    stocks: [
      'scale model kit',
      'scale model accessory',
      'craft paint',
      'dice set game',
      'board game',
    ],
  },
  {
    phrases: ['jewelry making', 'beading'],
    stocks: ['bead', 'jewelry finding', 'jewelry making kit', 'beading jewelry making kit'],
  },
  {
    phrases: ['car detailing', 'auto detailing', 'car care'],
    stocks: ['car wax', 'car shampoo', 'car wash brush', 'polish', 'vehicle glass cleaner'],
  },
  {
    phrases: ['tea', 'loose leaf tea'],
    stocks: ['tea', 'teapot', 'tea strainer', 'tea cup'],
  },
];

/**
 * Words in a niche that set its tone rather than its products ("sustainable swimwear" sells
 * swimwear). They are left out of matching but kept for the brand's voice.
 */
export const nicheModifiers: ReadonlySet<string> = new Set([
  'luxury',
  'luxe',
  'premium',
  'designer',
  'couture',
  'sustainable',
  'eco',
  'ethical',
  'organic',
  'natural',
  'artisanal',
  'artisan',
  'handmade',
  'handcrafted',
  'independent',
  'indie',
  'local',
  'vintage',
  'retro',
  'fun',
  'quirky',
  'cute',
  'colorful',
  'novelty',
  'performance',
  'pro',
  'professional',
  'engineered',
  'technical',
  'minimal',
  'minimalist',
  'scandinavian',
  'nordic',
  'japandi',
  'simple',
  'bold',
  'loud',
  'edgy',
  'modern',
  'affordable',
  'cheap',
  'best',
  'quality',
  'specialty',
  'boutique',
  'curated',
  'ethically',
  'sourced',
  'recycled',
  'upcycled',
  'vegan',
  'scented',
  'unscented',
  'hand-poured',
  'poured',
]);

/**
 * Words that name an activity done to the noun before them ("cheese making", "knife sharpening"):
 * they count when matching, but the niche is about the noun, so they are never its head.
 */
export const nicheActivityWords: ReadonlySet<string> = new Set(['making', 'sharpening', 'repair']);

/** Words that say "things for" rather than which things: they never decide a match alone. */
export const nicheGenericWords: ReadonlySet<string> = new Set([
  'gear',
  'wear',
  'equipment',
  'supply',
  'accessory',
  'essential',
  'good',
  'product',
  'stuff',
  'thing',
  'item',
  'brand',
  'collection',
  'range',
  'kit',
  'tool',
  'part',
  'component',
  'shop',
  'store',
  'gift',
]);
