// Reads an article written without front matter whose first line is a `# Headline`: the heading is its title (pure).

import type { SplitSource } from "./split-front-matter.js";

export interface TakenHeadline {
  title: string;
  /** The body after the heading line, and its new offset: body line n is file line n + offset. */
  body: string;
  bodyLineOffset: number;
  /** The file line the heading is on. */
  line: number;
}

/** `# Headline` (an ATX heading of level 1, closing #s allowed), as Markdown writers begin a document. */
const HEADLINE = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Markdown documents usually begin with `# Headline`, and an editor pasting one in met "has no front matter,
 * so it has no headline". When the first line with text is such a heading, it is the article's title and the
 * rest its body; anything else still needs front matter.
 */
export function takeHeadline(split: SplitSource): TakenHeadline | undefined {
  const lines = split.body.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const title = HEADLINE.exec(lines[first] ?? "")?.[1]?.trim();
  if (first < 0 || !title) return undefined;
  return { title, body: lines.slice(first + 1).join("\n"), bodyLineOffset: split.bodyLineOffset + first + 1, line: split.bodyLineOffset + first + 1 };
}
