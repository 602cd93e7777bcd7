import type { Product } from '@storecraft/core';
import { plainText } from '../text.ts';

/** One row of the listing's spec table (or a `<dt>`/`<dd>` pair, or a bold-labelled bullet). */
export interface SpecRow {
  /** As written: `Net weight`. */
  label: string;
  /** Lower case, single-spaced: `net weight`. */
  key: string;
  value: string;
}

export interface ListingOption {
  name: string;
  key: string;
  values: readonly string[];
}

/** What a listing states, read once and shared by every rule. */
export interface Listing {
  handle: string;
  title: string;
  productType: string;
  /** `title · product type · taxonomy leaf`, lower case: what the product is, for the kind tables. */
  kind: string;
  /** Title and product type, lower case: the words that name the product. */
  name: string;
  /** The taxonomy path, lower case. */
  taxonomy: string;
  specs: readonly SpecRow[];
  options: readonly ListingOption[];
  tags: readonly string[];
  /** Paragraphs and list items outside the spec rows, as plain text. */
  blocks: readonly string[];
  /** The blocks split into sentences. */
  sentences: readonly string[];
  /** All the prose in one string, for whole-listing word tests. */
  prose: string;
  variants: readonly { optionValues: readonly string[]; grams: number }[];
}

const ROW_START = /<tr\b/i;
const CELL_START = /<t[hd]\b/i;
const CELL_END = /<\/t[hdr]\b/i;
const DEFINITIONS = /<dl\b[^>]*>[\s\S]*?(?:<\/dl\s*>|$)/gi;
const DEFINITION = /<dt\b[^>]*>([\s\S]*?)<\/dt\s*>\s*<dd\b[^>]*>([\s\S]*?)<\/dd\s*>/gi;
/** `<li><strong>Material:</strong> Linen</li>`: a spec written as a labelled bullet. */
const LABELLED_ITEM =
  /<li\b[^>]*>\s*<(strong|b)\b[^>]*>([^<]{1,48}?)\s*:?\s*<\/\1\s*>\s*:?\s*([\s\S]*?)<\/li\s*>/gi;
const BLOCK_BREAK =
  /<\/?(?:p|li|ul|ol|h[1-6]|div|br|section|article|blockquote|header|footer|table|tr|dl|dt|dd)\b[^>]*>/gi;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=["“‘(]?[A-Z0-9])/;
const MAYBE_SENTENCES = /[.!?]\s/;

const TAG = /<[^>]*>/g;
const SPACES = /\s+/g;
const SPACE_BEFORE_PUNCTUATION = / ([,.;:!?])/g;
const HARD_MARKUP = /<(?:!--|script|style)/i;
const NEEDS_CLEANING = /[<&\n\r\t\f\v\u00a0]| [ ,.;:!?]/;

/** Plain text of an HTML fragment; the common case (tags, no entities) without the full decoder. */
function text(html: string): string {
  // Most cells and blocks are already plain, single-spaced text.
  if (!NEEDS_CLEANING.test(html)) return html.trim();
  if (html.includes('&') || (html.includes('<!') && HARD_MARKUP.test(html))) return plainText(html);
  const stripped = html.includes('<') ? html.replace(TAG, ' ') : html;
  const spaced = stripped.replace(SPACES, ' ');
  return (spaced.includes(' ') ? spaced.replace(SPACE_BEFORE_PUNCTUATION, '$1') : spaced).trim();
}

function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

function row(label: string, value: string): SpecRow | null {
  const l = text(label).replace(/:$/, '').trim();
  const v = text(value);
  if (l === '' || v === '' || l.split(' ').length > 6) return null;
  return { label: l, key: normalizeLabel(l), value: v };
}

/** Reads the facts a listing states: spec rows, options, prose, tags and variant weights. */
export function readListing(product: Product): Listing {
  const html = product.bodyHtml;
  const specs: SpecRow[] = [];
  let prose = html;
  if (html.includes('<t')) prose = readTables(html, specs);
  if (html.includes('<dl')) {
    for (const dl of html.matchAll(DEFINITIONS)) {
      for (const d of dl[0].matchAll(DEFINITION)) {
        const r = row(d[1] ?? '', d[2] ?? '');
        if (r) specs.push(r);
      }
    }
    prose = prose.replace(DEFINITIONS, '\n');
  }
  if (html.includes('<li')) {
    prose = prose.replace(LABELLED_ITEM, (whole, _tag: string, label: string, value: string) => {
      const r = row(label, value);
      if (!r) return whole;
      specs.push(r);
      return '\n';
    });
  }
  const blocks: string[] = [];
  for (const block of prose.replace(BLOCK_BREAK, '\n').split('\n')) {
    if (block.trim() === '') continue;
    const t = text(block);
    if (t !== '') blocks.push(t);
  }
  const sentences = blocks.flatMap((b) =>
    MAYBE_SENTENCES.test(b) ? b.split(SENTENCE_BREAK) : [b],
  );
  const leaf = product.taxonomyPath.split('>').pop()?.trim() ?? '';
  return {
    handle: product.handle,
    title: product.title,
    productType: product.productType,
    kind: `${product.title} · ${product.productType} · ${leaf}`.toLowerCase(),
    name: `${product.title} · ${product.productType}`.toLowerCase(),
    taxonomy: product.taxonomyPath.toLowerCase(),
    specs,
    options: product.options.map((o) => ({
      name: o.name,
      key: normalizeLabel(o.name),
      values: o.values,
    })),
    tags: product.tags,
    blocks,
    sentences,
    prose: blocks.join('\n'),
    variants: product.variants,
  };
}

/**
 * Reads the rows of every table into `specs` and returns the HTML without its tables. Split on
 * tags with indexOf, not one lazy regex over the document: fast on long descriptions.
 */
function readTables(html: string, specs: SpecRow[]): string {
  const lower = html.toLowerCase();
  let rest = '';
  let at = 0;
  for (let start = lower.indexOf('<table', at); start >= 0; start = lower.indexOf('<table', at)) {
    const close = lower.indexOf('</table', start);
    const end = close < 0 ? html.length : lower.indexOf('>', close) + 1 || html.length;
    for (const tr of html.slice(start, end).split(ROW_START).slice(1)) {
      const cells = tr
        .split(CELL_START)
        .slice(1)
        .map((cell) => {
          const open = cell.indexOf('>');
          const closing = cell.search(CELL_END);
          return cell.slice(open + 1, closing < 0 ? undefined : closing);
        });
      if (cells.length === 2) {
        const r = row(cells[0] ?? '', cells[1] ?? '');
        if (r) specs.push(r);
      }
    }
    rest += `${html.slice(at, start)}\n`;
    at = end;
  }
  return rest + html.slice(at);
}

/** Rows whose label is one of `keys` (lower case). */
export function rowsLabelled(listing: Listing, keys: ReadonlySet<string>): SpecRow[] {
  return listing.specs.filter((r) => keys.has(r.key));
}

/** `"Full-grain leather"`, shortened for messages. */
export function quote(text: string, max = 60): string {
  const t = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `"${t}"`;
}
