// Warns about a picture written inside a line of text: it prints in that line, with no caption, where a figure was likely meant (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { decodeUriSafely } from "../../shared/decode-uri.js";
import { locateInBlock } from "./check-references.js";

/**
 * A picture alone on its line is a figure (figure-rule.ts, picture-line-rule.ts); one with words beside it on
 * its line stays in the sentence, where a photograph printed as wide as the column between two words, its
 * caption in quotes unprinted, without a word said. A small sign meant to sit in the line is the exception the
 * hint names. Pictures in tables are left alone: a table cell is where a logo or a sign is expected.
 */
export function checkPicturesInText(source: ArticleSource, tokens: readonly Token[], warn: (w: BuildWarning) => void): void {
  tokens.forEach((token, index) => {
    if (token.type !== "inline" || tokens[index - 1]?.type !== "paragraph_open" || !token.map) return;
    let line = token.map[0];
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") line += 1;
      if (child.type !== "image") continue;
      // A file name with spaces is held percent-encoded; the editor wrote it with its spaces.
      const file = decodeUriSafely(child.attrGet("src") ?? "");
      warn({
        code: "picture-in-text",
        message: `The picture "${file}" is inside a line of text, so it prints in that line, with no caption.`,
        hint: `To print it as a picture with its caption, put it on a line of its own with an empty line before and after it, its caption in quotes: ![…](${file} "Caption"). A small sign meant to sit in the line can stay.`,
        location: locateInBlock(source, line, "!["),
      });
    }
  });
}
