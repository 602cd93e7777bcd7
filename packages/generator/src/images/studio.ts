import { darken, lighten, luminance, mix, parseHex } from './colour.ts';
import type { Box } from './geometry.ts';
import type { Random } from './prng.ts';
import { between, pick } from './prng.ts';
import { fittedText, fmt } from './svg.ts';

/**
 * The set around the product: backdrops (studio sweep, a table by a window, a room, a wall, a
 * flat-lay surface), soft shadows and a few quiet props. Props never overlap the product.
 */
export interface StudioTones {
  /** The light tint of the brand background the whole set is washed in. */
  tint: string;
  secondary: string;
  accent: string;
  paper: string;
  ink: string;
}

export function studioTones(palette: {
  background: string;
  secondary: string;
  accent: string;
}): Pick<StudioTones, 'tint' | 'secondary' | 'accent'> {
  // Always a light set: dark brand backgrounds are washed out further until they read as a tint.
  const base = mix(palette.background, '#f3f1ec', 0.3);
  let tint = mix(base, '#ffffff', 0.5);
  for (let amount = 0.55; luminance(tint) < 0.62 && amount < 0.95; amount += 0.05) {
    tint = mix(base, '#ffffff', amount);
  }
  return {
    tint,
    // Props borrow the palette but stay muted so the product keeps the eye.
    secondary: mix(palette.secondary, tint, 0.45),
    accent: mix(palette.accent, tint, 0.35),
  };
}

/**
 * Soft shadows are radial gradients rather than `feGaussianBlur`: librsvg spends 35–100 ms on
 * every blur filter at 1024 px (measured), more than the whole rest of an image, while a radial
 * fall-off on an ellipse looks the same as a blurred ellipse and costs well under a millisecond.
 */
export function shadowDefs(tint: string): string {
  const colour = darken(tint, 0.72);
  return (
    `<radialGradient id="s-soft"><stop offset="0" stop-color="${colour}" stop-opacity=".34"/><stop offset=".45" stop-color="${colour}" stop-opacity=".2"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="s-contact"><stop offset="0" stop-color="${colour}" stop-opacity=".5"/><stop offset=".55" stop-color="${colour}" stop-opacity=".3"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`
  );
}

/** A wide ambient shadow plus a darker contact shadow right under the product. */
export function groundShadow(s: { cx: number; cy: number; rx: number; ry: number }): string {
  return (
    `<ellipse cx="${fmt(s.cx)}" cy="${fmt(s.cy)}" rx="${fmt(s.rx * 1.3)}" ry="${fmt(s.ry * 2.2)}" fill="url(#s-soft)"/>` +
    `<ellipse cx="${fmt(s.cx)}" cy="${fmt(s.cy)}" rx="${fmt(s.rx * 0.95)}" ry="${fmt(Math.max(8, s.ry * 0.8))}" fill="url(#s-contact)"/>`
  );
}

/** A soft shadow cast behind something hanging on a wall or lying on a surface. */
export function castShadow(b: { x: number; y: number; width: number; height: number }): string {
  return `<ellipse cx="${fmt(b.x + b.width / 2 + 16)}" cy="${fmt(b.y + b.height / 2 + 22)}" rx="${fmt(b.width * 0.62)}" ry="${fmt(b.height * 0.6)}" fill="url(#s-soft)" fill-opacity=".8"/>`;
}

/** Seamless paper sweep: darker wall at the top, a bright bend, a floor that falls off gently. */
export function studioSweep(tint: string, keyLight: 'centre' | 'left' | 'right'): string {
  const glowX = keyLight === 'centre' ? 0.5 : keyLight === 'left' ? 0.32 : 0.68;
  return (
    `<defs><linearGradient id="s-wall" x1="0" x2="0" y2="1"><stop offset="0" stop-color="${darken(tint, 0.1)}"/><stop offset=".56" stop-color="${tint}"/><stop offset=".72" stop-color="${lighten(tint, 0.4)}"/><stop offset="1" stop-color="${darken(tint, 0.06)}"/></linearGradient></defs>` +
    `<rect width="1024" height="1024" fill="url(#s-wall)"/>` +
    softGlow({ cx: 1024 * glowX, cy: 480, rx: 330, ry: 280 }, tint, 0.55)
  );
}

