import { darken, lighten, luminance, mix } from './colour.ts';
import type { Random } from './prng.ts';
import { createRandom } from './prng.ts';

/** How light plays on the surface; picked from the spec's free-text finish hint or the family. */
export const finishes = [
  'matte',
  'glossy',
  'metallic',
  'knit',
  'fabric',
  'leather',
  'glass',
  'wood',
] as const;
export type Finish = (typeof finishes)[number];

const finishWords: readonly [RegExp, Finish][] = [
  [/gloss|lacquer|enamel|ceramic|stoneware|porcelain|glaze|patent|polish/, 'glossy'],
  [/metal|steel|alumin|brass|chrome|copper|silver|gold|titanium|iron|tin\b/, 'metallic'],
  [/glass|crystal|acrylic/, 'glass'],
  [/leather|suede/, 'leather'],
  [/wood|oak|walnut|bamboo|ash|beech|teak/, 'wood'],
  [/knit|wool|cashmere|merino|fleece|rib/, 'knit'],
  [/cotton|linen|jersey|canvas|denim|fabric|nylon|polyester|velvet|twill|silk|textile/, 'fabric'],
  [/matte|matt\b|paper|kraft|card|rubber|silicone|plastic|stone|concrete|clay/, 'matte'],
];

/**
 * The finish hint is free text (a material such as "stoneware" or a finish such as "glossy"); the
 * first matching word decides, and a hint that names no known surface leaves the family's own.
 */
export function resolveFinish(hint: string | undefined, familyDefault: Finish): Finish {
  if (!hint) return familyDefault;
  const text = hint.toLowerCase();
  return finishWords.find(([pattern]) => pattern.test(text))?.[1] ?? familyDefault;
}

export interface Palette {
  primary: string;
  secondary: string;
  accent: string;
  background: string;
  text: string;
}

/** Shared materials a drawing may ask for; only the ones used end up in `<defs>`. */
const materialDefs = {
  steel: `<linearGradient id="m-steel" x1="0" x2="1"><stop offset="0" stop-color="#7d848b"/><stop offset=".2" stop-color="#e6e9ec"/><stop offset=".45" stop-color="#a9b0b7"/><stop offset=".7" stop-color="#d5d9dd"/><stop offset="1" stop-color="#6b7178"/></linearGradient>`,
  gold: `<linearGradient id="m-gold" x1="0" x2="1"><stop offset="0" stop-color="#8a6a1c"/><stop offset=".25" stop-color="#f3dc8a"/><stop offset=".5" stop-color="#c9a227"/><stop offset=".8" stop-color="#e8cc6a"/><stop offset="1" stop-color="#7c5e16"/></linearGradient>`,
  glass: `<linearGradient id="m-glass" x1="0" x2="1"><stop offset="0" stop-color="#c9d6dc" stop-opacity=".75"/><stop offset=".2" stop-color="#ffffff" stop-opacity=".85"/><stop offset=".5" stop-color="#e4ecef" stop-opacity=".45"/><stop offset=".85" stop-color="#c3d0d6" stop-opacity=".6"/><stop offset="1" stop-color="#9fb0b8" stop-opacity=".85"/></linearGradient>`,
  wood: `<linearGradient id="m-wood" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#c9a274"/><stop offset=".5" stop-color="#b48a5a"/><stop offset="1" stop-color="#94693f"/></linearGradient>`,
  darkwood: `<linearGradient id="m-darkwood" x1="0" x2="1"><stop offset="0" stop-color="#5a3d28"/><stop offset=".4" stop-color="#7a5538"/><stop offset="1" stop-color="#4a3020"/></linearGradient>`,
  rubber: `<linearGradient id="m-rubber" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#3a3b3e"/><stop offset="1" stop-color="#1b1c1e"/></linearGradient>`,
  sole: `<linearGradient id="m-sole" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset=".6" stop-color="#eeece6"/><stop offset="1" stop-color="#cfcbc2"/></linearGradient>`,
  gum: `<linearGradient id="m-gum" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#c99a62"/><stop offset="1" stop-color="#8e6434"/></linearGradient>`,
  leaf: `<linearGradient id="m-leaf" x1="0" x2="1" y2="1"><stop offset="0" stop-color="#6fa35a"/><stop offset="1" stop-color="#2f6b3a"/></linearGradient>`,
  soil: `<linearGradient id="m-soil" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#5a4030"/><stop offset="1" stop-color="#3a281c"/></linearGradient>`,
  ceramic: `<linearGradient id="m-ceramic" x1="0" x2="1"><stop offset="0" stop-color="#d9d6cf"/><stop offset=".3" stop-color="#ffffff"/><stop offset="1" stop-color="#cfcbc3"/></linearGradient>`,
  screen: `<linearGradient id="m-screen" x1="0" x2="1" y2="1"><stop offset="0" stop-color="#2b3036"/><stop offset=".5" stop-color="#15181c"/><stop offset="1" stop-color="#0b0c0e"/></linearGradient>`,
  cork: `<linearGradient id="m-cork" x1="0" x2="1"><stop offset="0" stop-color="#a87c4f"/><stop offset=".4" stop-color="#d2a877"/><stop offset="1" stop-color="#9a6e43"/></linearGradient>`,
  cap: `<linearGradient id="m-cap" x1="0" x2="1"><stop offset="0" stop-color="#1d1e21"/><stop offset=".3" stop-color="#55585e"/><stop offset=".55" stop-color="#2c2e32"/><stop offset="1" stop-color="#111214"/></linearGradient>`,
  liquid: `<linearGradient id="m-liquid" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#f3e7c9" stop-opacity=".8"/><stop offset="1" stop-color="#e2cfa0" stop-opacity=".9"/></linearGradient>`,
} as const;
export type Material = keyof typeof materialDefs;

