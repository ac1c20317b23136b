// Warns about a figure class that looks like a placement pressroom does not know, or two that clash, with file:line:column (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { locateInBlock } from "./check-references.js";

/** The placements the layouts print, besides {.span-N}; a figure with none of them sits in its column. */
export const FIGURE_PLACEMENTS = ["span-all", "top", "bottom", "page-top", "page-bottom", "left", "right"] as const;

/** {.span-2} to {.span-9}: across that many of the article's columns, with the text beside the picture. */
const SPAN_N = /^span-[2-9]$/;

/**
 * Words editors reach for when placing a picture. Other classes are left alone: a project's own layout may
 * style them, and pressroom cannot tell a typo there from a class it does not know about.
 */
const PLACEMENT_LIKE = /^(span|spans|top|bottom|wide|full|float|col|cols|column|columns|left|right|center|centre|half|page)(-|$)/i;

const HINT = "Write nothing after the picture to print it in its column, {.span-2} (or another number) to print it across " +
  "that many columns with the text beside it, {.span-all} across all the columns, {.top} or {.bottom} across the columns " +
  "at the start or the end of the article, {.page-top} or {.page-bottom} across the page at the top or the foot of the page; " +
  "{.left} or {.right} with {.span-2} puts the picture on that side of the text beside it.";

/** Pairs that cannot both be obeyed, and the one that is. */
const CONFLICTS: { a: string; b: string; where: string }[] = [
  { a: "top", b: "bottom", where: "the top" },
  { a: "page-top", b: "page-bottom", where: "the top of the page" },
  { a: "left", b: "right", where: "the end of its row (the right in a left-to-right article, the left in a right-to-left one)" },
];

export function checkFigurePlacement(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): void {
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    if (token.type !== "figure_open") continue;
    const classes = (token.attrGet("class") ?? "").split(/\s+/).filter(Boolean);
    for (const name of classes) {
      if ((FIGURE_PLACEMENTS as readonly string[]).includes(name) || SPAN_N.test(name) || !PLACEMENT_LIKE.test(name)) continue;
      warn({
        code: "figure-placement-unknown",
        message: `{.${name}} is not a placement pressroom knows, so it has no effect.`,
        hint: HINT,
        location: locateInBlock(source, line, `.${name}`),
      });
    }
    for (const { a, b, where } of CONFLICTS) {
      if (!classes.includes(a) || !classes.includes(b)) continue;
      warn({
        code: "figure-placement-conflict",
        message: `A picture is marked both {.${a}} and {.${b}}; it is printed at ${where}.`,
        hint: "Keep one of the two.",
        location: locateInBlock(source, line, `.${b}`),
      });
    }
    const onPage = classes.find((name) => name === "page-top" || name === "page-bottom");
    const inArticle = classes.find((name) => name === "top" || name === "bottom" || name === "span-all" || SPAN_N.test(name));
    // A side is a place in the row a {.span-N} picture makes with its text; a picture across all the columns or the page has none.
    const side = classes.find((name) => name === "left" || name === "right");
    if (side && !classes.some((name) => SPAN_N.test(name))) {
      warn({
        code: "figure-placement-conflict",
        message: `{.${side}} puts a picture on one side of the text beside it, which only a {.span-2} (or another number) picture has: here it has no effect.`,
        hint: `Write {.span-2 .${side}} for a picture across two columns on the ${side}, with the text beside it; or take {.${side}} out.`,
        location: locateInBlock(source, line, `.${side}`),
      });
    }
    if (onPage && inArticle) {
      warn({
        code: "figure-placement-conflict",
        message: `A picture is marked {.${onPage}} and {.${inArticle}}: it is printed across the page at the ${onPage === "page-top" ? "top" : "foot"} of the page, and {.${inArticle}} has no effect.`,
        hint: `Keep {.${onPage}} for a picture across the page, or {.${inArticle}} to keep it in the article.`,
        location: locateInBlock(source, line, `.${inArticle}`),
      });
    }
  }
}
