import {
  findMaterials,
  satisfies,
  type MaterialFamily,
  type MaterialMention,
} from '../materials.ts';
import { COMPONENT_WORDS, familiesIgnoredFor } from '../product-kinds.ts';
import { quote } from '../read-listing.ts';
import type { RuleContext } from '../rule-context.ts';

/** Rows that say what the product is made of. */
export const MATERIAL_LABELS = new Set([
  'material',
  'materials',
  'fabric',
  'face fabric',
  'fabrication',
  'composition',
  'made from',
  'made of',
  'body',
  'shell',
  'outer',
  'upper',
  'stone',
  'gemstone',
  'metal',
  'wood',
  'fibre',
  'fiber',
  'yarn',
  'wax',
  'base',
  'case material',
  'frame material',
  'ingredients',
  'main ingredients',
  'key ingredients',
  'key ingredient',
  'key active',
  'active',
  'actives',
  'botanicals',
  'blend',
  'leaf',
  'tea',
  'stems',
  'stem',
]);

/** Options whose values are materials: each variant is made of its value. */
const MATERIAL_OPTIONS = new Set([
  'material',
  'materials',
  'metal',
  'stone',
  'wood',
  'fabric',
  'leather',
]);

/**
 * Families a product's body is made of: where the title names one and the specs name another,
 * the listing contradicts itself even if the two families differ (nylon against leather).
 */
const BODY_FAMILIES = new Set<MaterialFamily>([
  'fibre',
  'leather',
  'wood',
  'plant-fibre',
  'cork',
  'metal',
  'ceramic',
  'glass',
  'stone',
  'polymer',
  'paper',
  'wax',
]);

/**
 * Material words that are also common product and model names ("Alder Backpack", "Driftwood
 * Sleeping Pad"): in a title they count only against a material of their own family.
 */
const NAME_LIKE = new Set([
  'alder',
  'aspen',
  'hickory',
  'elm',
  'cedar',
  'ash',
  'birch',
  'maple',
  'driftwood',
  'jade',
  'amber',
  'ruby',
  'pearl',
  'opal',
  'sage',
  'rose',
  'jasmine',
  'ginger',
  'garnet',
  'onyx',
  'emerald',
  'sapphire',
  'crystal',
  'diamond',
  'stone',
  'gem',
  'down',
  'feather',
  'felt',
  'mesh',
  'canvas',
]);

/** The last word of a material row that makes it a part, not the product's body. */
const PART_HEADS = new Set(
  (
    'bag bags pouch pouches box boxes tin tins jar jars lid lids strap straps cord cords thread ' +
    'threads stand lens lenses housing housings stopper stoppers adhesive foil panel panels ' +
    'handle handles hardware zip zips zipper buckle buckles lining liner pad pads cushion ' +
    'cushions tip tips pin pins spring knob knobs hook hooks markers insert inserts eraser ' +
    'bookmark bookmarks ribbon tassel envelope envelopes wick wicks seal valve coil cells ' +
    'prongs drivers radiator grille backing coating plating finish glaze paint paints ink inks ' +
    'varnish fill filling trim piping binding endpapers cover covers sleeve mount mounts ' +
    'carabiners poles pegs straps webbing sole outsole midsole footbed topsheet card cards'
  ).split(' '),
);

function namesAPart(value: string): boolean {
  // "Cast iron with enamel lining" is cast iron: the part comes after "with".
  const last =
    (value.split(/\s+with\s+/i)[0] ?? value)
      .toLowerCase()
      .replace(/[^\p{L}\s-]+/gu, ' ')
      .trim()
      .split(/[\s-]+/)
      .pop() ?? '';
  return PART_HEADS.has(last);
}

/** `made from organic cotton`, `finished by hand in walnut`, `at its heart is rooibos`. */
const CLAIMS = [
  /\b(?:made|crafted|built|woven|knit(?:ted)?|sewn|cut|carved|turned|cast|forged|blown|thrown|spun|moulded|molded|formed|finished by hand)\s+(?:(?:it|them|this|each one|every piece)\s+)?(?:by hand\s+|entirely\s+|only\s+)?(?:from|of|in|out of)\s+([^.;:!?]{1,80})/gi,
  /\bat its heart (?:is|are)\s+([^.;:!?]{1,80})/gi,
];
/** A sentence that opens with a material doing something: "Full-grain leather develops a patina". */
const MATERIAL_SUBJECT =
  /^(?:(?:the|its|soft|supple|solid|genuine|real|pure)\s+)?((?:[\p{L}-]+\s)?[\p{L}-]+)\s+(?:softens|darkens|ages|develops|wears in|breathes|resists|will (?:soften|darken|age|patina|develop))\b/iu;
