import { escapeHtml } from '@storecraft/core';
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'br',
  'h2',
  'h3',
  'h4',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/**
 * Text plus allowlisted tags with no attributes at all: nothing in it can run script, so it skips
 * the (≈50 µs) sanitizer pass. Anything else — attributes, links, comments, other tags — goes
 * through sanitize-html. One character per step keeps the regex linear.
 */
const PLAIN_MARKUP =
  /^(?:[^<]|<\/?(?:p|ul|ol|li|strong|em|b|i|h[234]|table|thead|tbody|tr|th|td)>|<br\s*\/?>)*$/;
const PLAIN_MARKUP_MAX_LENGTH = 20_000;

/**
 * Product descriptions go out through this allowlist (p, lists, strong/em/b/i, br, h2–h4, tables,
 * a[href] with http/https/mailto), so `<script>`, `on*=` attributes and `javascript:` URLs never
 * reach an import file.
 */
export function sanitizeDescription(html: string): string {
  if (html.length <= PLAIN_MARKUP_MAX_LENGTH && PLAIN_MARKUP.test(html)) return html;
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Wraps plain text as one HTML paragraph, or nothing for empty text. */
export function textToHtmlParagraph(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `<p>${escapeHtml(trimmed)}</p>` : '';
}