export interface PaintContext {
  /** The product colour and tones derived from it. */
  base: string;
  hi: string;
  lo: string;
  deep: string;
  /** Seams, ribs and stitching: a little darker (or lighter on dark colours) than the body. */
  seam: string;
  /** Text or a logo printed straight on the product. */
  onBody: string;
  /** `isDark`: the product colour is dark, so highlights read stronger than shadows. */
  isDark: boolean;
  /** Fills: lit like a cylinder (`cyl`), from above (`top`), soft fabric (`soft`), a sphere (`dome`). */
  cyl: string;
  top: string;
  soft: string;
  dome: string;
  /** A white specular strip to lay over glossy bodies. */
  sheen: string;
  /** Overlay that darkens a shape's edges so flat shapes read as rounded volumes. */
  vol: string;
  finish: Finish;
  /** Strength of specular highlights for this finish, 0–1. */
  gloss: number;
  /** Label colours from the brand palette. */
  paper: string;
  ink: string;
  accent: string;
  secondary: string;
  brand: string;
  random: Random;
  /** `url(#…)` of a shared material; its gradient is added to `<defs>` on first use. */
  mat(name: Material): string;
  /** Extra `<defs>` a drawing declares once (clip paths, custom gradients). */
  def(id: string, markup: string): string;
}

/** The text colour of the candidates that reads best on `background`. */
export function readableOn(background: string, candidates: readonly string[]): string {
  const lb = luminance(background);
  const contrast = (c: string) => {
    const lc = luminance(c);
    return (Math.max(lb, lc) + 0.05) / (Math.min(lb, lc) + 0.05);
  };
  return [...candidates].sort((a, b) => contrast(b) - contrast(a))[0] ?? '#1c1c1e';
}

const glossByFinish: Record<Finish, number> = {
  matte: 0.12,
  fabric: 0.08,
  knit: 0.06,
  leather: 0.3,
  wood: 0.15,
  glossy: 0.55,
  glass: 0.6,
  metallic: 0.45,
};

export interface PaintInput {
  colour: string;
  palette: Palette;
  brandName: string;
  finish: Finish;
  seed: number;
}

