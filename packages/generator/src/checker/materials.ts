import { colourTable } from '../knowledge/colours.ts';
import { memoize } from './memoize.ts';

/**
 * The materials vocabulary: what a listing can be made of, grouped in families. Built from the
 * knowledge base's material and spec values (materials.test.ts checks that it recognises them)
 * and a curated list of fabrics, stones, woods and botanicals real shops name.
 */
export type MaterialFamily =
  | 'fibre'
  | 'weave'
  | 'leather'
  | 'wood'
  | 'plant-fibre'
  | 'cork'
  | 'metal'
  | 'ceramic'
  | 'glass'
  | 'stone'
  | 'polymer'
  | 'paper'
  | 'wax'
  | 'botanical'
  | 'tea'
  | 'active'
  | 'fill'
  /** Phrases read only so their words are not taken for a material (`quartz movement`). */
  | 'not-a-material';

export interface MaterialTerm {
  /** Stable id; names with the same id are the same material (`viscose`, `rayon`). */
  id: string;
  family: MaterialFamily;
  /** Lower case, as written in listings; the longest name wins where names overlap. */
  names: readonly string[];
  /** Narrower materials that satisfy this one: `wool` is satisfied by `merino`. */
  covers?: readonly string[];
  /** A family-wide word (`wood`, `metal`): any material of the family satisfies it. */
  generic?: boolean;
}

type Entry = readonly [id: string, names: string, extra?: Pick<MaterialTerm, 'covers' | 'generic'>];

