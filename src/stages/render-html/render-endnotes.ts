// Writes an article's notes as the list printed at its end (`notes: end`), each note once, in call order (pure).

import { escapeAttribute } from "../../shared/escape-attribute.js";
import type { Endnote } from "./render-article-body.js";

/**
 * The notes' HTML comes from render-article-body (markdown-it output, raw HTML already escaped); only the
 * number, language and direction are written here. Each note links back to its call's id.
 */
export function renderEndnotes(articleId: string, notes: readonly Endnote[]): string {
  if (!notes.length) return "";
  const items = notes.map(
    (note) =>
      `<p class="endnote" id="${escapeAttribute(`${articleId}-note-${note.number}`)}" lang="${escapeAttribute(note.lang)}" dir="${escapeAttribute(note.dir)}">` +
      `<span class="endnote-number">${escapeAttribute(note.number)}</span> ${note.html}</p>`,
  );
  return `\n<aside class="endnotes" role="doc-endnotes">\n${items.join("\n")}\n</aside>\n`;
}