export function createPaintContext(input: PaintInput): PaintContext & { defs(): string } {
  const { colour: base, palette, finish } = input;
  const isDark = luminance(base) < 0.18;
  const hiAmount = finish === 'matte' || finish === 'knit' || finish === 'fabric' ? 0.2 : 0.3;
  const hi = lighten(base, isDark ? hiAmount + 0.06 : hiAmount);
  const lo = darken(base, isDark ? 0.28 : 0.3);
  const deep = darken(base, isDark ? 0.45 : 0.5);
  const seam = isDark ? lighten(base, 0.16) : darken(base, 0.22);
  const onBody = luminance(base) > 0.32 ? darken(base, 0.62) : lighten(base, 0.75);
  const paper = mix(palette.background, '#ffffff', 0.55);
  const ink = readableOn(paper, [palette.text, palette.primary, '#1f1f22']);
  const accent = palette.accent;

  const metallicStops = `<stop offset="0" stop-color="${lo}"/><stop offset=".18" stop-color="${lighten(base, 0.42)}"/><stop offset=".36" stop-color="${base}"/><stop offset=".62" stop-color="${darken(base, 0.18)}"/><stop offset=".8" stop-color="${lighten(base, 0.22)}"/><stop offset="1" stop-color="${lo}"/>`;
  const cylinderStops =
    finish === 'metallic'
      ? metallicStops
      : `<stop offset="0" stop-color="${lo}"/><stop offset=".2" stop-color="${hi}"/><stop offset=".48" stop-color="${base}"/><stop offset=".82" stop-color="${darken(base, 0.12)}"/><stop offset="1" stop-color="${lo}"/>`;
  const baseDefs = [
    `<linearGradient id="p-cyl" x1="0" x2="1">${cylinderStops}</linearGradient>`,
    `<linearGradient id="p-top" x1="0" x2="0" y2="1"><stop offset="0" stop-color="${hi}"/><stop offset=".45" stop-color="${base}"/><stop offset="1" stop-color="${darken(base, 0.2)}"/></linearGradient>`,
    `<linearGradient id="p-soft" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${lighten(base, isDark ? 0.16 : 0.12)}"/><stop offset=".5" stop-color="${base}"/><stop offset="1" stop-color="${darken(base, 0.18)}"/></linearGradient>`,
    `<radialGradient id="p-dome" cx=".38" cy=".34" r=".75"><stop offset="0" stop-color="${hi}"/><stop offset=".5" stop-color="${base}"/><stop offset="1" stop-color="${lo}"/></radialGradient>`,
    // Linear, not radial: pixman fills radial gradients about four times slower.
    `<linearGradient id="p-vol" x1="0" x2="1"><stop offset="0" stop-color="#000" stop-opacity=".16"/><stop offset=".14" stop-color="#000" stop-opacity="0"/><stop offset=".3" stop-color="#fff" stop-opacity="${isDark ? 0.08 : 0.1}"/><stop offset=".5" stop-color="#fff" stop-opacity="0"/><stop offset=".85" stop-color="#000" stop-opacity=".05"/><stop offset="1" stop-color="#000" stop-opacity=".2"/></linearGradient>`,
    `<linearGradient id="p-sheen" x1="0" x2="1"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset=".5" stop-color="#fff" stop-opacity=".9"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient>`,
  ];
  const used = new Map<string, string>();
  return {
    base,
    hi,
    lo,
    deep,
    seam,
    onBody,
    isDark,
    cyl: 'url(#p-cyl)',
    top: 'url(#p-top)',
    soft: 'url(#p-soft)',
    dome: 'url(#p-dome)',
    sheen: 'url(#p-sheen)',
    vol: 'url(#p-vol)',
    finish,
    gloss: glossByFinish[finish],
    paper,
    ink,
    accent,
    secondary: palette.secondary,
    brand: input.brandName,
    random: createRandom(input.seed ^ 0x5bd1e995),
    mat(name) {
      used.set(`m-${name}`, materialDefs[name]);
      return `url(#m-${name})`;
    },
    def(id, markup) {
      used.set(id, markup);
      return id;
    },
    defs: () => baseDefs.join('') + [...used.values()].join(''),
  };
}