const families: Readonly<Record<MaterialFamily, readonly Entry[]>> = {
  fibre: [
    [
      'cotton',
      'cotton|organic cotton|pima cotton|supima cotton|supima|egyptian cotton|turkish cotton',
    ],
    ['linen', 'linen|flax|european linen|belgian linen|french linen'],
    ['hemp', 'hemp'],
    ['ramie', 'ramie'],
    [
      'wool',
      'wool|lambswool|lamb’s wool|shetland wool|virgin wool|boiled wool',
      { covers: ['merino'] },
    ],
    ['merino', 'merino|merino wool'],
    ['cashmere', 'cashmere'],
    ['alpaca', 'alpaca|baby alpaca'],
    ['mohair', 'mohair'],
    ['angora', 'angora'],
    ['camel-hair', 'camel hair'],
    ['yak', 'yak wool|yak down'],
    ['silk', 'silk|mulberry silk|peace silk'],
    ['nylon', 'nylon|polyamide|econyl|perlon|ballistic nylon'],
    ['polyester', 'polyester|recycled pet|rpet', { covers: ['microfibre'] }],
    ['microfibre', 'microfibre|microfiber|microsuede'],
    ['aramid', 'aramid|aramid fibre|kevlar'],
    ['horsehair', 'horsehair|horse hair'],
    ['viscose', 'viscose|rayon', { covers: ['bamboo-viscose', 'modal', 'lyocell'] }],
    [
      'bamboo-viscose',
      'bamboo viscose|bamboo rayon|bamboo lyocell|bamboo fabric|bamboo jersey|bamboo terry|bamboo muslin',
    ],
    ['modal', 'modal|micromodal'],
    ['lyocell', 'lyocell|tencel'],
    ['cupro', 'cupro'],
    ['elastane', 'elastane|spandex|lycra'],
    ['acrylic-yarn', 'acrylic yarn'],
    ['fabric', 'fabric|textile', { generic: true }],
  ],
  weave: [
    ['twill', 'twill'],
    ['jersey', 'jersey'],
    ['terry', 'terry|french terry|terry cloth|terrycloth'],
    ['gauze', 'gauze|double gauze'],
    ['muslin', 'muslin'],
    ['poplin', 'poplin'],
    ['percale', 'percale'],
    ['sateen', 'sateen'],
    ['satin', 'satin'],
    ['flannel', 'flannel'],
    ['fleece', 'fleece|sherpa|sherpa fleece|polar fleece'],
    ['knit', 'knit|chunky knit|cable knit'],
    ['crochet', 'crochet'],
    ['waffle', 'waffle'],
    ['oxford', 'oxford cloth'],
    ['chambray', 'chambray'],
    ['denim', 'denim|selvedge denim'],
    ['canvas', 'canvas', { covers: ['duck'] }],
    ['duck', 'cotton duck|duck canvas'],
    ['ripstop', 'ripstop'],
    ['corduroy', 'corduroy'],
    ['velvet', 'velvet'],
    ['boucle', 'boucle|bouclé'],
    ['seersucker', 'seersucker'],
    ['voile', 'voile'],
    ['crepe', 'crepe|crêpe'],
    ['chiffon', 'chiffon'],
    ['tweed', 'tweed'],
    ['bookcloth', 'bookcloth'],
    ['felt', 'felt'],
    ['moleskin', 'moleskin'],
    ['mesh', 'mesh'],
  ],
  leather: [
    [
      'leather',
      'leather|full-grain leather|top-grain leather|genuine leather|calfskin|calf leather|cowhide|bridle leather|saddle leather|lambskin|goatskin|vegetable-tanned leather|veg-tan leather',
      { covers: ['suede', 'nubuck'] },
    ],
    ['suede', 'suede'],
    ['nubuck', 'nubuck'],
    ['sheepskin', 'sheepskin|shearling'],
    [
      'vegan-leather',
      'vegan leather|faux leather|pu leather|plant-based leather|apple leather|cactus leather|protein leather|pleather|leatherette',
    ],
    ['faux-fur', 'faux fur'],
  ],
  wood: [
    ['wood', 'wood|wooden|timber|hardwood|solid wood', { generic: true }],
    ['oak', 'oak|white oak|european oak|red oak|solid oak'],
    ['walnut', 'walnut|black walnut|american walnut|solid walnut|walnut veneer'],
    ['teak', 'teak'],
    ['beech', 'beech|beechwood|beech wood'],
    ['birch', 'birch|birch plywood'],
    ['maple', 'maple|hard maple'],
    ['ash', 'ash wood|ashwood|white ash'],
    ['acacia', 'acacia|acacia wood'],
    ['mango-wood', 'mango wood'],
    ['olive-wood', 'olive wood|olivewood'],
    ['cherry-wood', 'cherry wood|cherrywood'],
    ['pine', 'pine|pinewood'],
    ['cedar', 'cedar|cedarwood|incense cedar'],
    ['elm', 'elm|reclaimed elm'],
    ['bamboo', 'bamboo|moso bamboo', { covers: ['bamboo-viscose'] }],
    ['pakkawood', 'pakkawood'],
    ['rosewood', 'rosewood'],
    ['mahogany', 'mahogany'],
    ['ebony', 'ebony wood'],
    ['hickory', 'hickory'],
    ['alder', 'alder'],
    ['paulownia', 'paulownia'],
    ['plywood', 'plywood'],
    ['mdf', 'mdf'],
    ['driftwood', 'driftwood'],
    ['banana-wood', 'banana wood'],
    ['sheesham', 'sheesham'],
    ['aspen', 'aspen'],
  ],
  'plant-fibre': [
    ['rattan', 'rattan'],
    ['wicker', 'wicker'],
    ['cane', 'cane webbing|natural cane|rattan cane'],
    ['jute', 'jute'],
    ['sisal', 'sisal'],
    ['seagrass', 'seagrass'],
    ['water-hyacinth', 'water hyacinth'],
    ['raffia', 'raffia'],
    ['straw', 'straw|toquilla straw|paper straw'],
    ['palm-leaf', 'palm leaf'],
    ['coir', 'coir|coco coir'],
    ['loofah', 'loofah'],
  ],
  cork: [['cork', 'cork|natural cork']],
  metal: [
    ['metal', 'metal|metallic', { generic: true }],
    [
      'steel',
      'steel|stainless steel|stainless|carbon steel|damascus steel|surgical steel',
      { covers: ['stainless-steel'] },
    ],
    [
      'cast-iron',
      'cast iron|enameled cast iron|enamelled cast iron|wrought iron|powder-coated iron',
    ],
    [
      'enamel',
      'enamel|enamelled|enameled|enamelware|vitreous enamel|enamelled steel|enameled steel',
    ],
    ['aluminium', 'aluminium|aluminum|anodised aluminium|anodized aluminum'],
    ['titanium', 'titanium'],
    ['brass', 'brass|solid brass'],
    ['bronze', 'bronze'],
    ['copper', 'copper'],
    ['copper-alloy', 'copper alloy', { covers: ['bronze', 'brass', 'copper'] }],
    ['silver', 'silver|sterling silver|925 silver|sterling', { covers: ['vermeil'] }],
    [
      'gold',
      'gold|solid gold|14k gold|18k gold|9k gold|gold plated|gold plating|gold filled',
      { covers: ['vermeil'] },
    ],
    ['rose-gold', 'rose gold'],
    ['vermeil', 'vermeil|gold vermeil|14k gold vermeil'],
    ['platinum', 'platinum'],
    ['pewter', 'pewter'],
    ['zinc-alloy', 'zinc alloy'],
    ['chrome', 'chrome'],
  ],
  ceramic: [
    ['ceramic', 'ceramic|ceramics', { generic: true }],
    ['stoneware', 'stoneware'],
    ['porcelain', 'porcelain'],
    ['earthenware', 'earthenware'],
    ['terracotta', 'terracotta|terra cotta'],
    ['bone-china', 'bone china|fine china'],
  ],
  glass: [
    ['glass', 'glass|glassware', { generic: true }],
    ['borosilicate', 'borosilicate|borosilicate glass'],
    ['crystal', 'crystal|lead-free crystal|lead crystal'],
    ['soda-lime', 'soda-lime glass'],
    ['sapphire-crystal', 'sapphire crystal'],
    ['mineral-crystal', 'mineral crystal|mineral glass'],
    ['amber-glass', 'amber glass'],
    ['opal-glass', 'opal glass'],
  ],
  stone: [
    ['stone', 'stone|natural stone', { generic: true }],
    ['gemstone', 'gemstone|gemstones|gem', { generic: true }],
    ['marble', 'marble'],
    ['granite', 'granite'],
    ['slate', 'slate'],
    ['travertine', 'travertine'],
    ['terrazzo', 'terrazzo'],
    ['concrete', 'concrete|cement|fibre-reinforced cement|fiber cement'],
    ['soapstone', 'soapstone'],
    ['quartz', 'quartz|clear quartz', { covers: ['rose-quartz', 'smoky-quartz'] }],
    ['rose-quartz', 'rose quartz'],
    ['smoky-quartz', 'smoky quartz'],
    ['jade', 'jade|nephrite jade|jadeite'],
    ['amethyst', 'amethyst'],
    ['obsidian', 'obsidian'],
    ['agate', 'agate'],
    ['tigers-eye', 'tiger’s eye|tigers eye'],
    ['lapis', 'lapis lazuli|lapis'],
    ['moonstone', 'moonstone'],
    ['labradorite', 'labradorite'],
    ['aventurine', 'aventurine'],
    ['citrine', 'citrine'],
    ['garnet', 'garnet'],
    ['malachite', 'malachite'],
    ['graphite', 'graphite'],
    ['pumice', 'pumice'],
    ['perlite', 'perlite'],
    ['diatomite', 'diatomite|diatomaceous earth'],
    ['turquoise', 'turquoise'],
    ['bian-stone', 'bian stone'],
    ['onyx', 'onyx'],
    ['pearl', 'pearl|pearls|freshwater pearl|freshwater pearls|mother of pearl'],
    ['diamond', 'diamond|diamonds|lab-grown diamond'],
    ['sapphire', 'sapphire'],
    ['ruby', 'ruby'],
    ['emerald', 'emerald'],
    ['topaz', 'topaz'],
    ['opal', 'opal'],
    ['amber', 'amber'],
    ['cubic-zirconia', 'cubic zirconia|cz'],
    ['moissanite', 'moissanite'],
  ],
  polymer: [
    [
      'plastic',
      'plastic|plastics',
      { generic: true, covers: ['polyester', 'nylon', 'acrylic-yarn', 'microfibre'] },
    ],
    ['silicone', 'silicone|food-grade silicone|platinum silicone|liquid silicone'],
    ['rubber', 'rubber|natural rubber'],
    ['latex', 'latex|natural latex'],
    ['polypropylene', 'polypropylene'],
    ['polyethylene', 'polyethylene'],
    ['polycarbonate', 'polycarbonate'],
    ['acrylic', 'acrylic|acrylic resin'],
    ['resin', 'resin|resins|epoxy'],
    ['ptfe', 'ptfe|teflon'],
    ['pvc', 'pvc'],
    ['polyurethane', 'polyurethane|pu'],
    ['tpu', 'tpu'],
    ['tpe', 'tpe|thermoplastic elastomer'],
    ['eva', 'eva|eva foam'],
    ['neoprene', 'neoprene'],
    ['pla', 'pla'],
    ['abs', 'abs'],
    ['melamine', 'melamine'],
    ['biothane', 'biothane'],
    ['acetate', 'acetate|cellulose acetate|bio-acetate'],
    ['foam', 'foam|memory foam'],
  ],
  paper: [
    ['paper', 'paper|cotton paper|rice paper|recycled paper', { generic: true }],
    ['cardboard', 'cardboard|paperboard|greyboard|card stock|cardstock'],
    ['kraft', 'kraft|kraft paper'],
  ],
  wax: [
    ['wax', 'wax', { generic: true }],
    ['soy-wax', 'soy wax|soy'],
    ['beeswax', 'beeswax|bees wax'],
    ['coconut-wax', 'coconut wax'],
    ['rapeseed-wax', 'rapeseed wax'],
    ['paraffin', 'paraffin|paraffin wax'],
    ['candelilla', 'candelilla|candelilla wax'],
    ['carnauba', 'carnauba|carnauba wax'],
  ],
  botanical: [
    ['lavender', 'lavender|dried lavender|lavender buds'],
    ['peppermint', 'peppermint|peppermint leaves'],
    ['spearmint', 'spearmint'],
    ['mint', 'mint'],
    ['chamomile', 'chamomile|camomile'],
    ['rooibos', 'rooibos|red bush|redbush'],
    ['honeybush', 'honeybush'],
    ['hibiscus', 'hibiscus'],
    ['lemongrass', 'lemongrass'],
    ['lemon-verbena', 'lemon verbena'],
    ['lemon-balm', 'lemon balm'],
    ['ginger', 'ginger|ginger root'],
    ['turmeric', 'turmeric'],
    ['eucalyptus', 'eucalyptus'],
    ['pampas-grass', 'pampas grass|pampas'],
    ['bunny-tails', 'bunny tails|bunny tail|lagurus'],
    ['wheat', 'wheat|dried wheat'],
    ['cotton-stems', 'cotton stems'],
    ['rose', 'rose|roses|rose petals|rosebuds'],
    ['jasmine', 'jasmine'],
    ['bergamot', 'bergamot'],
    ['sage', 'sage|white sage'],
    ['rosemary', 'rosemary'],
    ['thyme', 'thyme'],
    ['cinnamon', 'cinnamon'],
    ['cardamom', 'cardamom'],
    ['vanilla', 'vanilla'],
    ['hops', 'hops'],
    ['nettle', 'nettle'],
    ['elderflower', 'elderflower'],
    ['yerba-mate', 'yerba mate|yerba maté'],
    ['tulsi', 'tulsi|holy basil'],
    ['moringa', 'moringa'],
    ['cornflower', 'cornflower'],
    ['calendula', 'calendula'],
    ['echinacea', 'echinacea'],
    ['liquorice', 'liquorice|licorice'],
    ['fennel', 'fennel'],
    ['orange-blossom', 'orange blossom'],
    ['catnip', 'catnip'],
    ['silvervine', 'silvervine'],
    ['gypsophila', 'gypsophila|baby’s breath'],
    ['statice', 'statice|limonium'],
    ['ruscus', 'ruscus'],
    ['palm-spear', 'palm spear|palm spears'],
    ['lunaria', 'lunaria'],
    ['strawflower', 'strawflower|strawflowers'],
  ],
  tea: [
    ['tea', 'tea|tea leaves|camellia sinensis|whole leaf tea', { generic: true }],
    [
      'green-tea',
      'green tea',
      {
        covers: [
          'matcha',
          'sencha',
          'gyokuro',
          'tencha',
          'hojicha',
          'genmaicha',
          'bancha',
          'kukicha',
          'dragonwell',
        ],
      },
    ],
    [
      'black-tea',
      'black tea',
      {
        covers: [
          'assam',
          'darjeeling',
          'earl-grey',
          'english-breakfast',
          'lapsang',
          'keemun',
          'ceylon',
        ],
      },
    ],
    ['white-tea', 'white tea|silver needle|white peony'],
    ['oolong', 'oolong'],
    ['pu-erh', 'pu-erh|puerh'],
    ['matcha', 'matcha', { covers: ['tencha'] }],
    ['sencha', 'sencha'],
    ['gyokuro', 'gyokuro'],
    ['tencha', 'tencha|tencha leaves'],
    ['hojicha', 'hojicha|houjicha'],
    ['genmaicha', 'genmaicha'],
    ['bancha', 'bancha'],
    ['kukicha', 'kukicha'],
    ['dragonwell', 'dragonwell|longjing'],
    ['assam', 'assam'],
    ['darjeeling', 'darjeeling'],
    ['earl-grey', 'earl grey', { covers: ['bergamot', 'black-tea'] }],
    ['english-breakfast', 'english breakfast'],
    ['lapsang', 'lapsang souchong|lapsang'],
    ['keemun', 'keemun'],
    ['chai', 'chai|masala chai', { covers: ['black-tea', 'cardamom', 'cinnamon', 'ginger'] }],
  ],
  active: [
    ['niacinamide', 'niacinamide|vitamin b3'],
    ['retinol', 'retinol|retinal|retinoid|retinyl palmitate'],
    ['bakuchiol', 'bakuchiol'],
    [
      'vitamin-c',
      'vitamin c|ascorbic acid|l-ascorbic acid|sodium ascorbyl phosphate|ascorbyl glucoside|ethyl ascorbic acid|tetrahexyldecyl ascorbate',
    ],
    ['hyaluronic-acid', 'hyaluronic acid|sodium hyaluronate|hyaluronan|hyaluronic'],
    ['salicylic-acid', 'salicylic acid|bha'],
    ['glycolic-acid', 'glycolic acid'],
    ['lactic-acid', 'lactic acid'],
    ['mandelic-acid', 'mandelic acid'],
    ['azelaic-acid', 'azelaic acid'],
    ['ceramides', 'ceramide|ceramides|ceramide np'],
    ['peptides', 'peptide|peptides|tripeptide|tetrapeptide|copper peptide|copper peptides'],
    ['squalane', 'squalane'],
    ['centella', 'centella|centella asiatica|cica'],
    ['snail-mucin', 'snail mucin'],
    ['zinc-oxide', 'zinc oxide|non-nano zinc oxide'],
    ['titanium-dioxide', 'titanium dioxide'],
    ['caffeine', 'caffeine'],
    ['vitamin-e', 'vitamin e|tocopherol|tocopherols'],
    ['vitamin-k', 'vitamin k|vitamin k2|menaquinone|menaquinone-7'],
    ['vitamin-d', 'vitamin d|vitamin d3|cholecalciferol'],
    ['vitamin-b12', 'vitamin b12|b12|methylcobalamin|cobalamin'],
    ['vitamin-b6', 'vitamin b6'],
    ['magnesium', 'magnesium|magnesium glycinate|magnesium bisglycinate|magnesium citrate'],
    ['zinc', 'zinc|zinc picolinate', { covers: ['zinc-oxide'] }],
    ['collagen', 'collagen|collagen peptides|marine collagen'],
    ['creatine', 'creatine|creatine monohydrate|creapure'],
    ['ashwagandha', 'ashwagandha|ksm-66'],
    ['lions-mane', 'lion’s mane|lions mane'],
    ['reishi', 'reishi'],
    ['spirulina', 'spirulina'],
    ['chlorella', 'chlorella'],
    ['probiotic', 'probiotic|probiotics|lactobacillus|bifidobacterium'],
    ['omega-3', 'omega-3|fish oil|algal oil|krill oil|epa and dha|epa + dha'],
    ['whey', 'whey|whey protein'],
    ['pea-protein', 'pea protein'],
    ['lanolin', 'lanolin'],
    ['mica', 'mica'],
    ['honey', 'honey|manuka honey|raw honey'],
    ['clay', 'clay|kaolin|kaolin clay|bentonite|bentonite clay'],
    ['charcoal', 'charcoal|activated charcoal'],
    ['aloe', 'aloe|aloe vera'],
    ['shea', 'shea|shea butter'],
    ['cocoa-butter', 'cocoa butter'],
    ['jojoba', 'jojoba|jojoba oil'],
    ['argan', 'argan|argan oil'],
    ['rosehip', 'rosehip|rosehip oil|rosehip seed oil'],
    ['urea', 'urea'],
    ['panthenol', 'panthenol|vitamin b5|pro-vitamin b5'],
    ['tranexamic-acid', 'tranexamic acid'],
    ['arbutin', 'arbutin|alpha arbutin'],
  ],
  fill: [
    ['down', 'down|goose down|duck down'],
    ['feather', 'feather|feathers'],
    ['down-alternative', 'down alternative'],
    ['kapok', 'kapok'],
    ['buckwheat-hulls', 'buckwheat hulls|buckwheat'],
  ],
  'not-a-material': [
    [
      '-',
      'quartz movement|quartz watch|quartz watches|quartz chronograph|solar quartz|marble run|marble runs|marble track|glass marbles|marbles|meca-quartz|quartz crystal|flat iron|steam iron|iron oxide|iron oxides|stone-ground|stonewashed|stone-washed|stone fruit|sea glass|glass lens|glass lenses|tin foil|gold foil|silver lining|cotton candy|rose water|rosewater|copper pot still|wool wash|leather care|leather conditioner|cork backing|rubber band|rubber bands|silver needle tea',
    ],
  ],
};