const CARE_OBJECT =
  /\b(?:condition|re-?oil|oil|re-?wax|wax|polish|season|re-?season|re-?proof|feed)\s+the\s+((?:[\p{L}-]+\s){0,2}?[\p{L}-]+)(?=\s+(?:with|every|once|twice|after|before|when|regularly|occasionally|now)\b|[.,;]|$)/giu;
const CLAIM_END =
  /,|\s(?:with|for|to|because|so|that|which|by|at|in|on|using|until|and finished|selected|sourced|chosen)\s/i;

interface Statement {
  mention: MaterialMention;
  /** `Material row says "Full-grain leather"` */
  where: string;
}

interface Named {
  mention: MaterialMention;
  /** A strong mention counts against any material the specs name, not only its own family. */
  strong: boolean;
}

export function checkMaterials(ctx: RuleContext): void {
  const listing = ctx.listing;
  if (ctx.is('titleIsAName')) return;
  const botanical = ctx.is('botanical');
  const ignored = new Set<MaterialFamily>();
  for (const { kind, families } of familiesIgnoredFor)
    if (ctx.is(kind)) for (const f of families) ignored.add(f);
  if (botanical) {
    ignored.delete('botanical');
    ignored.delete('tea');
  }
  const isBody = (f: MaterialFamily) =>
    BODY_FAMILIES.has(f) || (botanical && (f === 'botanical' || f === 'tea'));
  const usable = (m: MaterialMention) =>
    !ignored.has(m.term.family) && !COMPONENT_WORDS.has(m.next);
  const mentionsIn = (text: string) => findMaterials(text).filter(usable);

  const rows = listing.specs.filter((r) => MATERIAL_LABELS.has(r.key));
  // A row naming a part ("Cotton storage bag", "Mineral glass lenses") says what the part is made
  // of, not the product: like a plating ("brass-plated steel"), it supports a title, never contradicts it.
  const bodyRows = rows.filter((r) => !namesAPart(r.value));
  const stated: Statement[] = bodyRows.flatMap((r) =>
    mentionsIn(r.value).map((mention) => ({
      mention,
      where: `${r.label} row says ${quote(r.value)}`,
    })),
  );
  const parts = rows.flatMap((r) =>
    findMaterials(r.value).filter(
      (m) => !ignored.has(m.term.family) && (COMPONENT_WORDS.has(m.next) || namesAPart(r.value)),
    ),
  );
  const optionValues = listing.options
    .filter((o) => MATERIAL_OPTIONS.has(o.key))
    .flatMap((o) =>
      o.values.map((value) => ({ option: o.name, value, mentions: mentionsIn(value) })),
    );
  const supported = [...optionValues.flatMap((o) => o.mentions), ...parts];

  const titleText = `${listing.title} · ${listing.productType}`;
  // The product's own noun is not its material: a cycling "Jersey", a wine "Glass".
  const noun = listing.productType.toLowerCase().split(/\s+/).pop() ?? '';
  const isNoun = (m: MaterialMention) => {
    const t = m.text.toLowerCase();
    return t === noun || `${t}s` === noun || t === `${noun}s`;
  };
  const strength = (mention: MaterialMention): Named => ({
    mention,
    strong:
      isBody(mention.term.family) &&
      !mention.colourWord &&
      !NAME_LIKE.has(mention.text.toLowerCase()),
  });
  const named = mentionsIn(titleText)
    .filter((m) => !isNoun(m))
    .map(strength);
  // What the copy says it is made of: "made from stainless steel", "at its heart is rooibos".
  const claims = copyClaims(listing.sentences)
    .filter(({ phrase }) => !namesAPart(phrase))
    .map(({ sentence, phrase }) => ({ sentence, mentions: mentionsIn(phrase) }))
    .filter((c) => c.mentions.length > 0);

  if (named.length > 0) ctx.applies('material-mismatch');
  if (stated.length > 0) {
    compare(ctx, 'title', named, stated, supported, isBody);
    for (const claim of claims)
      compare(ctx, 'the description', claim.mentions.map(strength), stated, supported, isBody);
  } else {
    // No material row: the copy is what states the material.
    const copy = claims.flatMap((c) =>
      c.mentions.map((mention) => ({
        mention,
        where: `the description says ${quote(c.sentence, 80)}`,
      })),
    );
    compare(ctx, 'title', named, copy, supported, isBody);
  }
  checkMaterialOptions(ctx, ctx.is('jewellery'), named, optionValues, isBody);
}

