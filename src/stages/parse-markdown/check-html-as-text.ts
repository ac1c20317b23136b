// Warns where HTML written in an article will print as text (raw HTML not allowed), and about a comment never closed (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { locateInBlock, walkInline } from "./check-references.js";

/** An HTML tag as an editor pastes it: <br>, <b>, </span>, <img src="…">. */
const TAG = /<\/?([a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>/gi;
/** A comment's opening, as written or with its -- already set as a dash by the typographer. */
const UNCLOSED_COMMENT = /<!(?:--|–)/;

/**
 * Raw HTML prints as text unless the build is given --allow-html (Markdown cannot script a page): `<br>` pasted
 * from a web page printed as "<br>" in the paper with no word of it. One warning for each tag an article uses,
 * at its first place, with the Markdown that does the same where there is one.
 */
export function checkHtmlAsText(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): void {
  const tags = new Map<string, { written: string; line: number; count: number }>();
  for (const { token, line } of walkInline(tokens)) {
    if (token.type !== "text") continue;
    if (UNCLOSED_COMMENT.test(token.content)) {
      warn({
        code: "comment-unclosed",
        message: "A comment opened with <!-- is never closed with -->, so it prints as text.",
        hint: "Put --> where the note to yourself ends; a closed comment never prints.",
        location: locateInBlock(source, line, "<!-"),
      });
    }
    for (const match of token.content.matchAll(TAG)) {
      const name = (match[1] ?? "").toLowerCase();
      const seen = tags.get(name);
      if (seen) seen.count++;
      else tags.set(name, { written: match[0], line, count: 1 });
    }
  }
  for (const [name, { written, line, count }] of tags) {
    const more = count > 1 ? ` (and ${count - 1} more place${count > 2 ? "s" : ""} in this file)` : "";
    warn({
      code: "html-as-text",
      message: `${written} is HTML, which pressroom prints as written${more}.`,
      hint: `${describeMarkdown(name)}If you trust this file's HTML, build with --allow-html.`,
      // Up to its first space: the typographer has curled the quotes of an attribute, the source has not.
      location: locateInBlock(source, line, written.split(/\s/)[0] ?? written),
    });
  }
}

/** The Markdown that does what the tag does, for the tags editors paste most. */
function describeMarkdown(name: string): string {
  if (name === "br") return "For a new line inside a paragraph, end the line with a backslash (\\) instead. ";
  if (name === "b" || name === "strong") return "Write **bold** instead. ";
  if (name === "i" || name === "em") return "Write *italics* instead. ";
  if (name === "a") return "Write a link as [its words](https://address) instead. ";
  if (name === "img") return 'Write a picture as ![what it shows](images/file.jpg "caption") instead. ';
  if (name === "p" || name === "div" || name === "span") return "Delete the tags and keep the text: paragraphs are separated by an empty line. ";
  return "Delete the tags or write it in Markdown. ";
}
