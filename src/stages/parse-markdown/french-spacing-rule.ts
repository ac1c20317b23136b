// markdown-it core rule for French text: the spaces written after «, before » ; : ! ? % €, and in 1 200 000 become no-break spaces.

import type { default as MarkdownIt } from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/** Narrow no-break space: inside guillemets and before ; ! ?, as the guillemets made from straight quotes have. */
const NARROW = "\u202F";
/** No-break word space: before a colon, as French typography sets it. */
const WORD = "\u00A0";

const SPACES = "[ \\u00A0\\u202F\\t]+";
const AFTER_OPENING = new RegExp(`«${SPACES}`, "g");
const BEFORE_COLON = new RegExp(`${SPACES}:`, "g");
const BEFORE_OTHERS = new RegExp(`${SPACES}([;!?»])`, "g");
/** A number written in groups of three (1 200 000): French separates thousands with a space. */
const DIGIT_GROUPS = /\b\d{1,3}(?:[ \u00A0\u202F]\d{3})+\b/g;
/** A number and its sign: 10 %, 5 €. */
const BEFORE_SIGN = /(\d)[ \u00A0\u202F]+([%‰€$£¥])/g;

/** A line of the source that starts with one of these prints it after a space that must not break. */
const CLOSING = /^[;:!?»]/;

/**
 * An editor types « Venez ! » and 1 200 € with ordinary spaces: the line could then break after « or before »,
 * leaving a guillemet alone at a line's end or start (Chrome breaks there, the 2026-12-05 sweep found), or inside
 * a number or between it and its sign, and a justified line stretched the space before a ? or ! like any other.
 * Only spaces already written are changed: nothing is added, so text set the Canadian way (no space before ! or
 * ?) stays as it is.
 */
export function spaceFrenchPunctuation(text: string): string {
  if (!/[«»;:!?]|\d[ \u00A0]/.test(text)) return text;
  return text
    .replace(AFTER_OPENING, `«${NARROW}`)
    .replace(BEFORE_COLON, `${WORD}:`)
    .replace(BEFORE_OTHERS, `${NARROW}$1`)
    .replace(DIGIT_GROUPS, (number) => number.replace(/[ \u00A0]/g, NARROW))
    .replace(BEFORE_SIGN, `$1${WORD}$2`);
}

/** Applies spaceFrenchPunctuation to an article's text (code left as written), captions and notes included. */
export function addFrenchSpacingRule(md: MarkdownIt): void {
  md.core.ruler.after("text_join", "pressroom_french_spacing", (state) => {
    for (const token of state.tokens) {
      if (token.type === "inline" && token.children) spaceChildren(token.children);
    }
  });
}

function spaceChildren(children: Token[]): void {
  children.forEach((child, index) => {
    if (child.type === "text") child.content = spaceFrenchPunctuation(child.content);
    if (child.type !== "softbreak") return;
    // A source line ending in « or starting with » or ! would break there: the line end is a space too.
    const before = children[index - 1];
    const after = children[index + 1];
    const opens = before?.type === "text" && before.content.endsWith("«");
    const closes = after?.type === "text" && CLOSING.test(after.content);
    if (!opens && !closes) return;
    child.type = "text";
    child.content = closes && after?.content.startsWith(":") ? WORD : NARROW;
  });
}