/** `title says "Nylon" but Material row says "Full-grain leather"` */
function compare(
  ctx: RuleContext,
  source: string,
  named: readonly Named[],
  stated: readonly Statement[],
  supported: readonly MaterialMention[],
  isBody: (f: MaterialFamily) => boolean,
): void {
  if (named.length === 0 || stated.length === 0) return;
  const satisfied = (n: Named) =>
    stated.some((s) => satisfies(s.mention.term, n.mention.term)) ||
    supported.some((m) => satisfies(m.term, n.mention.term));
  let reported = false;
  const families = new Set(named.map((n) => n.mention.term.family));
  for (const family of families) {
    const inFamily = named.filter((n) => n.mention.term.family === family);
    if (inFamily.some(satisfied)) continue;
    const other = stated.find((s) => s.mention.term.family === family && !s.mention.term.generic);
    const first = inFamily[0];
    if (other && first) {
      ctx.error(
        'material-mismatch',
        `material: ${source} says ${quote(first.mention.text)} but ${other.where}`,
      );
      reported = true;
    }
  }
  if (reported) return;
  const strong = named.filter((n) => n.strong);
  const first = strong[0];
  if (!first || named.some(satisfied)) return;
  const body = stated.find((s) => isBody(s.mention.term.family));
  if (!body) return;
  // A stone set in metal: the spec naming only the metal does not contradict the stone.
  const accent =
    ctx.is('jewellery') &&
    strong.every((n) => n.mention.term.family === 'stone') &&
    stated.some((s) => s.mention.term.family === 'metal');
  if (accent) return;
  ctx.error(
    'material-mismatch',
    `material: ${source} says ${quote(first.mention.text)} but ${body.where}`,
  );
}

/** A stone set in metal, or metal around a stone: one does not contradict the other. */
function isAccent(a: MaterialMention, b: MaterialMention): boolean {
  const families = new Set([a.term.family, b.term.family]);
  return families.has('stone') && families.has('metal');
}

/** "Walnut Coasters" sold in Marble: an option value the title's material contradicts. */
function checkMaterialOptions(
  ctx: RuleContext,
  jewellery: boolean,
  named: readonly Named[],
  options: readonly { option: string; value: string; mentions: MaterialMention[] }[],
  isBody: (f: MaterialFamily) => boolean,
): void {
  for (const n of named) {
    for (const o of options) {
      if (o.mentions.length === 0 || o.mentions.some((m) => satisfies(m.term, n.mention.term)))
        continue;
      const clash = o.mentions.some(
        (m) =>
          m.term.family === n.mention.term.family ||
          (n.strong && isBody(m.term.family) && !(jewellery && isAccent(n.mention, m))),
      );
      if (clash) {
        ctx.error(
          'option-spec-mismatch',
          `material: title says ${quote(n.mention.text)} but the ${o.option} option offers ${quote(o.value)}`,
        );
      }
    }
  }
}

/** The phrases after "made from", "at its heart is", …, with their sentences. */
export function copyClaims(sentences: readonly string[]): { sentence: string; phrase: string }[] {
  const found: { sentence: string; phrase: string }[] = [];
  for (const sentence of sentences) {
    // "Leather softens and darkens with use": the material is the sentence's subject.
    const subject = MATERIAL_SUBJECT.exec(sentence);
    if (subject?.[1] && findMaterials(subject[1]).length > 0)
      found.push({ sentence, phrase: subject[1] });
    // "Condition the leather twice a year", "Season the cast iron": care names what it is made of.
    for (const m of sentence.matchAll(CARE_OBJECT))
      if (m[1] && findMaterials(m[1]).length > 0) found.push({ sentence, phrase: m[1] });
    if (
      !/\b(?:made|crafted|built|woven|knit|sewn|cut|carved|turned|cast|forged|blown|thrown|spun|moulded|molded|formed|finished|heart)\b/i.test(
        sentence,
      )
    )
      continue;
    for (const pattern of CLAIMS) {
      for (const m of sentence.matchAll(pattern)) {
        const phrase = (m[1] ?? '').split(CLAIM_END)[0] ?? '';
        if (phrase.trim() !== '') found.push({ sentence, phrase });
      }
    }
  }
  return found;
}
