// Warns about a link or a note call written in a headline, kicker, standfirst or byline, which print as typed (pure).

import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";

/** The head lines, with what an editor calls each. */
const HEAD_FIELDS = { title: "headline", kicker: "kicker", standfirst: "standfirst", byline: "byline", jumphead: "jump headline" } as const;
const LINK = /!?\[[^\]\n]+\]\([^)\s]+\)/;
const NOTE_CALL = /\[\^[^\]\s]+\]/;

/**
 * A head line reads *italics*, **bold** and `code` (render-html/mark-head-text.ts), but not a link or a note:
 * "[Local](https://…) news" and "…speak.[^1]" printed their brackets. Each is named at its line.
 */
export function checkHeadMarkup(source: ArticleSource, warn: (w: BuildWarning) => void): void {
  for (const [field, label] of Object.entries(HEAD_FIELDS) as [keyof typeof HEAD_FIELDS, string][]) {
    const text = source.meta[field];
    if (typeof text !== "string") continue;
    const link = LINK.exec(text)?.[0];
    if (link) {
      warn({
        code: "head-link",
        message: `The ${label} (${field}:) holds a link, ${link}, which prints as typed: front matter lines do not make links.`,
        hint: "Write the words alone there, and put the link in the article's text, where its address is printed after them.",
        location: source.locate([field]),
      });
    }
    const call = NOTE_CALL.exec(text)?.[0];
    if (call) {
      warn({
        code: "head-note",
        message: `The ${label} (${field}:) holds a note call, ${call}, which prints as typed: notes are called from the article's text.`,
        hint: `Move ${call} into a sentence of the article; its note then prints at the foot of the page.`,
        location: source.locate([field]),
      });
    }
  }
}