/**
 * A white light falling off linearly from `peak` opacity at the centre to nothing at the rim, as
 * a radial gradient would draw it, built from concentric translucent ellipses instead: librsvg
 * spends ≈ 9.5 ms evaluating a radial gradient over this area at 1024 px, a quarter of the
 * whole picture, and ≈ 3 ms filling a dozen flat ellipses (measured). There are enough rings for
 * each to brighten the wall by at most 1.5 levels of 255, below what an eye can tell apart, so no
 * banding shows; the rings' opacities compose to the gradient's value at the middle of each band.
 */
export function softGlow(
  ellipse: { cx: number; cy: number; rx: number; ry: number },
  under: string,
  peak: number,
): string {
  const [r, g, b] = parseHex(under);
  const levels = peak * (255 - Math.min(r, g, b));
  const rings = Math.min(32, Math.max(4, Math.ceil(levels / 1.5)));
  // Band j (1 = innermost) lies inside rings j…n; its target opacity is the gradient's at its middle.
  const target = (j: number) => peak * (1 - (j - 0.5) / rings);
  let markup = '';
  for (let j = rings; j >= 1; j--) {
    const opacity = j === rings ? target(j) : 1 - (1 - target(j)) / (1 - target(j + 1));
    const k = j / rings;
    markup += `<ellipse cx="${fmt(ellipse.cx)}" cy="${fmt(ellipse.cy)}" rx="${fmt(ellipse.rx * k)}" ry="${fmt(ellipse.ry * k)}" fill="#fff" fill-opacity="${opacity.toFixed(4)}"/>`;
  }
  return markup;
}

function leafSpray(x: number, y: number, size: number, random: Random, tilt = 0): string {
  const leaves: string[] = [];
  const count = 7;
  for (let i = 0; i < count; i++) {
    const angle = -70 + (140 * i) / (count - 1) + between(random, -8, 8) + tilt;
    const length = size * between(random, 0.75, 1);
    const tone = pick(random, ['#5f9450', '#4a8343', '#6fa35a', '#3f7440'] as const);
    leaves.push(
      `<g transform="translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(angle)})"><path d="M0 0 C${fmt(length * 0.18)} ${fmt(-length * 0.35)} ${fmt(length * 0.16)} ${fmt(-length * 0.8)} 0 ${fmt(-length)} C${fmt(-length * 0.16)} ${fmt(-length * 0.8)} ${fmt(-length * 0.18)} ${fmt(-length * 0.35)} 0 0Z" fill="${tone}"/><path d="M0 0 L0 ${fmt(-length * 0.9)}" stroke="#2e5a30" stroke-width="2" fill="none" stroke-opacity=".5"/></g>`,
    );
  }
  return leaves.join('');
}

/** A plant in a ceramic pot standing with its base at (x, y). */
function pottedPlant(
  x: number,
  y: number,
  size: number,
  potColour: string,
  random: Random,
): string {
  const w = size * 0.5;
  const h = size * 0.5;
  return (
    leafSpray(x, y - h * 0.9, size * 0.75, random) +
    `<path d="M${fmt(x - w / 2)} ${fmt(y - h)} L${fmt(x + w / 2)} ${fmt(y - h)} L${fmt(x + w * 0.38)} ${fmt(y)} L${fmt(x - w * 0.38)} ${fmt(y)}Z" fill="${potColour}"/>` +
    `<path d="M${fmt(x + w * 0.12)} ${fmt(y - h)} L${fmt(x + w / 2)} ${fmt(y - h)} L${fmt(x + w * 0.38)} ${fmt(y)} L${fmt(x + w * 0.06)} ${fmt(y)}Z" fill="#000" fill-opacity=".1"/>` +
    `<rect x="${fmt(x - w * 0.54)}" y="${fmt(y - h - 14)}" width="${fmt(w * 1.08)}" height="16" rx="4" fill="${darken(potColour, 0.06)}"/>`
  );
}

function bookStack(x: number, y: number, tones: StudioTones): string {
  const a = tones.secondary;
  const b = tones.accent;
  const c = mix(tones.tint, '#8a8f94', 0.45);
  return (
    `<rect x="${fmt(x)}" y="${fmt(y - 34)}" width="190" height="34" rx="3" fill="${a}"/><rect x="${fmt(x + 180)}" y="${fmt(y - 31)}" width="8" height="28" fill="#f4f1ea"/>` +
    `<rect x="${fmt(x + 14)}" y="${fmt(y - 62)}" width="168" height="28" rx="3" fill="${c}"/><rect x="${fmt(x + 174)}" y="${fmt(y - 59)}" width="6" height="22" fill="#f4f1ea"/>` +
    `<rect x="${fmt(x + 6)}" y="${fmt(y - 92)}" width="176" height="30" rx="3" fill="${b}"/><rect x="${fmt(x + 174)}" y="${fmt(y - 89)}" width="6" height="24" fill="#f4f1ea"/>`
  );
}

