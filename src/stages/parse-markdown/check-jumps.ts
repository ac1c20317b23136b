// Checks an article's jump markers (<!-- jump -->): one at most, at the top level, with text on both sides (pure).

import type { Token } from "markdown-it";
import { ContentError, type SourceLocation } from "../../diagnostics/errors.js";
import { locateOnLine } from "../../diagnostics/locate.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { JUMP_TOKEN, findJumpIndexes, findJumpMarker } from "./jump-rule.js";

/** Raises for a second or nested marker; warns about and drops a marker with nothing before or after it. */
export function checkJumps(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): Token[] {
  warnAboutMarkersInText(source, tokens, warn);
  const indexes = findJumpIndexes(tokens);
  if (indexes.length === 0) return tokens;
  const first = tokens[indexes[0] as number] as Token;
  if (first.level > 0) {
    throw new ContentError("jump-nested", "The jump marker <!-- jump --> is inside a list, quote or pull quote, where the article cannot break off.", {
      hint: "Put <!-- jump --> on a line of its own between two paragraphs, with a blank line before and after it.",
      location: locateJump(source, first),
    });
  }
  const second = indexes[1] === undefined ? undefined : (tokens[indexes[1]] as Token);
  if (second) {
    throw new ContentError("jump-twice", "This article has more than one jump marker (<!-- jump -->); an article can break off only once.", {
      hint: "Keep the marker where the first part should end, and delete the other.",
      location: locateJump(source, second),
    });
  }
  const index = indexes[0] as number;
  const before = tokens.slice(0, index).some((token) => token.type !== JUMP_TOKEN);
  const after = tokens.slice(index + 1).some((token) => !token.type.startsWith("footnote"));
  if (before && after) {
    warnAboutHeadingBeforeJump(source, tokens, index, warn);
    return tokens;
  }
  warn({
    code: "jump-empty",
    message: `The jump marker is at the ${before ? "end" : "start"} of the article, so there is nothing to continue; the article prints whole.`,
    hint: "Move <!-- jump --> between the paragraphs where the article should break off, or delete it.",
    location: locateJump(source, first),
  });
  return tokens.filter((token) => token.type !== JUMP_TOKEN);
}

/**
 * A subheading right above the marker ends the article's first part with nothing under it: the text it heads prints
 * after "Continued on page", and the page check could only say it stood apart from its text (generated issues with
 * jumps had it in 6 of 30).
 */
function warnAboutHeadingBeforeJump(source: ArticleSource, tokens: readonly Token[], index: number, warn: (w: BuildWarning) => void): void {
  const last = tokens.slice(0, index).filter((token) => token.level === 0 && token.nesting !== -1 && !token.type.startsWith("footnote")).at(-1);
  if (last?.type !== "heading_open") return;
  const text = tokens[tokens.indexOf(last) + 1]?.content.trim() ?? "";
  warn({
    code: "heading-before-jump",
    message: `The subheading "${text}" comes right before the jump marker, so it ends the article's first part and the text it heads prints on another page.`,
    hint: "Move <!-- jump --> above the subheading, so that the subheading goes on with its text.",
    location: locateJump(source, tokens[index] as Token),
  });
}

/**
 * A marker on the same line as text, or on the line under it with no empty line between, is a comment inside a
 * paragraph: it prints nothing (comment-rule.ts), and the article does not break off there.
 */
function warnAboutMarkersInText(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): void {
  for (const token of tokens) {
    const at = token.type === "inline" ? findJumpMarker(token.content) : -1;
    if (at < 0) continue;
    const offset = token.content.slice(0, at).split("\n").length - 1;
    const line = (token.map?.[0] ?? 0) + offset + source.bodyLineOffset + 1;
    warn({
      code: "jump-in-paragraph",
      message: "This jump marker shares its paragraph with text, so the article does not break off here.",
      hint: "Put <!-- jump --> on a line of its own, with an empty line before and after it.",
      location: locateOnLine(source.file.display, source.file.text, line, "<!--"),
    });
  }
}

/** The editorial prints whole in its box: a marker there is reported and dropped. */
export function dropJumps(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): Token[] {
  const indexes = findJumpIndexes(tokens);
  const first = tokens[indexes[0] ?? -1];
  if (!first) return tokens;
  warn({
    code: "jump-in-editorial",
    message: "The editorial cannot jump to a later page; it prints whole, and the jump marker is ignored.",
    hint: "Delete <!-- jump --> from the editorial.",
    location: locateJump(source, first),
  });
  return tokens.filter((token) => token.type !== JUMP_TOKEN);
}

export function locateJump(source: ArticleSource, token: Token): SourceLocation {
  const line = (token.map?.[0] ?? 0) + source.bodyLineOffset + 1;
  return locateOnLine(source.file.display, source.file.text, line, "<!--");
}