export const materialTerms: readonly MaterialTerm[] = Object.entries(families).flatMap(
  ([family, entries]) =>
    entries.map(([id, names, extra]) => ({
      id,
      family: family as MaterialFamily,
      names: names.split('|'),
      ...extra,
    })),
);

export interface MaterialMention {
  term: MaterialTerm;
  /** The words as written. */
  text: string;
  /** Index of the mention in the text it was found in. */
  index: number;
  /** Also a colour name (`Slate`, `Gold`, `Walnut`), so it may name a colour, not a material. */
  colourWord: boolean;
  /** The word after the mention, lower case (`strap` in "Leather Strap"), or ''. */
  next: string;
}

/** Names as word sequences: hyphens and spaces alike, curly apostrophes straight. */
const key = (words: string) =>
  words
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

const byName = new Map<string, MaterialTerm>();
for (const term of materialTerms) for (const name of term.names) byName.set(key(name), term);
const longestName = Math.max(...[...byName.keys()].map((k) => k.split(' ').length));
const colourWords = new Set(Object.keys(colourTable).map((c) => key(c)));

/** A material word that is not a material claim: "gold-tone", "BPA-free", "leather-look". */
const NOT_A_CLAIM_NEXT = new Set([
  'tone',
  'toned',
  'coloured',
  'colored',
  'colour',
  'color',
  'effect',
  'look',
  'style',
  'free',
  'scented',
  'scent',
  'infused',
  'flavoured',
  'flavored',
  'print',
  'printed',
  'pattern',
  'patterned',
  'inspired',
  'shaped',
  'alternative',
  'replacement',
]);
const NOT_A_CLAIM_BEFORE = new Set(['faux', 'non', 'no', 'without', 'not', 'imitation']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const JOINER = /^[\s-]*$/;

/**
 * The material words in `text`, the longest name first, skipping look-alikes ("gold-tone",
 * "plastic-free", "faux leather" is its own material). Word lookups, not one large regex: fast.
 */
export const findMaterials: (text: string) => readonly MaterialMention[] = memoize(readMaterials);

function readMaterials(text: string): MaterialMention[] {
  const words: { text: string; lower: string; index: number; joined: boolean }[] = [];
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    // Joined to the word before by a space or hyphen, not by punctuation ("Polypropylene, free").
    const joined = JOINER.test(text.slice(end, m.index));
    words.push({
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      index: m.index,
      joined,
    });
    end = m.index + m[0].length;
  }
  const found: MaterialMention[] = [];
  for (let i = 0; i < words.length; i++) {
    // A name never spans punctuation: "oak, walnut" is two names.
    let span = 1;
    while (span < longestName && words[i + span]?.joined) span++;
    for (let n = span; n >= 1; n--) {
      let name = words[i]?.lower ?? '';
      for (let k = 1; k < n; k++) name += ` ${words[i + k]?.lower ?? ''}`;
      const term = byName.get(name);
      if (!term) continue;
      const first = words[i];
      const last = words[i + n - 1];
      const after = words[i + n];
      const next = after?.joined ? after.lower : '';
      const before = first?.joined ? (words[i - 1]?.lower ?? '') : '';
      if (first && last && term.family !== 'not-a-material') {
        const free = before === 'from' && words[i - 2]?.lower === 'free';
        if (!NOT_A_CLAIM_NEXT.has(next) && !NOT_A_CLAIM_BEFORE.has(before) && !free) {
          found.push({
            term,
            text: text.slice(first.index, last.index + last.text.length),
            index: first.index,
            colourWord: colourWords.has(name),
            next,
          });
        }
      }
      i += n - 1;
      break;
    }
  }
  return found;
}

/** Whether `stated` (a spec row's material) satisfies `named` (a title's): same, broader or narrower. */
export function satisfies(stated: MaterialTerm, named: MaterialTerm): boolean {
  if (stated.id === named.id) return true;
  if (named.covers?.includes(stated.id) || stated.covers?.includes(named.id)) return true;
  return stated.family === named.family && (named.generic === true || stated.generic === true);
}