function cupProp(x: number, y: number, tone: string): string {
  return (
    `<path d="M${fmt(x + 88)} ${fmt(y - 86)} c34 0 34 48 0 48" fill="none" stroke="${darken(tone, 0.08)}" stroke-width="12"/>` +
    `<path d="M${fmt(x)} ${fmt(y - 110)} h96 v78 q0 32 -32 32 h-32 q-32 0 -32 -32z" fill="${tone}"/>` +
    `<ellipse cx="${fmt(x + 48)}" cy="${fmt(y - 110)}" rx="48" ry="10" fill="${darken(tone, 0.12)}"/>` +
    `<ellipse cx="${fmt(x + 48)}" cy="${fmt(y + 2)}" rx="80" ry="9" fill="${darken(tone, 0.18)}" fill-opacity=".5"/>`
  );
}

function windowLight(tint: string): string {
  return (
    `<defs><linearGradient id="s-window" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".55"/><stop offset="1" stop-color="#fff" stop-opacity=".05"/></linearGradient></defs>` +
    `<path d="M560 60 L760 60 L660 560 L460 560Z" fill="url(#s-window)"/><path d="M790 60 L990 60 L890 560 L690 560Z" fill="url(#s-window)"/>` +
    `<path d="M0 0 H1024 V40 H0Z" fill="${darken(tint, 0.08)}" fill-opacity=".5"/>`
  );
}

export interface SceneLayout {
  /** Product bounds on the canvas after fitting; props keep clear of it. */
  product: Box;
}

/** A light wall, window light and an oak tabletop; plant on one side, books or a cup on the other. */
export function tableScene(tones: StudioTones, random: Random, tableTop: number): string {
  const wall = mix(tones.tint, '#fffaf2', 0.25);
  const grain: string[] = [];
  for (let i = 0; i < 7; i++) {
    const y = tableTop + 24 + i * ((1024 - tableTop) / 7) + between(random, -6, 6);
    grain.push(
      `<path d="M0 ${fmt(y)} C300 ${fmt(y - 10)} 700 ${fmt(y + 12)} 1024 ${fmt(y - 4)}" fill="none" stroke="#7a5230" stroke-width="${fmt(between(random, 1.5, 3))}" stroke-opacity=".16"/>`,
    );
  }
  const leftProp =
    random() < 0.5
      ? bookStack(24, tableTop + 76, tones)
      : cupProp(52, tableTop + 74, mix(tones.tint, '#ffffff', 0.4));
  return (
    `<defs><linearGradient id="s-lwall" x1="0" x2="0" y2="1"><stop offset="0" stop-color="${darken(wall, 0.08)}"/><stop offset="1" stop-color="${lighten(wall, 0.2)}"/></linearGradient>` +
    `<linearGradient id="s-table" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#d9b98f"/><stop offset="1" stop-color="#b68a5c"/></linearGradient></defs>` +
    `<rect width="1024" height="1024" fill="url(#s-lwall)"/>` +
    windowLight(wall) +
    `<rect y="${fmt(tableTop)}" width="1024" height="${fmt(1024 - tableTop)}" fill="url(#s-table)"/>` +
    grain.join('') +
    `<rect y="${fmt(tableTop)}" width="1024" height="5" fill="#fff" fill-opacity=".35"/>` +
    pottedPlant(890, tableTop + 82, 240, mix(tones.tint, '#f7f5f0', 0.6), random) +
    leftProp
  );
}

