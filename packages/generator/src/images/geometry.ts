/** Boxes and 2-D affine maps: where a drawing lands on the canvas for each shot. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** An SVG `matrix(a b c d e f)`: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Affine = readonly [a: number, b: number, c: number, d: number, e: number, f: number];

export const identity: Affine = [1, 0, 0, 1, 0, 0];

/** `m ∘ n`: apply `n` first, then `m` (the order SVG transform lists read left to right). */
export function compose(m: Affine, n: Affine): Affine {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function chain(...maps: Affine[]): Affine {
  return maps.reduce(compose, identity);
}

export const translate = (x: number, y: number): Affine => [1, 0, 0, 1, x, y];
export const scale = (sx: number, sy = sx): Affine => [sx, 0, 0, sy, 0, 0];
export function rotate(degrees: number): Affine {
  const r = (degrees * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
}

export function apply(m: Affine, p: Point): Point {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

export function toTransform(m: Affine): string {
  const r = (v: number) => String(Math.round(v * 10000) / 10000);
  return `matrix(${m.map(r).join(' ')})`;
}

/**
 * A large axis-aligned box centred on the image of `box` under `m` that lies wholly inside that
 * image: after a rotation or skew every pixel in it still belongs to the original box. Long thin
 * boxes keep more area by giving up length, so several widths are tried and the largest wins.
 */
export function inscribedBox(m: Affine, box: Box): Box {
  const [a, b, c, d] = m;
  const det = a * d - b * c;
  const w = box.width / 2;
  const h = box.height / 2;
  const centre = apply(m, { x: box.x + w, y: box.y + h });
  // Inverse linear part: a canvas offset (u, v) maps back to (i11·u + i12·v, i21·u + i22·v).
  const [i11, i12, i21, i22] = [
    Math.abs(d / det),
    Math.abs(c / det),
    Math.abs(b / det),
    Math.abs(a / det),
  ];
  const maxHalfWidth = Math.min(i11 > 0 ? w / i11 : Infinity, i21 > 0 ? h / i21 : Infinity);
  // Prefer chunky boxes: a region is only useful if it is a few pixels high at thumbnail size.
  const score = (halfW: number, halfH: number) => halfW * halfH * Math.min(halfW, halfH);
  let best = { halfW: 0, halfH: 0 };
  for (const fraction of [1, 0.85, 0.7, 0.55, 0.4, 0.3, 0.2, 0.12]) {
    const halfW = maxHalfWidth * fraction;
    const halfH = Math.min(
      i12 > 0 ? (w - i11 * halfW) / i12 : Infinity,
      i22 > 0 ? (h - i21 * halfW) / i22 : Infinity,
    );
    if (halfH > 0 && score(halfW, halfH) > score(best.halfW, best.halfH)) best = { halfW, halfH };
  }
  return {
    x: centre.x - best.halfW,
    y: centre.y - best.halfH,
    width: 2 * best.halfW,
    height: 2 * best.halfH,
  };
}

/** Bounding box of `box` mapped by `m`. */
export function boundingBox(m: Affine, box: Box): Box {
  const corners = [
    apply(m, { x: box.x, y: box.y }),
    apply(m, { x: box.x + box.width, y: box.y }),
    apply(m, { x: box.x, y: box.y + box.height }),
    apply(m, { x: box.x + box.width, y: box.y + box.height }),
  ];
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

export function boxCentre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
