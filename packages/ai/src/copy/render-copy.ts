import { escapeHtml } from '@storecraft/core';
import type { ProductCopy } from '@storecraft/generator';
import type { CopyAnswer, CopyFacts } from './copy-prompt.ts';

/**
 * Turns the model's prose into the listing's HTML: its paragraphs and highlights, escaped, then
 * the spec table drawn from the engine's facts. The table is ours, not the model's, so the checker
 * can hold the prose against facts the model could not change.
 */
export function renderCopy(answer: CopyAnswer, facts: CopyFacts): ProductCopy {
  let html = `<p>${escapeHtml(answer.opening)}</p>`;
  for (const paragraph of answer.paragraphs) html += `<p>${escapeHtml(paragraph)}</p>`;
  if (answer.highlights.length > 0) {
    html += `<ul>${answer.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>`;
  }
  if (facts.facts.length > 0) {
    html += '<table><tbody>';
    for (const { label, value } of facts.facts) {
      html += `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
    }
    html += '</tbody></table>';
  }
  return { bodyHtml: html, seoDescription: answer.seoDescription };
}