/** A room corner: wall, skirting board and oak floorboards, with a tall plant. */
export function floorScene(tones: StudioTones, random: Random, floorTop: number): string {
  const wall = mix(tones.tint, '#fffaf2', 0.2);
  const boards: string[] = [];
  for (let i = -6; i <= 6; i++) {
    const xTop = 512 + i * 110;
    const xBottom = 512 + i * 190;
    boards.push(
      `<path d="M${fmt(xTop)} ${fmt(floorTop)} L${fmt(xBottom)} 1024" stroke="#6b4a2c" stroke-width="2" fill="none" stroke-opacity=".25"/>`,
    );
  }
  return (
    `<defs><linearGradient id="s-floor" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#c9a77c"/><stop offset="1" stop-color="#a57b50"/></linearGradient>` +
    `<linearGradient id="s-rwall" x1="0" x2="1"><stop offset="0" stop-color="${lighten(wall, 0.25)}"/><stop offset="1" stop-color="${darken(wall, 0.07)}"/></linearGradient></defs>` +
    `<rect width="1024" height="1024" fill="url(#s-rwall)"/>` +
    `<rect x="60" y="120" width="180" height="230" fill="${darken(wall, 0.35)}"/><rect x="74" y="134" width="152" height="202" fill="#fbfaf6"/><rect x="96" y="156" width="108" height="158" fill="${tones.secondary}"/><circle cx="150" cy="210" r="30" fill="${tones.accent}" fill-opacity=".8"/>` +
    `<rect y="${fmt(floorTop)}" width="1024" height="${fmt(1024 - floorTop)}" fill="url(#s-floor)"/>` +
    boards.join('') +
    `<rect y="${fmt(floorTop - 28)}" width="1024" height="28" fill="${lighten(wall, 0.5)}"/><rect y="${fmt(floorTop - 2)}" width="1024" height="4" fill="#000" fill-opacity=".08"/>` +
    pottedPlant(930, floorTop + 90, 300, mix(tones.tint, '#e9e4da', 0.5), random)
  );
}

/** A wall with a wooden peg rail; garments hang from it on a hanger. */
export function hangingScene(tones: StudioTones, hookX: number, hookY: number): string {
  const wall = mix(tones.tint, '#fffaf2', 0.2);
  return (
    `<defs><linearGradient id="s-hwall" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="${lighten(wall, 0.3)}"/><stop offset="1" stop-color="${darken(wall, 0.1)}"/></linearGradient></defs>` +
    `<rect width="1024" height="1024" fill="url(#s-hwall)"/>` +
    `<rect y="${fmt(hookY - 70)}" width="1024" height="44" fill="#b68a5c"/><rect y="${fmt(hookY - 30)}" width="1024" height="6" fill="#000" fill-opacity=".08"/>` +
    `<rect x="${fmt(hookX - 10)}" y="${fmt(hookY - 56)}" width="20" height="30" rx="6" fill="#8e6434"/>` +
    `<path d="M${fmt(hookX)} ${fmt(hookY + 40)} L${fmt(hookX)} ${fmt(hookY - 2)} a18 18 0 1 0 -18 -18" fill="none" stroke="#8d9399" stroke-width="7" stroke-linecap="round"/>`
  );
}

/** A framed-art wall above a sideboard. */
export function wallScene(tones: StudioTones, random: Random, sideboardTop: number): string {
  const wall = mix(tones.tint, '#fffaf2', 0.2);
  return (
    `<defs><linearGradient id="s-wwall" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="${lighten(wall, 0.3)}"/><stop offset="1" stop-color="${darken(wall, 0.08)}"/></linearGradient></defs>` +
    `<rect width="1024" height="1024" fill="url(#s-wwall)"/>` +
    `<rect x="90" y="${fmt(sideboardTop)}" width="844" height="${fmt(1024 - sideboardTop)}" fill="#a97e52"/><rect x="90" y="${fmt(sideboardTop)}" width="844" height="18" fill="#c29a6c"/>` +
    `<path d="M512 ${fmt(sideboardTop + 40)} V1024" stroke="#7a5230" stroke-width="3" fill="none" stroke-opacity=".5"/>` +
    pottedPlant(820, sideboardTop, 200, mix(tones.tint, '#f7f5f0', 0.6), random) +
    `<path d="M210 ${fmt(sideboardTop)} c-16 -70 -6 -110 22 -130 c28 20 38 60 22 130z" fill="${tones.accent}"/>`
  );
}

