// Warns when Persian text is typed with the Arabic kaf or yeh, which Persian readers see as misspelt (pure).

import type { BuildWarning } from "../../diagnostics/warnings.js";
import { getPrimarySubtag } from "../../config/languages.js";
import { locateOffset } from "../../diagnostics/locate.js";
import type { ArticleSource } from "../load-issue/types.js";

/** Arabic letters a Persian keyboard set to Arabic produces, and the Persian letters meant. */
const ARABIC_FOR_PERSIAN: Record<string, string> = { "\u0643": "\u06A9", "\u064A": "\u06CC", "\u0649": "\u06CC" };
const ARABIC_LETTER = /[\u0643\u064A\u0649]/gu;

/**
 * One warning per article, never a silent fix: a Persian article may quote Arabic, which keeps its own
 * letters (an editor marks such a quote {lang=ar}, and pressroom leaves the text as written either way).
 */
export function checkPersianLetters(source: ArticleSource, lang: string, warn: (w: BuildWarning) => void): void {
  if (getPrimarySubtag(lang) !== "fa") return;
  const matches = [...source.body.matchAll(ARABIC_LETTER)];
  const first = matches[0];
  if (!first || first.index === undefined) return;
  const { line, column } = locateOffset(source.body, first.index);
  const letters = [...new Set(matches.map((match) => match[0]))];
  warn({
    code: "persian-arabic-letters",
    message: `${source.file.name} is in Persian but has ${matches.length} Arabic letter${matches.length === 1 ? "" : "s"} (${letters.join(" ")}) where Persian uses ${letters.map((letter) => ARABIC_FOR_PERSIAN[letter]).join(" ")}.`,
    hint: "Replace ك with ک and ي or ى with ی (a keyboard set to Arabic types them). Leave quotations in Arabic as they are.",
    location: { file: source.file.display, line: line + source.bodyLineOffset, column },
  });
}
