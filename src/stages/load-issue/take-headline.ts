// Reads an article written without front matter whose first line is a `# Headline` or a bold line: that is its title (pure).

import type { SplitSource } from "./split-front-matter.js";

export interface TakenHeadline {
  title: string;
  /** The body after the heading line, and its new offset: body line n is file line n + offset. */
  body: string;
  bodyLineOffset: number;
  /** The file line the heading is on. */
  line: number;
}

/** `# Headline` (an ATX heading of level 1 to 3, closing #s allowed), as Markdown writers begin a document. */
const HEADLINE = /^ {0,3}#{1,3}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
/** Text that is one run of bold and nothing else, `**Headline**`: a word processor's bold first line, pasted. */
const BOLD_ONLY = /^(\*\*|__)(?!\s)([\s\S]+?)(?<!\s)\1$/;

/**
 * The words of a line or paragraph written wholly in bold, or undefined: a pasted document's title, read here
 * as the headline of a file without front matter and by drop-repeated-headline.ts under front matter.
 */
export function readBoldOnly(text: string): string | undefined {
  return BOLD_ONLY.exec(text)?.[2];
}

/**
 * Markdown documents usually begin with `# Headline`, and an editor pasting one in met "has no front matter,
 * so it has no headline". When the first line with text is such a heading, or a line in bold standing alone
 * (a document pasted from a word processor), it is the article's title and the rest its body; anything else
 * still needs front matter.
 */
export function takeHeadline(split: SplitSource): TakenHeadline | undefined {
  const lines = split.body.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  // A bold line is the headline only when it is a paragraph of its own: the line after it is empty.
  const bold = (lines[first + 1] ?? "").trim() === "" ? readBoldOnly((lines[first] ?? "").replace(/^ {0,3}/, "").trimEnd()) : undefined;
  const title = (HEADLINE.exec(lines[first] ?? "")?.[1] ?? bold)?.trim();
  if (first < 0 || !title) return undefined;
  return { title, body: lines.slice(first + 1).join("\n"), bodyLineOffset: split.bodyLineOffset + first + 1, line: split.bodyLineOffset + first + 1 };
}

/** Settings written without the --- lines around them: "title: Budget" as the file's first line. */
const BARE_SETTING = /^(title|kicker|byline|standfirst|lang|date|jumphead)[ \t]*:/i;

/** What to tell an editor whose article has neither front matter nor a headline line, from its first line. */
export function describeMissingHeadline(split: SplitSource): string {
  const first = split.body.split("\n").find((line) => line.trim() !== "")?.trim() ?? "";
  if (BARE_SETTING.test(first)) return "Its settings have no --- lines around them: put a line --- above `" + first.split(":")[0] + ":` and another under the last setting.";
  const shown = first.length > 60 ? `${first.slice(0, 57)}...` : first;
  const headline = first && first.length <= 120 && !/[.!?]["'”’»)]*$/.test(first) ? `If its first line, “${shown}”, is the headline, put # and a space before it. ` : "";
  return `${headline}Or start the file with three lines:\n---\ntitle: Your headline\n---\nIf it is not an article (notes for the desk, say), move it out of the issue folder or rename it to notes.txt.`;
}