/** A meadow under a pale sky with pine-covered hills, for tents and camping gear. */
export function outdoorScene(random: Random, groundY: number): string {
  const pines: string[] = [];
  for (let i = 0; i < 9; i++) {
    const x = 40 + i * 118 + between(random, -30, 30);
    const h = between(random, 70, 130);
    const base = groundY - 40 + between(random, -10, 10);
    pines.push(
      `M${fmt(x)} ${fmt(base - h)}L${fmt(x + h * 0.28)} ${fmt(base)}H${fmt(x - h * 0.28)}Z`,
    );
  }
  const tufts: string[] = [];
  for (let i = 0; i < 40; i++) {
    const x = between(random, 0, 1024);
    const y = between(random, groundY + 30, 1010);
    tufts.push(`M${fmt(x)} ${fmt(y)}l-6 -16M${fmt(x)} ${fmt(y)}l2 -20M${fmt(x)} ${fmt(y)}l8 -14`);
  }
  return (
    `<defs><linearGradient id="s-sky" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#bcd7ec"/><stop offset="1" stop-color="#f1efe6"/></linearGradient>` +
    `<linearGradient id="s-meadow" x1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9c47f"/><stop offset="1" stop-color="#7fa05a"/></linearGradient></defs>` +
    `<rect width="1024" height="${fmt(groundY)}" fill="url(#s-sky)"/>` +
    `<path d="M0 ${fmt(groundY - 150)} C200 ${fmt(groundY - 230)} 360 ${fmt(groundY - 120)} 520 ${fmt(groundY - 190)} C700 ${fmt(groundY - 260)} 860 ${fmt(groundY - 150)} 1024 ${fmt(groundY - 200)} V${fmt(groundY)} H0Z" fill="#b7c9c4"/>` +
    `<path d="M0 ${fmt(groundY - 70)} C240 ${fmt(groundY - 140)} 420 ${fmt(groundY - 60)} 640 ${fmt(groundY - 110)} C820 ${fmt(groundY - 150)} 940 ${fmt(groundY - 90)} 1024 ${fmt(groundY - 100)} V${fmt(groundY)} H0Z" fill="#8fae86"/>` +
    `<path d="${pines.join('')}" fill="#5f8060"/>` +
    `<rect y="${fmt(groundY - 2)}" width="1024" height="${fmt(1026 - groundY)}" fill="url(#s-meadow)"/>` +
    `<path d="${tufts.join('')}" fill="none" stroke="#5f8a45" stroke-width="3" stroke-linecap="round"/>`
  );
}

/** Flat-lay surface seen from above, with a sprig, pebbles and a brand tag around the edges. */
export function flatLayScene(tones: StudioTones, random: Random, brand: string): string {
  const surface = mix(tones.tint, '#ece8e0', 0.25);
  const lines: string[] = [];
  for (let y = 12; y < 1024; y += 24) {
    lines.push(`M0 ${y}H1024`);
  }
  const tagAngle = between(random, -14, -4);
  // Half the sets are laid out the other way round, so a catalog's flat lays do not all match.
  const flip = random() < 0.5;
  const props =
    leafSpray(70, 150, 150, random, 120) +
    `<circle cx="930" cy="110" r="34" fill="${darken(surface, 0.12)}"/><circle cx="975" cy="170" r="22" fill="${darken(surface, 0.2)}"/><circle cx="900" cy="175" r="15" fill="${lighten(surface, 0.5)}"/>`;
  return (
    `<defs><linearGradient id="s-flat" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="${lighten(surface, 0.25)}"/><stop offset="1" stop-color="${darken(surface, 0.06)}"/></linearGradient></defs>` +
    `<rect width="1024" height="1024" fill="url(#s-flat)"/>` +
    softGlow({ cx: 500, cy: 480, rx: 330, ry: 300 }, surface, 0.45) +
    `<path d="${lines.join('')}" stroke="#000" stroke-width="1" fill="none" stroke-opacity=".025"/>` +
    (flip ? `<g transform="matrix(-1 0 0 1 1024 0)">${props}</g>` : props) +
    `<g transform="translate(${flip ? 164 : 860} 900) rotate(${fmt(flip ? -tagAngle : tagAngle)})"><rect x="-96" y="-50" width="192" height="100" rx="8" fill="#000" fill-opacity=".07" transform="translate(6 8)"/><rect x="-96" y="-50" width="192" height="100" rx="8" fill="${tones.paper}"/><circle cx="-74" cy="0" r="7" fill="${darken(surface, 0.1)}"/>` +
    fittedText(brand, {
      x: 8,
      y: 10,
      maxWidth: 140,
      size: 26,
      fill: tones.ink,
      letterSpacing: 0.04,
    }) +
    `</g>`
  );
}
