// Warns about a figure class that looks like a placement pressroom does not know, with file:line:column (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { locateInBlock } from "./check-references.js";

/** The placements the layouts print; a figure with none of them sits in its column. */
export const FIGURE_PLACEMENTS = ["span-all", "top", "bottom"] as const;

/**
 * Words editors reach for when placing a picture. Other classes are left alone: a project's own layout may
 * style them, and pressroom cannot tell a typo there from a class it does not know about.
 */
const PLACEMENT_LIKE = /^(span|spans|top|bottom|wide|full|float|col|cols|column|columns|left|right|center|centre|half|page)(-|$)/i;

const HINT = "Write nothing after the picture to print it in its column, {.span-all} to print it across all the columns, " +
  "{.top} or {.bottom} to print it across the columns at the start or the end of the article.";

export function checkFigurePlacement(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): void {
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    if (token.type !== "figure_open") continue;
    const classes = (token.attrGet("class") ?? "").split(/\s+/).filter(Boolean);
    for (const name of classes) {
      if ((FIGURE_PLACEMENTS as readonly string[]).includes(name) || !PLACEMENT_LIKE.test(name)) continue;
      warn({
        code: "figure-placement-unknown",
        message: describeUnknown(name),
        hint: HINT,
        location: locateInBlock(source, line, `.${name}`),
      });
    }
    if (classes.includes("top") && classes.includes("bottom")) {
      warn({
        code: "figure-placement-conflict",
        message: "A picture is marked both {.top} and {.bottom}; it is printed at the top.",
        hint: "Keep one of the two.",
        location: locateInBlock(source, line, ".bottom"),
      });
    }
  }
}

function describeUnknown(name: string): string {
  const span = /^span-(\d+)$/i.exec(name);
  if (span) {
    return `{.${name}} asks for a picture across ${span[1]} columns; pressroom prints a picture in one column or across all of them ` +
      "(Chromium's newspaper columns cannot span some of the columns), so this class has no effect.";
  }
  return `{.${name}} is not a placement pressroom knows, so it has no effect.`;
}
